// The event types this server knows (the RCS events of the contract's `webhooks:`). A delivery of any other
// type is still acknowledged and published as is: Sinch adds triggers over time, and a webhook registered
// with `ALL` also gets WhatsApp and KakaoTalk events.
export const KNOWN_EVENT_TYPES = [
  'RCS_SENDER_STATUS_UPDATED',
  'RCS_SENDER_OPERATOR_STATUS_UPDATED',
  'RCS_BRAND_REGISTRATION_PROCESS_STATUS_UPDATED',
  // INFERRED: the RCS contract has no schema for it (shaped like the WhatsApp *_COMMENT_ADDED callbacks).
  'RCS_SENDER_COMMENT_ADDED',
  'RCS_ACCOUNT_COMMENT_ADDED',
] as const;

export type KnownEventType = (typeof KNOWN_EVENT_TYPES)[number];

const known: ReadonlySet<string> = new Set(KNOWN_EVENT_TYPES);
export const isKnownEventType = (type: string): type is KnownEventType => known.has(type);

/**
 * A project id in the receiver's path: what Sinch project ids look like (UUIDs) and the sandbox's seeded
 * ones (`demo-project`): letters, digits, '-' and '_', starting with a letter or digit, at most 100.
 */
export const PROJECT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;
