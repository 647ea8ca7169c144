import { describeEach, type EnumDocsTable } from '../lib/enums.ts';

// What the Docs pane says of each WhatsApp enum and its values, keyed by the enum's name: paraphrased from
// contract/upstream/whatsapp-and-webhooks.md §2–3 and the x-enumDescriptions of the two spec files. The
// keys of `values` are the values (enums.ts mirrors exactly them, in this order). An enum whose values the
// spec does not describe (verticals, error codes, local storages, daily limits) reads its value as words.

/** "CANNOT_ASSIGN_CREDIT_LINE" → "Cannot assign credit line." */
const words = (value: string) => `${value.charAt(0)}${value.slice(1).toLowerCase().replaceAll('_', ' ')}.`;

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

export const WHATSAPP_ENUM_DOCS = {
  WhatsappSenderState: {
    about:
      'Lifecycle state of a WhatsApp sender: IN_PROGRESS → PENDING_VERIFICATION → (register, verify) → ACTIVE; INACTIVE, SUSPENDED or ERROR otherwise.',
    values: {
      ACTIVE: 'The sender is live and can send messages.',
      IN_PROGRESS: 'Sinch and Meta are setting the sender up.',
      INACTIVE: 'The sender is switched off.',
      PENDING_VERIFICATION:
        'The phone number awaits verification: `register` sends an OTP, `verify` checks it.',
      SUSPENDED: 'Meta suspended the sender (the upstream does not document what it still allows).',
      ERROR: 'Setting the sender up failed; `changes.errorCode` and `changes.errorReason` say why.',
    },
  },
  WhatsappSenderChangeStatus: {
    about: 'Status of the pending changes of a WhatsApp sender (changes.status).',
    values: {
      DRAFT: 'Saved, not submitted: a later update with `status: SUBMIT` submits it.',
      ERROR: 'Applying the changes failed (errorCode, errorReason).',
      IN_PROGRESS: 'Submitted and under review.',
      MULTIPLE_WABA_ERROR: 'Several WhatsApp Business Accounts matched.',
      REJECTED: 'The review rejected the changes; they can be edited and submitted again.',
    },
    deprecations: { MULTIPLE_WABA_ERROR: 'Deprecated upstream.' },
  },
  WhatsappMetadataStatus: {
    about: 'Approval status of a display name or username Meta reviews (metadata.*.status).',
    values: {
      APPROVED: 'Meta approved the requested value.',
      DEFERRED: 'The review was deferred.',
      DELETED: 'The value was deleted.',
      EXPIRED: 'The request expired.',
      PENDING: 'Meta is reviewing the requested value.',
      REJECTED: 'Meta rejected the requested value (rejectionReason).',
      RESERVED: 'The value (a username) is reserved.',
      UNSPECIFIED: 'The upstream reported no status.',
    },
  },
  WhatsappSenderActivityType: {
    about: "Kind of an entry of a WhatsApp sender's activity log (notifications[].type).",
    values: {
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
    },
  },
  WhatsappQualityRating: {
    about: "Meta's quality rating of the sender's messaging (qualityRating).",
    values: {
      GREEN: 'High quality (Meta rating).',
      YELLOW: 'Medium quality (Meta rating).',
      RED: 'Low quality (Meta rating): sending limits may drop.',
      UNKNOWN: 'Meta has not rated the sender yet.',
    },
  },
  WhatsappRegion: {
    about: 'Sinch region (region, compatibleRegions, conversationApiAppDetails.region).',
    values: {
      BR: 'Brazil.',
      EU: 'Europe.',
      US: 'United States.',
    },
  },
  WhatsappMetaLocalStorage: {
    about: "Where Meta stores the sender's data (metaLocalStorage): an ISO 3166 country, or UNSPECIFIED.",
    values: {
      ...describeEach(META_LOCAL_STORAGES, (c) => `Meta local storage in ${c} (ISO 3166 alpha-2).`),
      UNSPECIFIED: 'No local storage: the default of the region.',
    },
  },
  WhatsappBusinessManager: {
    about: 'The Sinch business manager the sender or account is provisioned under (businessManager).',
    values: {
      SINCH_AMERICA: 'Sinch America business manager.',
      SINCH_BR: 'Sinch Brazil business manager.',
      SINCH_MX: 'Sinch Mexico business manager.',
      SINCH_SEP: 'Sinch SEP business manager.',
      SINCH_UK: 'Sinch UK business manager (the only one in region EU).',
    },
  },
  WhatsappNumberProvider: {
    about: "Who provides the sender's phone number (numberProvider).",
    values: {
      CUSTOMER: "The customer's own number.",
      SINCH: 'A number provided by Sinch.',
    },
  },
  WhatsappChannelStatus: {
    about: 'Health of the WhatsApp channel on the linked Conversation API app (channelStatus).',
    values: {
      ACTIVE: 'The channel credentials work.',
      FAILING: 'The channel credentials fail.',
      PENDING: 'The channel integration is being set up.',
    },
  },
  WhatsappVertical: {
    about: 'Business vertical of a WhatsApp profile (details.vertical, senderDetails.businessCategory).',
    values: describeEach(VERTICALS, words),
  },
  WhatsappSenderErrorCode: {
    about:
      'Why a sender or its changes went to ERROR (changes.errorCode); the upstream describes the codes by name only.',
    values: describeEach(SENDER_ERROR_CODES, words),
  },
  WhatsappDailyLimit: {
    about: "Meta's messaging limit tier: business-initiated conversations per 24 hours (businessDailyLimit).",
    values: describeEach(DAILY_LIMITS, words),
  },
  WhatsappAccountState: {
    about: "State of a project's WhatsApp account: PENDING_FACEBOOK_VERIFICATION → ONBOARDED or REJECTED.",
    values: {
      ONBOARDED: 'The account is onboarded: senders can be created.',
      PENDING_FACEBOOK_VERIFICATION: 'Waiting for Meta (Facebook) to verify the business.',
      REJECTED: 'Onboarding was rejected; the account can be updated (and is then IN_PROGRESS again).',
    },
  },
  WhatsappAccountChangeStatus: {
    about: 'Status of the pending changes of the WhatsApp account (changes.status).',
    values: {
      DRAFT: 'Saved, not submitted.',
      IN_PROGRESS: 'Submitted and under review.',
      PENDING_FACEBOOK_VERIFICATION: 'Waiting for Meta (Facebook) to verify the changes.',
      REJECTED: 'The changes were rejected.',
    },
  },
  WhatsappAccountActivityType: {
    about: "Kind of an entry of the WhatsApp account's activity log (notifications[].type).",
    values: {
      COMMENT_ADDED: 'A comment was added, by the API or by Sinch; `comment` and `author` carry it.',
      CREATED: 'The account was created.',
      DRAFT: 'Changes were saved as a draft.',
      EDITED: 'The account was changed.',
      IN_PROGRESS: 'The account or its changes went under review.',
      PENDING_FACEBOOK_VERIFICATION: 'Waiting for Meta (Facebook) verification.',
      REJECTED: 'The account or its changes were rejected.',
    },
  },
  WhatsappWabaBanState: {
    about: 'Ban state of the WhatsApp Business Account (wabaBanState).',
    values: {
      DISABLE: 'The WhatsApp Business Account is banned.',
      REINSTATE: 'The WhatsApp Business Account was reinstated.',
      SCHEDULE_FOR_DISABLE: 'A ban of the WhatsApp Business Account is scheduled (wabaBanDate).',
    },
  },
} as const satisfies EnumDocsTable;
