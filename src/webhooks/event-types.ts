/** The WhatsApp sender callbacks (src/schema/events/whatsapp-records.ts sorts deliveries by these lists). */
export const WHATSAPP_SENDER_EVENT_TYPES = [
  'WHATSAPP_SENDER_ACTIVE',
  'WHATSAPP_SENDER_INACTIVE',
  'WHATSAPP_SENDER_PENDING_VERIFICATION',
  'WHATSAPP_SENDER_REJECTED',
  'WHATSAPP_SENDER_ERROR',
  'WHATSAPP_SENDER_COMMENT_ADDED',
  'WHATSAPP_SENDER_QUALITY_RATING_CHANGED',
  'WHATSAPP_SENDER_DISPLAY_NAME_UPDATED',
  'WHATSAPP_SENDER_USERNAME_UPDATED',
  'WHATSAPP_SENDER_DELETED',
  'WHATSAPP_SENDER_DAILY_LIMIT_CHANGED',
] as const;

/** The WhatsApp account callbacks. */
export const WHATSAPP_ACCOUNT_EVENT_TYPES = [
  'WHATSAPP_ACCOUNT_ONBOARDED',
  'WHATSAPP_ACCOUNT_PENDING_VERIFICATION',
  'WHATSAPP_ACCOUNT_REJECTED',
  'WHATSAPP_ACCOUNT_COMMENT_ADDED',
  'WHATSAPP_ACCOUNT_DAILY_LIMIT_CHANGED',
  'WHATSAPP_WABA_ACCOUNT_CHANGED',
] as const;

// The event types this server knows: the RCS events of the contract's `webhooks:` and the WhatsApp sender
// and account callbacks (contract whatsapp-and-webhooks.md §5; src/schema/events/whatsapp-records.ts reads
// them). A delivery of any other type is still acknowledged and published as is: Sinch adds triggers over
// time, and a webhook registered with `ALL` also gets KakaoTalk and WhatsApp template events.
export const KNOWN_EVENT_TYPES = [
  'RCS_SENDER_STATUS_UPDATED',
  'RCS_SENDER_OPERATOR_STATUS_UPDATED',
  'RCS_BRAND_REGISTRATION_PROCESS_STATUS_UPDATED',
  // INFERRED: the RCS contract has no schema for it (shaped like the WhatsApp *_COMMENT_ADDED callbacks).
  'RCS_SENDER_COMMENT_ADDED',
  'RCS_ACCOUNT_COMMENT_ADDED',
  ...WHATSAPP_SENDER_EVENT_TYPES,
  ...WHATSAPP_ACCOUNT_EVENT_TYPES,
] as const;

export type KnownEventType = (typeof KNOWN_EVENT_TYPES)[number];

const known: ReadonlySet<string> = new Set(KNOWN_EVENT_TYPES);
export const isKnownEventType = (type: string): type is KnownEventType => known.has(type);

/**
 * A project id in the receiver's path: what Sinch project ids look like (UUIDs) and the sandbox's seeded
 * ones (`demo-project`): letters, digits, '-' and '_', starting with a letter or digit, at most 100.
 */
export const PROJECT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;
