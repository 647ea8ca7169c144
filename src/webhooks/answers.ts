// The receiver's answers and its path: what a delivery is told, and which project a path names.
import type { ServerResponse } from 'node:http';
import { PROJECT_ID_PATTERN } from './event-types.ts';

export const WEBHOOK_PATH = '/webhooks/sinch';

export type Outcome = { status: number; reason: string; message?: string; headers?: Record<string, string> };

/** 204 with no body, or the status with `{ error: reason, message }`. */
export function answer(res: ServerResponse, o: Outcome): void {
  if (o.status === 204) {
    res.writeHead(204, o.headers).end();
    return;
  }
  const body = JSON.stringify({ error: o.reason, message: o.message });
  res.writeHead(o.status, { 'content-type': 'application/json', ...o.headers }).end(body);
}

/** The project of the path's last segment; an extra or empty segment is no receiver path (404). */
export function projectOfPath(
  rest: string,
): { ok: true; projectId: string } | { ok: false; outcome: Outcome } {
  if (rest === '' || rest.includes('/')) {
    const message = `Webhook deliveries go to POST ${WEBHOOK_PATH}/{projectId}.`;
    return { ok: false, outcome: { status: 404, reason: 'not_found', message } };
  }
  let projectId: string | undefined;
  try {
    projectId = decodeURIComponent(rest);
  } catch {
    projectId = undefined;
  }
  if (projectId !== undefined && PROJECT_ID_PATTERN.test(projectId)) return { ok: true, projectId };
  const message = 'The project id in the path must be 1..100 letters, digits, - or _ (a Sinch project id).';
  return { ok: false, outcome: { status: 400, reason: 'invalid_project_id', message } };
}
