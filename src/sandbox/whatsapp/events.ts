// The WHATSAPP_* callbacks a request or a simulated day caused, found like the RCS ones (webhooks/events.ts
// calls these): a mark of the project's WhatsApp part before, compared with it after. Bodies are
// `{type, payload, comment?}` as in contract/upstream/examples/whatsapp/callbacks/, `payload` the sender or
// account as GET would return it then (a removed sender: the minimal WHATSAPP_SENDER_DELETED payload).
// - sender state became ACTIVE / INACTIVE / PENDING_VERIFICATION / ERROR → WHATSAPP_SENDER_<state>;
// - pending changes became REJECTED → WHATSAPP_SENDER_REJECTED, ERROR → WHATSAPP_SENDER_ERROR (once);
// - metadata.displayName / metadata.username reviewed → WHATSAPP_SENDER_DISPLAY_NAME_UPDATED / _USERNAME_UPDATED;
// - qualityRating changed → WHATSAPP_SENDER_QUALITY_RATING_CHANGED; removed → WHATSAPP_SENDER_DELETED;
// - account changes → PENDING_FACEBOOK_VERIFICATION, state → ONBOARDED / REJECTED, businessDailyLimit
//   changed → WHATSAPP_ACCOUNT_*; a new COMMENT_ADDED activity → WHATSAPP_{SENDER,ACCOUNT}_COMMENT_ADDED.
import type { WaAccountRecord, WaActivity, WaObject, WaSenderRecord, WhatsappState } from './model.ts';
import { deletedSenderDto, waAccountDto, waSenderDto } from './present.ts';

export interface WaEvent {
  type: string;
  senderId?: string;
  body: WaObject;
}

interface SenderMark {
  record: WaSenderRecord;
  state: string;
  changes?: string;
  displayName?: string;
  username?: string;
  quality?: string;
  activities: number;
}

interface AccountMark {
  state?: string;
  changes?: string;
  dailyLimit?: string;
  activities: number;
}

export interface WhatsappMark {
  account?: AccountMark;
  senders: Map<string, SenderMark>;
}

export function markWhatsapp(wa: WhatsappState): WhatsappMark {
  const senders = new Map<string, SenderMark>();
  for (const s of wa.senders.values()) {
    senders.set(s.id, {
      record: s,
      state: s.state,
      changes: s.changes?.status,
      displayName: s.metadata.displayName?.status,
      username: s.metadata.username?.status,
      quality: s.qualityRating,
      activities: s.activities.length,
    });
  }
  const a = wa.account;
  const account = a && {
    state: a.state,
    changes: a.changes?.status,
    dailyLimit: a.businessDailyLimit,
    activities: a.activities.length,
  };
  return { account, senders };
}

const newComments = (log: WaActivity[], from: number) =>
  log.slice(from).filter((a) => a.type === 'COMMENT_ADDED' && a.comment !== undefined);

function senderEvents(before: SenderMark, s: WaSenderRecord): WaEvent[] {
  const out: WaEvent[] = [];
  const event = (suffix: string, extra: WaObject = {}) => {
    const type = `WHATSAPP_SENDER_${suffix}`;
    out.push({ type, senderId: s.id, body: { type, payload: waSenderDto(s), ...extra } });
  };
  const stateMoved = before.state !== s.state;
  if (stateMoved && ['ACTIVE', 'INACTIVE', 'PENDING_VERIFICATION', 'ERROR'].includes(s.state)) event(s.state);
  const changes = s.changes?.status;
  if (changes !== before.changes && changes === 'REJECTED') event('REJECTED');
  if (changes !== before.changes && changes === 'ERROR' && !(stateMoved && s.state === 'ERROR'))
    event('ERROR');
  if (before.displayName === 'PENDING' && s.metadata.displayName?.status !== 'PENDING')
    event('DISPLAY_NAME_UPDATED');
  if (before.username === 'PENDING' && s.metadata.username?.status !== 'PENDING') event('USERNAME_UPDATED');
  if (before.quality !== s.qualityRating && before.quality !== undefined) event('QUALITY_RATING_CHANGED');
  for (const a of newComments(s.activities, before.activities))
    event('COMMENT_ADDED', { comment: a.comment ?? '' });
  return out;
}

function accountEvents(before: AccountMark | undefined, a: WaAccountRecord): WaEvent[] {
  const out: WaEvent[] = [];
  const event = (type: string, extra: WaObject = {}) =>
    out.push({ type, body: { type, payload: waAccountDto(a), ...extra } });
  const changes = a.changes?.status;
  if (changes === 'PENDING_FACEBOOK_VERIFICATION' && before?.changes !== changes)
    event('WHATSAPP_ACCOUNT_PENDING_VERIFICATION');
  if (a.state === 'ONBOARDED' && before?.state !== 'ONBOARDED') event('WHATSAPP_ACCOUNT_ONBOARDED');
  if (changes === 'REJECTED' && before?.changes !== 'REJECTED') event('WHATSAPP_ACCOUNT_REJECTED');
  if (before && a.businessDailyLimit !== before.dailyLimit) event('WHATSAPP_ACCOUNT_DAILY_LIMIT_CHANGED');
  for (const c of newComments(a.activities, before?.activities ?? 0))
    event('WHATSAPP_ACCOUNT_COMMENT_ADDED', { comment: c.comment ?? '' });
  return out;
}

/** The events between `before` and `wa` now: the account's first, then senders in creation order. */
export function whatsappEventsSince(before: WhatsappMark, wa: WhatsappState): WaEvent[] {
  const out: WaEvent[] = wa.account ? accountEvents(before.account, wa.account) : [];
  const marks = [...before.senders.values()].sort((a, b) => a.record.created.localeCompare(b.record.created));
  for (const mark of marks) {
    const now = wa.senders.get(mark.record.id);
    if (now) out.push(...senderEvents(mark, now));
    else {
      const type = 'WHATSAPP_SENDER_DELETED';
      out.push({ type, senderId: mark.record.id, body: { type, payload: deletedSenderDto(mark.record) } });
    }
  }
  return out;
}
