// Small fetch helpers for the sandbox tests.
import { DEMO } from '../../src/sandbox/index.ts';
import { DEMO_AUTH } from './credentials.ts';

export interface Reply {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: the sandbox tests read replies by path (r.body.items[0].id) and assert the values; typing each reply would add a cast per read.
  body: any;
  headers: Headers;
}

export interface CallInit {
  method?: string;
  body?: unknown;
  /** Sent verbatim (for malformed-JSON cases). */
  raw?: string;
  auth?: string | null;
  headers?: Record<string, string>;
}

/** Calls `${url}${path}` (path may be relative to /v1/projects/demo-project/rcs when it starts with '~'). */
export async function call(url: string, path: string, init: CallInit = {}): Promise<Reply> {
  const full = path.startsWith('~')
    ? `${url}/v1/projects/${DEMO.projectId}/rcs${path.slice(1)}`
    : `${url}${path}`;
  const headers: Record<string, string> = { ...(init.headers ?? {}) };
  if (init.auth !== null) headers.authorization = init.auth ?? DEMO_AUTH;
  let body: string | undefined;
  if (init.raw !== undefined) body = init.raw;
  else if (init.body !== undefined) body = JSON.stringify(init.body);
  if (body !== undefined && !headers['content-type']) headers['content-type'] = 'application/json';
  const res = await fetch(full, { method: init.method ?? 'GET', headers, body });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers };
}

export const minimal = { region: 'EU', billingCategory: 'CONVERSATIONAL', useCase: 'OTP' };
