// WhatsApp sender actions: discard changes, activities, comments, register, verify, suggested usernames.
import { type ApiRoute, json, jsonBody } from '../http.ts';
import { activitiesPage, addComment } from '../routes/shared.ts';
import { waError } from './errors.ts';
import { API_USER, SINCH, VERIFICATION_CODE } from './lifecycle.ts';
import type { WaSenderRecord } from './model.ts';
import { findWaSender, initialized, senderOp, WA_SENDER } from './shared.ts';
import { validateRegister, validateVerify, validateWaComment } from './validation.ts';

/**
 * INFERRED: a number onboarded through Embedded Signup (or the deprecated Facebook flow) was verified with
 * Meta during the signup, so register sends no code (`verificationCodeSent: false`) and verify needs none.
 */
export const metaVerified = (s: WaSenderRecord) => s.variant === 'ES' || s.variant === 'DEPRECATED';

const deleteChanges: ApiRoute = {
  kind: 'api',
  method: 'DELETE',
  template: `${WA_SENDER}/changes`,
  operationId: senderOp('deleteChanges'),
  handler(ctx) {
    initialized(ctx);
    const s = findWaSender(ctx);
    if (!s.changes) throw waError(404, 'sender_changes_not_found');
    if (!['DRAFT', 'REJECTED', 'ERROR'].includes(s.changes.status))
      throw waError(409, 'sender_changes_not_deletable');
    ctx.rt.store.write((now) => {
      delete s.changes;
      s.modified = now;
      s.activities.push({ type: 'EDITED', created: now, author: API_USER });
    });
    return { status: 204 };
  },
};

const activities: ApiRoute = {
  kind: 'api',
  method: 'GET',
  template: `${WA_SENDER}/activities`,
  operationId: senderOp('listActivities'),
  handler(ctx) {
    initialized(ctx);
    const s = findWaSender(ctx);
    return activitiesPage(ctx, s.activities, { whatsappSender: s.id });
  },
};

const comment: ApiRoute = {
  kind: 'api',
  method: 'POST',
  template: `${WA_SENDER}/comments`,
  operationId: senderOp('createComment'),
  handler(ctx) {
    initialized(ctx);
    const text = validateWaComment(jsonBody(ctx));
    return addComment(ctx, findWaSender(ctx).activities, text);
  },
};

const register: ApiRoute = {
  kind: 'api',
  method: 'POST',
  template: `${WA_SENDER}/register`,
  operationId: senderOp('register'),
  handler(ctx) {
    initialized(ctx);
    const method = validateRegister(jsonBody(ctx));
    const s = findWaSender(ctx);
    if (s.state !== 'PENDING_VERIFICATION') throw waError(409, 'not_allowed_register');
    const accepted = ctx.rt.store.write((now) => {
      s.registration = { method, accepted: now };
      s.modified = now;
      s.activities.push({ type: 'REGISTERED', created: now, author: API_USER });
      return now;
    });
    return json(200, { id: s.id, method, accepted, verificationCodeSent: !metaVerified(s) });
  },
};

/** 204 and ACTIVE with the code VERIFICATION_CODE (optional for a Meta-verified number); else 409 wrong_otp. */
const verify: ApiRoute = {
  kind: 'api',
  method: 'POST',
  template: `${WA_SENDER}/verify`,
  operationId: senderOp('verify'),
  handler(ctx) {
    initialized(ctx);
    const code = validateVerify(jsonBody(ctx));
    const s = findWaSender(ctx);
    if (s.state !== 'PENDING_VERIFICATION' || !s.registration) throw waError(409, 'not_allowed_verify');
    const skip = code === undefined && metaVerified(s);
    if (!skip && code !== VERIFICATION_CODE) throw waError(409, 'wrong_otp');
    ctx.rt.store.write((now) => {
      s.state = 'ACTIVE';
      s.qualityRating ??= 'GREEN';
      s.modified = now;
      s.activities.push({ type: 'VERIFIED', created: now, author: API_USER });
      s.activities.push({ type: 'ACTIVE', created: now, author: SINCH });
    });
    return { status: 204 };
  },
};

/** Three usernames from the display name: `<slug>`, `<slug>.official`, `<slug>_<last 4 digits>`. */
export function suggestedUsernames(s: WaSenderRecord): string[] {
  const name = String(s.details?.displayName ?? s.changes?.details?.displayName ?? 'sender');
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '') || 'sender';
  const digits = (s.phoneNumber ?? s.id.replace(/\D/g, '')).slice(-4);
  return [slug, `${slug}.official`, `${slug}_${digits}`];
}

const usernames: ApiRoute = {
  kind: 'api',
  method: 'GET',
  template: `${WA_SENDER}/suggestedUsernames`,
  operationId: senderOp('getSuggestedUsernames'),
  handler(ctx) {
    initialized(ctx);
    return json(200, { usernames: suggestedUsernames(findWaSender(ctx)) });
  },
};

export const waSenderActionRoutes: ApiRoute[] = [
  deleteChanges,
  activities,
  comment,
  register,
  verify,
  usernames,
];
