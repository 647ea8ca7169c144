import type { SinchEvent } from '../../events/types.ts';
import type { WhatsappAccount, WhatsappSender } from '../../upstream/whatsapp-types.ts';
import { WHATSAPP_ACCOUNT_EVENT_TYPES, WHATSAPP_SENDER_EVENT_TYPES } from '../../webhooks/event-types.ts';
import { type EventBase, eventBase } from './record-base.ts';

// WhatsApp callback bodies (SinchEvent.body) read into what the WhatsApp event types resolve from, as
// records.ts does for RCS. Pure, no GraphQL. Bodies are `{type, payload, comment?}` (contract
// whatsapp-and-webhooks.md §5, examples/whatsapp/callbacks/), `payload` the sender or account DTO at
// callback time; every field is read defensively (a delivery is outside input).
//
// Which subscription gets what: the WHATSAPP_SENDER_* types, and any other WHATSAPP_ type (not a template
// one) whose payload is a sender (has an `id`), are sender events; the WHATSAPP_ACCOUNT_* types,
// WHATSAPP_WABA_ACCOUNT_CHANGED and any other such type without a sender payload are account events.
// ASSUMPTION: WHATSAPP_TEMPLATE_* are about message templates, which this graph does not model: neither.
// The two type lists live in src/webhooks/event-types.ts, whose list of known types spreads them.

export type WhatsappSenderEventKind = (typeof WHATSAPP_SENDER_EVENT_TYPES)[number];
export type WhatsappAccountEventKind = (typeof WHATSAPP_ACCOUNT_EVENT_TYPES)[number];

export interface WhatsappSenderEventRecord extends EventBase {
  readonly type: WhatsappSenderEventKind | 'UNRECOGNIZED';
  /** The sender DTO of the payload (the sender at the time of the event; bearerToken still in it). */
  readonly payload: WhatsappSender;
}

export interface WhatsappAccountEventRecord extends EventBase {
  readonly type: WhatsappAccountEventKind | 'UNRECOGNIZED';
  /** The account DTO of the payload; null when the delivery carried none. */
  readonly payload: WhatsappAccount | null;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function senderPayload(body: Record<string, unknown>): WhatsappSender | null {
  const payload = body.payload;
  return isObject(payload) && typeof payload.id === 'string' && payload.id !== ''
    ? (payload as unknown as WhatsappSender)
    : null;
}

const isWhatsapp = (type: string) => type.startsWith('WHATSAPP_') && !type.startsWith('WHATSAPP_TEMPLATE_');
const has = (list: readonly string[], type: string) => list.includes(type);

export function whatsappSenderEventOf(event: SinchEvent): WhatsappSenderEventRecord | null {
  if (!isWhatsapp(event.type) || has(WHATSAPP_ACCOUNT_EVENT_TYPES, event.type)) return null;
  const payload = senderPayload(event.body);
  if (!payload) return null;
  const known = has(WHATSAPP_SENDER_EVENT_TYPES, event.type);
  return {
    ...eventBase(event),
    type: known ? (event.type as WhatsappSenderEventKind) : 'UNRECOGNIZED',
    payload,
  };
}

export function whatsappAccountEventOf(event: SinchEvent): WhatsappAccountEventRecord | null {
  if (!isWhatsapp(event.type)) return null;
  const payload = isObject(event.body.payload) ? (event.body.payload as unknown as WhatsappAccount) : null;
  if (has(WHATSAPP_ACCOUNT_EVENT_TYPES, event.type))
    return { ...eventBase(event), type: event.type as WhatsappAccountEventKind, payload };
  if (has(WHATSAPP_SENDER_EVENT_TYPES, event.type) || senderPayload(event.body)) return null;
  return { ...eventBase(event), type: 'UNRECOGNIZED', payload };
}

/** The body's object at `path` (e.g. ['payload', 'changes']), or null. */
export function bodyObject(record: EventBase, ...path: string[]): Record<string, unknown> | null {
  let at: unknown = record.body;
  for (const key of path) at = isObject(at) ? at[key] : null;
  return isObject(at) ? at : null;
}

/** A string field of the body's object at `path`, or null. */
export function bodyField(record: EventBase, path: string[], key: string): string | null {
  const value = bodyObject(record, ...path)?.[key];
  return typeof value === 'string' ? value : null;
}
