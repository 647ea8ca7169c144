// PATCH a WhatsApp sender (`update`): pending edits are kept in `changes` (the whole proposed profile), saved
// as DRAFT unless `status: SUBMIT`; `displayName` and `username` of an ACTIVE sender go to `metadata` for
// review instead. Rules, in this order (the 409 resolutions of the published errors):
// - only an ACTIVE sender not marked for deletion is updatable (409 sender_not_updatable), and — INFERRED —
//   a sender still onboarding whose creation was saved as DRAFT or REJECTED (then everything goes to changes);
// - nothing to change → 400 no_fields_to_update (`status: SUBMIT` alone submits DRAFT/REJECTED changes);
// - changes other than DRAFT/REJECTED pending → 409 sender_changes_not_updatable;
// - a display name under review → 409 sender_display_name_update_not_allowed.
import { type ApiRoute, json, jsonBody } from '../http.ts';
import { waError } from './errors.ts';
import { API_USER, applyPatch } from './lifecycle.ts';
import type { WaObject, WaSenderRecord } from './model.ts';
import { waSenderDto } from './present.ts';
import { findWaSender, initialized, saveWaSender, senderOp, WA_SENDER } from './shared.ts';
import { validateUpdateSender } from './validation.ts';

const EDITABLE = ['DRAFT', 'REJECTED'];

function split(details: Record<string, unknown>, active: boolean) {
  const rest: WaObject = {};
  const review: { displayName?: string; username?: string | null } = {};
  for (const [k, v] of Object.entries(details)) {
    if (v === undefined) continue;
    if (active && k === 'displayName') review.displayName = v as string;
    else if (k === 'username') review.username = v as string | null;
    else rest[k] = structuredClone(v) as WaObject[string];
  }
  return { rest, review };
}

function check(s: WaSenderRecord, submit: boolean, details: Record<string, unknown>) {
  const active = s.state === 'ACTIVE';
  const onboardingDraft = s.state === 'IN_PROGRESS' && EDITABLE.includes(s.changes?.status ?? '');
  if (s.deletedDay !== undefined || !(active || onboardingDraft)) throw waError(409, 'sender_not_updatable');
  const { rest, review } = split(details, active);
  const submitsPending = submit && EDITABLE.includes(s.changes?.status ?? '');
  const touchesChanges = Object.keys(rest).length > 0 || submitsPending;
  if (!touchesChanges && review.displayName === undefined && review.username === undefined)
    throw waError(400, 'no_fields_to_update');
  if (touchesChanges && s.changes && !EDITABLE.includes(s.changes.status))
    throw waError(409, 'sender_changes_not_updatable');
  if (review.displayName !== undefined && s.metadata.displayName?.status === 'PENDING')
    throw waError(409, 'sender_display_name_update_not_allowed');
  if (review.username !== undefined && !active) throw waError(409, 'sender_username_update_not_available');
  return { rest, review, touchesChanges };
}

export const waUpdateRoute: ApiRoute = {
  kind: 'api',
  method: 'PATCH',
  template: WA_SENDER,
  operationId: senderOp('update'),
  handler(ctx) {
    initialized(ctx);
    const { submit, details } = validateUpdateSender(jsonBody(ctx));
    const current = findWaSender(ctx);
    const { rest, review, touchesChanges } = check(current, submit, details);
    const updated = ctx.rt.store.write((now) => {
      const s = structuredClone(current);
      const log = (type: string) => s.activities.push({ type, created: now, author: API_USER });
      if (touchesChanges) {
        const base = s.changes ? s.changes.details : s.details;
        s.changes = { status: submit ? 'IN_PROGRESS' : 'DRAFT', details: applyPatch(base, rest) };
        log(submit ? 'IN_PROGRESS' : 'DRAFT');
      }
      if (review.displayName !== undefined)
        s.metadata.displayName = { value: review.displayName, status: 'PENDING' };
      if (review.username === null) {
        if (s.details) delete s.details.username;
        s.metadata.username = { status: 'DELETED' };
      } else if (review.username !== undefined)
        s.metadata.username = { value: review.username, status: 'PENDING' };
      if (review.displayName !== undefined || review.username !== undefined) log('EDITED');
      s.modified = now;
      return s;
    });
    saveWaSender(ctx, updated);
    return json(200, waSenderDto(updated));
  },
};
