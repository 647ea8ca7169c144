// The WhatsApp lifecycle's simulated side (docs/sandbox.md, WhatsApp): the deterministic review rules and
// what one simulated day (POST /_sandbox/advance) does to a project's WhatsApp account and senders.
// ASSUMPTION (one place): upstream states no transition graph beyond the rules of
// contract/upstream/whatsapp-and-webhooks.md §4; the review outcomes below are the sandbox's own.
import type { Store } from '../store.ts';
import {
  DELETION_DAYS,
  type WaAccountRecord,
  type WaObject,
  type WaSenderRecord,
  type WhatsappState,
} from './model.ts';

export const SINCH = 'Sinch';
export const API_USER = 'Provisioning API user';
/** The OTP every registration "sends" (the published verify example's code). */
export const VERIFICATION_CODE = '123456';
export const ERROR_REASON = 'Reach out to support at support@sinch.com';
export const REVIEW_REJECTION = 'The value does not follow the WhatsApp Business naming guidelines.';

export type ReviewOutcome = 'APPROVED' | 'REJECTED' | 'ERROR';

/**
 * Review of submitted values: any string value containing "reject" (any case) is REJECTED, else any
 * containing "fail" ends in ERROR, else APPROVED.
 */
export function reviewOutcome(values: WaObject | undefined): ReviewOutcome {
  const strings = Object.values(values ?? {})
    .filter((v): v is string => typeof v === 'string')
    .map((v) => v.toLowerCase());
  if (strings.some((v) => v.includes('reject'))) return 'REJECTED';
  if (strings.some((v) => v.includes('fail'))) return 'ERROR';
  return 'APPROVED';
}

/** Patch semantics: present values replace, null deletes. */
export function applyPatch(target: WaObject | undefined, patch: WaObject | undefined): WaObject {
  const out: WaObject = { ...(target ?? {}) };
  for (const [k, v] of Object.entries(patch ?? {})) {
    if (v === null) delete out[k];
    else out[k] = structuredClone(v);
  }
  return out;
}

export interface WaTransition {
  projectId: string;
  kind: 'whatsappSender' | 'whatsappAccount';
  senderId?: string;
  /** What moved: `state`, `changes`, `displayName`, `username` (senders) or the account's `state`. */
  subject: string;
  from: string;
  to: string;
}

function reviewSender(
  s: WaSenderRecord,
  now: string,
  note: (subject: string, from: string, to: string) => void,
) {
  const log = (type: string) => s.activities.push({ type, created: now, author: SINCH });
  const c = s.changes;
  if (c?.status === 'IN_PROGRESS' && (s.state === 'IN_PROGRESS' || s.state === 'ACTIVE')) {
    const onboarding = s.state === 'IN_PROGRESS';
    const outcome = reviewOutcome(c.details);
    if (outcome === 'APPROVED') {
      s.details = applyPatch(s.details, c.details);
      s.details.vertical ??= 'NOT_SET';
      delete s.changes;
      note('changes', 'IN_PROGRESS', 'APPLIED');
      log('EDITED');
      if (onboarding) {
        s.metadata.displayName = { value: String(s.details.displayName ?? ''), status: 'APPROVED' };
        s.state = 'PENDING_VERIFICATION';
        note('state', 'IN_PROGRESS', 'PENDING_VERIFICATION');
      }
    } else if (s.saveDraftOnFailure && onboarding) {
      c.status = 'DRAFT';
      note('changes', 'IN_PROGRESS', 'DRAFT');
      log('DRAFT');
    } else {
      c.status = outcome;
      note('changes', 'IN_PROGRESS', outcome);
      if (outcome === 'ERROR') {
        c.errorReason = ERROR_REASON;
        c.errorCode = 'UNKNOWN_ERROR';
        if (onboarding) {
          s.state = 'ERROR';
          note('state', 'IN_PROGRESS', 'ERROR');
        }
      }
      log(outcome);
    }
  }
  for (const field of ['displayName', 'username'] as const) {
    const m = s.metadata[field];
    if (m?.status !== 'PENDING' || s.state !== 'ACTIVE') continue;
    const rejected = reviewOutcome({ v: m.value ?? '' }) !== 'APPROVED';
    m.status = rejected ? 'REJECTED' : 'APPROVED';
    if (rejected) m.rejectionReason = REVIEW_REJECTION;
    else s.details = { ...(s.details ?? {}), [field]: m.value ?? '' };
    note(field, 'PENDING', m.status);
    log(rejected ? 'REJECTED' : 'EDITED');
  }
}

function reviewAccount(a: WaAccountRecord, now: string, note: (from: string, to: string) => void) {
  const status = a.changes?.status;
  const log = (type: string) => a.activities.push({ type, created: now, author: SINCH });
  if (!a.changes || (status !== 'IN_PROGRESS' && status !== 'PENDING_FACEBOOK_VERIFICATION')) return;
  if (status === 'IN_PROGRESS') {
    a.changes.status = 'PENDING_FACEBOOK_VERIFICATION';
    note('IN_PROGRESS', 'PENDING_FACEBOOK_VERIFICATION');
    log('PENDING_FACEBOOK_VERIFICATION');
    return;
  }
  if (reviewOutcome(a.changes.details) === 'APPROVED') {
    a.details = applyPatch(a.details, a.changes.details);
    delete a.changes;
    a.state = 'ONBOARDED';
    a.currency ??= 'EUR';
    note('PENDING_FACEBOOK_VERIFICATION', 'ONBOARDED');
    log('EDITED');
  } else {
    a.changes.status = 'REJECTED';
    a.state = 'REJECTED';
    note('PENDING_FACEBOOK_VERIFICATION', 'REJECTED');
    log('REJECTED');
  }
}

/** One simulated day for a project's WhatsApp part: removals first, then reviews, senders by creation. */
export function advanceWhatsapp(
  store: Store,
  projectId: string,
  wa: WhatsappState,
  out: WaTransition[],
): void {
  const now = store.now();
  if (wa.account) {
    reviewAccount(wa.account, now, (from, to) =>
      out.push({ projectId, kind: 'whatsappAccount', subject: 'state', from, to }),
    );
  }
  const senders = [...wa.senders.values()].sort((a, b) => a.created.localeCompare(b.created));
  for (const s of senders) {
    const base = { projectId, kind: 'whatsappSender' as const, senderId: s.id };
    if (s.deletedDay !== undefined && store.day - s.deletedDay >= DELETION_DAYS) {
      wa.senders.delete(s.id);
      out.push({ ...base, subject: 'state', from: s.state, to: 'REMOVED' });
      continue;
    }
    const before = out.length;
    reviewSender(s, now, (subject, from, to) => out.push({ ...base, subject, from, to }));
    if (out.length > before) s.modified = now;
  }
}
