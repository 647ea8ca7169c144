// Helpers shared by the route files: path templates, sender lookup in the documented check order.
import { apiError } from '../errors.ts';
import type { ApiContext } from '../http.ts';
import { UUID_PATTERN } from '../ids.ts';
import type { SenderRecord } from '../model.ts';

export const SENDERS = '/v1/projects/{projectId}/rcs/senders';
export const SENDER = `${SENDERS}/{senderId}`;
export const TEST_NUMBER = `${SENDER}/testNumbers/{testNumber}`;

export const op = (name: string) => `RcsSendersController_${name}_v1`;

/** 400 invalid_id_format for a malformed senderId; checked before any lookup or body validation. */
export function checkSenderId(ctx: ApiContext): string {
  const id = ctx.params.senderId ?? '';
  if (!UUID_PATTERN.test(id)) throw apiError(400, 'invalid_id_format');
  return id;
}

export function findSender(ctx: ApiContext, id = checkSenderId(ctx)): SenderRecord {
  const s = ctx.project.senders.get(id.toLowerCase());
  if (!s) throw apiError(404, 'sender_not_found');
  return s;
}

/** Test-number operations need the sender's Google RBM agent (400 no_google_supplier otherwise). */
export function requireGoogleSupplier(s: SenderRecord): void {
  if (!s.hasGoogleSupplier) throw apiError(400, 'no_google_supplier');
}

export function listParam(query: URLSearchParams, name: string): string[] {
  return query
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
}
