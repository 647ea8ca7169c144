// Helpers of the WhatsApp routes: path templates, operation ids, the checks every sender route makes in
// order (project initialized for WhatsApp → body → sender lookup → state rules).
import type { ApiContext } from '../http.ts';
import { waError } from './errors.ts';
import type { WaAccountRecord, WaSenderRecord } from './model.ts';

export const WA_ACCOUNT = '/v1/projects/{projectId}/whatsapp';
export const WA_SENDERS = `${WA_ACCOUNT}/senders`;
export const WA_SENDER = `${WA_SENDERS}/{senderId}`;

export const senderOp = (name: string) => `WhatsappSendersController_${name}_v1`;
export const accountOp = (name: string) => `WhatsappAccountsController_${name}_v1`;

/** 400 project_not_initialized for a project without a WhatsApp account (every sender operation). */
export function initialized(ctx: ApiContext): WaAccountRecord {
  const account = ctx.project.whatsapp.account;
  if (!account) throw waError(400, 'project_not_initialized');
  return account;
}

/** The account operations answer 404 account_not_found instead (deleteAccount: project_not_initialized). */
export function existingAccount(ctx: ApiContext): WaAccountRecord {
  const account = ctx.project.whatsapp.account;
  if (!account) throw waError(404, 'account_not_found');
  return account;
}

export function findWaSender(ctx: ApiContext): WaSenderRecord {
  const s = ctx.project.whatsapp.senders.get((ctx.params.senderId ?? '').toLowerCase());
  if (!s) throw waError(404, 'sender_not_found');
  return s;
}

/** Replaces a sender by its updated copy (handlers change a clone, so a rejected request changes nothing). */
export function saveWaSender(ctx: ApiContext, s: WaSenderRecord): void {
  ctx.project.whatsapp.senders.set(s.id, s);
}
