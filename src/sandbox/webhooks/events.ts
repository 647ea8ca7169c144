// What a webhook delivery reports: the changes one request (or one /_sandbox/advance day) made to what the
// RCS triggers cover, found by comparing a mark of the project taken before with the project after. One
// place sees every change, whichever route or lifecycle step made it:
// - RCS_SENDER_STATUS_UPDATED: a sender's state differs (PATCH promoting DRAFT → IN_PROGRESS, launch, an
//   advance day). A new sender is no change: creation emits nothing, whatever state it starts in.
// - RCS_SENDER_OPERATOR_STATUS_UPDATED: an operator present before and after has another status (launch
//   sets them PENDING, advance LAUNCHED or REJECTED; the rejection remark is the event's comment).
// - RCS_BRAND_REGISTRATION_PROCESS_STATUS_UPDATED: brandDetails.registration.status differs (the
//   simulated lifecycle never changes it today; the seeds carry COMPLETED).
// - RCS_SENDER_COMMENT_ADDED / RCS_ACCOUNT_COMMENT_ADDED: a new COMMENT_ADDED activity.
// Bodies are the contract's Rcs*Event schemas; `payload` is the sender as GET would return it then.
// The WHATSAPP_* callbacks come last, found the same way (whatsapp/events.ts).
import type { JsonObject, ProjectRecord, SenderRecord } from '../model.ts';
import { senderDto } from '../present.ts';
import { markWhatsapp, type WhatsappMark, whatsappEventsSince } from '../whatsapp/events.ts';

export interface SandboxEvent {
  type: string;
  /** The sender the event is about (undefined for account events). */
  senderId?: string;
  body: JsonObject;
}

interface SenderMark {
  state: string;
  /** `${country}/${operator}` → status. */
  operators: Map<string, string>;
  registration: string | undefined;
  activities: number;
}

export interface ProjectMark {
  project: ProjectRecord;
  senders: Map<string, SenderMark>;
  accountActivities: number;
  whatsapp: WhatsappMark;
}

function markSender(s: SenderRecord): SenderMark {
  const operators = new Map<string, string>();
  for (const c of s.countryStatus)
    for (const o of c.operators) operators.set(`${c.country}/${o.name}`, o.status);
  return {
    state: s.state,
    operators,
    registration: s.brandRegistration?.registrationStatus,
    activities: s.activities.length,
  };
}

export function markProject(project: ProjectRecord): ProjectMark {
  const senders = new Map<string, SenderMark>();
  for (const s of project.senders.values()) senders.set(s.id, markSender(s));
  return {
    project,
    senders,
    accountActivities: project.accountActivities.length,
    whatsapp: markWhatsapp(project.whatsapp),
  };
}

function senderEvents(before: SenderMark, s: SenderRecord): SandboxEvent[] {
  const out: SandboxEvent[] = [];
  let payload: JsonObject | undefined;
  const dto = () => {
    payload ??= senderDto(s);
    return payload;
  };
  const event = (type: string, fields: JsonObject) =>
    out.push({ type, senderId: s.id, body: { type, payload: dto(), ...fields } });
  if (before.state !== s.state) {
    event('RCS_SENDER_STATUS_UPDATED', { previousState: before.state, currentState: s.state });
  }
  for (const c of s.countryStatus) {
    for (const o of c.operators) {
      const previous = before.operators.get(`${c.country}/${o.name}`);
      if (previous === undefined || previous === o.status) continue;
      event('RCS_SENDER_OPERATOR_STATUS_UPDATED', {
        operator: o.name,
        operatorCountry: c.country,
        operatorPreviousStatus: previous,
        operatorCurrentStatus: o.status,
        ...(o.remark ? { comment: o.remark } : {}),
      });
    }
  }
  const registration = s.brandRegistration?.registrationStatus;
  if (registration !== undefined && registration !== before.registration) {
    event('RCS_BRAND_REGISTRATION_PROCESS_STATUS_UPDATED', { status: registration });
  }
  for (const a of s.activities.slice(before.activities)) {
    // INFERRED shape: the RCS contract has no schema for this event; this is the WhatsApp
    // *_COMMENT_ADDED callback's {type, payload, comment}.
    if (a.type === 'COMMENT_ADDED' && a.comment !== undefined) {
      event('RCS_SENDER_COMMENT_ADDED', { comment: a.comment });
    }
  }
  return out;
}

/** The events between `before` and the project now, senders in creation order, account events last. */
export function eventsSince(before: ProjectMark): SandboxEvent[] {
  const p = before.project;
  const out: SandboxEvent[] = [];
  const senders = [...p.senders.values()].sort((a, b) => a.created.localeCompare(b.created));
  for (const s of senders) {
    const mark = before.senders.get(s.id);
    if (mark) out.push(...senderEvents(mark, s));
  }
  for (const a of p.accountActivities.slice(before.accountActivities)) {
    if (a.type === 'COMMENT_ADDED' && a.comment !== undefined) {
      const type = 'RCS_ACCOUNT_COMMENT_ADDED';
      out.push({ type, body: { type, comment: a.comment } });
    }
  }
  out.push(...whatsappEventsSince(before.whatsapp, p.whatsapp));
  return out;
}
