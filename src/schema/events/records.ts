import type { SinchEvent } from '../../events/types.ts';
import type { RcsSender as RcsSenderDto } from '../../upstream/types.ts';
import { type EventBase, eventBase } from './record-base.ts';

// Webhook bodies (SinchEvent.body) read into what the event types resolve from. Pure, no GraphQL. Bodies
// are the contract's Rcs*Event schemas; every field is read defensively (a delivery is outside input).
//
// Which subscription gets what: the four sender types, and any other RCS_ type whose body carries a sender
// payload, are sender events; RCS_ACCOUNT_COMMENT_ADDED and any other RCS_ type without one are account
// events. Other channels' events (WHATSAPP_*, KAKAOTALK_*, BUNDLE_DONE) are neither.

export const SENDER_EVENT_TYPES = [
  'RCS_SENDER_STATUS_UPDATED',
  'RCS_SENDER_OPERATOR_STATUS_UPDATED',
  'RCS_BRAND_REGISTRATION_PROCESS_STATUS_UPDATED',
  'RCS_SENDER_COMMENT_ADDED',
] as const;
export type SenderEventType = (typeof SENDER_EVENT_TYPES)[number];

export const ACCOUNT_EVENT_TYPES = ['RCS_ACCOUNT_COMMENT_ADDED'] as const;

export interface SenderEventRecord extends EventBase {
  /** A known type, or 'UNRECOGNIZED'. */
  readonly type: SenderEventType | 'UNRECOGNIZED';
  /** The sender DTO of the payload (the sender at the time of the event). */
  readonly payload: RcsSenderDto;
}

export interface AccountEventRecord extends EventBase {
  readonly type: (typeof ACCOUNT_EVENT_TYPES)[number] | 'UNRECOGNIZED';
}

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** A field of the body as a string, or null. */
export function bodyString(record: EventBase, key: string): string | null {
  return str(record.body[key]);
}

function senderPayload(body: Record<string, unknown>): RcsSenderDto | null {
  const payload = body.payload;
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return null;
  return typeof (payload as { id?: unknown }).id === 'string' && (payload as { id: string }).id !== ''
    ? (payload as RcsSenderDto)
    : null;
}

const isRcs = (type: string) => type.startsWith('RCS_');

export function senderEventOf(event: SinchEvent): SenderEventRecord | null {
  if (!isRcs(event.type) || (ACCOUNT_EVENT_TYPES as readonly string[]).includes(event.type)) return null;
  const payload = senderPayload(event.body);
  if (!payload) return null;
  const known = (SENDER_EVENT_TYPES as readonly string[]).includes(event.type);
  return { ...eventBase(event), type: known ? (event.type as SenderEventType) : 'UNRECOGNIZED', payload };
}

export function accountEventOf(event: SinchEvent): AccountEventRecord | null {
  if (!isRcs(event.type)) return null;
  if ((ACCOUNT_EVENT_TYPES as readonly string[]).includes(event.type))
    return { ...eventBase(event), type: 'RCS_ACCOUNT_COMMENT_ADDED' };
  if ((SENDER_EVENT_TYPES as readonly string[]).includes(event.type) || senderPayload(event.body))
    return null;
  return { ...eventBase(event), type: 'UNRECOGNIZED' };
}
