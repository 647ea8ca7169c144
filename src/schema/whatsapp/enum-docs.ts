// What each WhatsApp enum value means, for GraphiQL: paraphrased from contract/upstream/whatsapp-and-webhooks.md
// §2–3 and the x-enumDescriptions of the two spec files. An enum whose values the spec does not describe
// (verticals, error codes, local storages) reads its value as words (`humanDocs`). The keys are the value
// lists: each enum of enums.ts mirrors exactly the keys of its map here.

/** "CANNOT_ASSIGN_CREDIT_LINE" → "Cannot assign credit line." */
export function humanDocs<const T extends readonly string[]>(
  values: T,
  suffix = '',
): Record<T[number], string> {
  const words = (v: string) => v.charAt(0) + v.slice(1).toLowerCase().replaceAll('_', ' ');
  return Object.fromEntries(values.map((v) => [v, `${words(v)}.${suffix}`])) as Record<T[number], string>;
}

export const SENDER_STATE_DOCS = {
  ACTIVE: 'The sender is live and can send messages.',
  IN_PROGRESS: 'Sinch and Meta are setting the sender up.',
  INACTIVE: 'The sender is switched off.',
  PENDING_VERIFICATION: 'The phone number awaits verification: `register` sends an OTP, `verify` checks it.',
  SUSPENDED: 'Meta suspended the sender (the upstream does not document what it still allows).',
  ERROR: 'Setting the sender up failed; `changes.errorCode` and `changes.errorReason` say why.',
} as const;

export const CHANGE_STATUS_DOCS = {
  DRAFT: 'Saved, not submitted: a later update with `status: SUBMIT` submits it.',
  ERROR: 'Applying the changes failed (errorCode, errorReason).',
  IN_PROGRESS: 'Submitted and under review.',
  MULTIPLE_WABA_ERROR: 'Several WhatsApp Business Accounts matched.',
  REJECTED: 'The review rejected the changes; they can be edited and submitted again.',
} as const;

export const METADATA_STATUS_DOCS = {
  APPROVED: 'Meta approved the requested value.',
  DEFERRED: 'The review was deferred.',
  DELETED: 'The value was deleted.',
  EXPIRED: 'The request expired.',
  PENDING: 'Meta is reviewing the requested value.',
  REJECTED: 'Meta rejected the requested value (rejectionReason).',
  RESERVED: 'The value (a username) is reserved.',
  UNSPECIFIED: 'The upstream reported no status.',
} as const;

export const SENDER_ACTIVITY_TYPE_DOCS = {
  ACTIVE: 'The sender became active.',
  COMMENT_ADDED: 'A comment was added, by the API or by Sinch; `comment` and `author` carry it.',
  CREATED: 'The sender was created.',
  DRAFT: 'Changes were saved as a draft.',
  EDITED: "The sender's details were changed.",
  ERROR: 'The sender or its changes went to ERROR.',
  IN_PROGRESS: 'The sender or its changes went under review.',
  INACTIVE: 'The sender became inactive.',
  REGISTERED: 'The phone number was registered (an OTP was requested).',
  REJECTED: 'The changes were rejected.',
  VERIFIED: 'The phone number was verified.',
} as const;

export const QUALITY_RATING_DOCS = {
  GREEN: 'High quality (Meta rating).',
  YELLOW: 'Medium quality (Meta rating).',
  RED: 'Low quality (Meta rating): sending limits may drop.',
  UNKNOWN: 'Meta has not rated the sender yet.',
} as const;

export const REGION_DOCS = {
  BR: 'Brazil.',
  EU: 'Europe.',
  US: 'United States.',
} as const;

export const BUSINESS_MANAGER_DOCS = {
  SINCH_AMERICA: 'Sinch America business manager.',
  SINCH_BR: 'Sinch Brazil business manager.',
  SINCH_MX: 'Sinch Mexico business manager.',
  SINCH_SEP: 'Sinch SEP business manager.',
  SINCH_UK: 'Sinch UK business manager (the only one in region EU).',
} as const;

export const NUMBER_PROVIDER_DOCS = {
  CUSTOMER: "The customer's own number.",
  SINCH: 'A number provided by Sinch.',
} as const;

export const CHANNEL_STATUS_DOCS = {
  ACTIVE: 'The channel credentials work.',
  FAILING: 'The channel credentials fail.',
  PENDING: 'The channel integration is being set up.',
} as const;

export const ACCOUNT_STATE_DOCS = {
  ONBOARDED: 'The account is onboarded: senders can be created.',
  PENDING_FACEBOOK_VERIFICATION: 'Waiting for Meta (Facebook) to verify the business.',
  REJECTED: 'Onboarding was rejected; the account can be updated (and is then IN_PROGRESS again).',
} as const;

export const ACCOUNT_CHANGE_STATUS_DOCS = {
  DRAFT: 'Saved, not submitted.',
  IN_PROGRESS: 'Submitted and under review.',
  PENDING_FACEBOOK_VERIFICATION: 'Waiting for Meta (Facebook) to verify the changes.',
  REJECTED: 'The changes were rejected.',
} as const;

export const ACCOUNT_ACTIVITY_TYPE_DOCS = {
  COMMENT_ADDED: 'A comment was added, by the API or by Sinch; `comment` and `author` carry it.',
  CREATED: 'The account was created.',
  DRAFT: 'Changes were saved as a draft.',
  EDITED: 'The account was changed.',
  IN_PROGRESS: 'The account or its changes went under review.',
  PENDING_FACEBOOK_VERIFICATION: 'Waiting for Meta (Facebook) verification.',
  REJECTED: 'The account or its changes were rejected.',
} as const;

export const WABA_BAN_STATE_DOCS = {
  DISABLE: 'The WhatsApp Business Account is banned.',
  REINSTATE: 'The WhatsApp Business Account was reinstated.',
  SCHEDULE_FOR_DISABLE: 'A ban of the WhatsApp Business Account is scheduled (wabaBanDate).',
} as const;

// biome-ignore format: a value list
export const VERTICALS = [
  'ALCOHOL', 'AUTOMOTIVE', 'BEAUTY_SPA_SALON', 'CLOTHING_AND_APPAREL', 'EDUCATION', 'ENTERTAINMENT',
  'EVENT_PLANNING_AND_SERVICE', 'FINANCE_AND_BANKING', 'FOOD_AND_GROCERY', 'HOTEL_AND_LODGING',
  'MEDICAL_AND_HEALTH', 'NON_PROFIT', 'NOT_SET', 'ONLINE_GAMBLING', 'OTC_DRUGS', 'OTHER', 'PHYSICAL_GAMBLING',
  'PROFESSIONAL_SERVICES', 'PUBLIC_SERVICE', 'RESTAURANT', 'SHOPPING_AND_RETAIL', 'TRAVEL_AND_TRANSPORTATION',
] as const;
// biome-ignore format: a value list
export const META_LOCAL_STORAGES = [
  'AE', 'AU', 'BH', 'BR', 'CA', 'CH', 'DE', 'GB', 'ID', 'IN', 'JP', 'KR', 'SG', 'US', 'ZA',
] as const;
// biome-ignore format: a value list
export const SENDER_ERROR_CODES = [
  'CANNOT_ASSIGN_CREDIT_LINE', 'CANNOT_ASSIGN_SYSTEM_USER', 'CANNOT_CREATE_NEW_WHATSAPP_SENDER',
  'CANNOT_CREATE_WABA_FOR_BUSINESS', 'CANNOT_GET_DETAILS_FOR_CLOUD_API', 'CANNOT_GET_WABA_DETAILS',
  'CANNOT_REGISTER_NEW_WHATSAPP_SENDER', 'CANNOT_REGISTER_TO_CLOUD_API', 'CANNOT_SUBSCRIBE_TO_CLOUD_API',
  'CANNOT_SUBSCRIBE_TO_WEBHOOK', 'DUPLICATES_ON_SENDER_PHONE_NUMBER', 'FAILED_TO_FETCH_APPROVED_MESSAGE_TEMPLATES',
  'MULTIPLE_WABA_FOR_PROJECT_ID', 'NO_CERTIFICATE_AVAILABLE', 'NO_NOVA_ACCOUNT_ID', 'NO_PRICING_PLAN',
  'NO_PROJECT_ID', 'NO_VERIFIED_PHONE_NUMBER', 'NOT_VERIFIED_REQUESTED_PHONE_NUMBER',
  'NOT_VERIFY_BUSINESS_VIA_WHATSAPP', 'NOVA_ACCOUNT_ID_CONFLICT', 'PROJECT_ID_CONFLICT',
  'REQUESTED_PHONE_NUMBER_OR_COUNTRY_CODE_CONFLICT', 'SENDER_HAS_BEEN_DELETED',
  'WABA_CONNECTED_TO_ANOTHER_PROJECT', 'UNKNOWN_ERROR',
] as const;
// biome-ignore format: a value list
export const DAILY_LIMITS = [
  'NOT_SET', 'TIER_50', 'TIER_250', 'TIER_1K', 'TIER_2K', 'TIER_10K', 'TIER_100K', 'TIER_UNLIMITED',
] as const;
