import type { EventBase } from './record-base.ts';
import { bodyField } from './whatsapp-records.ts';

// The fields the WhatsApp sender and account events (whatsapp-sender-events.ts, whatsapp-account-events.ts)
// have alike: the comment of a *_COMMENT_ADDED callback, and the raw type of an unknown one.

/** Options of `comment: t.string(...)`: the body's comment. */
export const commentField = {
  nullable: false,
  description: 'The comment text.',
  resolve: (e: EventBase) => bodyField(e, [], 'comment') ?? '',
} as const;

/** Options of `rawType: t.exposeString('rawType', ...)`. */
export const rawTypeField = { nullable: false, description: 'The type as Sinch sent it.' } as const;
