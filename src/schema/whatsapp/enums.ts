import { mirroredEnum, UNRECOGNIZED } from '../lib/enums.ts';
import * as D from './enum-docs.ts';

// The WhatsApp enums of the graph, each mirroring an upstream enum (contract whatsapp-and-webhooks.md §2–3)
// plus UNRECOGNIZED, which an unknown upstream value maps to (logged once), as the RCS enums do. The
// upstream sender `state` has no UNRECOGNIZED of its own: a state a newer upstream adds still reads, as
// UNRECOGNIZED here. The upstream's own UNRECOGNIZED values are the same value.

export const WhatsappSenderState = mirroredEnum(
  'WhatsappSenderState',
  'Lifecycle state of a WhatsApp sender: IN_PROGRESS → PENDING_VERIFICATION → (register, verify) → ACTIVE; INACTIVE, SUSPENDED or ERROR otherwise.',
  D.SENDER_STATE_DOCS,
);
export const WhatsappSenderChangeStatus = mirroredEnum(
  'WhatsappSenderChangeStatus',
  'Status of the pending changes of a WhatsApp sender (changes.status).',
  D.CHANGE_STATUS_DOCS,
  { deprecations: { MULTIPLE_WABA_ERROR: 'Deprecated upstream.' } },
);
export const WhatsappMetadataStatus = mirroredEnum(
  'WhatsappMetadataStatus',
  'Approval status of a display name or username Meta reviews (metadata.*.status).',
  D.METADATA_STATUS_DOCS,
);
export const WhatsappSenderActivityType = mirroredEnum(
  'WhatsappSenderActivityType',
  "Kind of an entry of a WhatsApp sender's activity log (notifications[].type).",
  D.SENDER_ACTIVITY_TYPE_DOCS,
);
export const WhatsappQualityRating = mirroredEnum(
  'WhatsappQualityRating',
  "Meta's quality rating of the sender's messaging (qualityRating).",
  D.QUALITY_RATING_DOCS,
);
export const WhatsappRegion = mirroredEnum(
  'WhatsappRegion',
  'Sinch region (region, compatibleRegions, conversationApiAppDetails.region).',
  D.REGION_DOCS,
);
export const WhatsappMetaLocalStorage = mirroredEnum(
  'WhatsappMetaLocalStorage',
  "Where Meta stores the sender's data (metaLocalStorage): an ISO 3166 country, or UNSPECIFIED.",
  {
    ...(Object.fromEntries(
      D.META_LOCAL_STORAGES.map((c) => [c, `Meta local storage in ${c} (ISO 3166 alpha-2).`]),
    ) as Record<(typeof D.META_LOCAL_STORAGES)[number], string>),
    UNSPECIFIED: 'No local storage: the default of the region.',
  },
);
export const WhatsappBusinessManager = mirroredEnum(
  'WhatsappBusinessManager',
  'The Sinch business manager the sender or account is provisioned under (businessManager).',
  D.BUSINESS_MANAGER_DOCS,
);
export const WhatsappNumberProvider = mirroredEnum(
  'WhatsappNumberProvider',
  "Who provides the sender's phone number (numberProvider).",
  D.NUMBER_PROVIDER_DOCS,
);
export const WhatsappChannelStatus = mirroredEnum(
  'WhatsappChannelStatus',
  'Health of the WhatsApp channel on the linked Conversation API app (channelStatus).',
  D.CHANNEL_STATUS_DOCS,
);
export const WhatsappVertical = mirroredEnum(
  'WhatsappVertical',
  'Business vertical of a WhatsApp profile (details.vertical, senderDetails.businessCategory).',
  D.humanDocs(D.VERTICALS),
);
export const WhatsappSenderErrorCode = mirroredEnum(
  'WhatsappSenderErrorCode',
  'Why a sender or its changes went to ERROR (changes.errorCode); the upstream describes the codes by name only.',
  D.humanDocs(D.SENDER_ERROR_CODES),
);
export const WhatsappDailyLimit = mirroredEnum(
  'WhatsappDailyLimit',
  "Meta's messaging limit tier: business-initiated conversations per 24 hours (businessDailyLimit).",
  D.humanDocs(D.DAILY_LIMITS),
);
export const WhatsappAccountState = mirroredEnum(
  'WhatsappAccountState',
  "State of a project's WhatsApp account: PENDING_FACEBOOK_VERIFICATION → ONBOARDED or REJECTED.",
  D.ACCOUNT_STATE_DOCS,
);
export const WhatsappAccountChangeStatus = mirroredEnum(
  'WhatsappAccountChangeStatus',
  'Status of the pending changes of the WhatsApp account (changes.status).',
  D.ACCOUNT_CHANGE_STATUS_DOCS,
);
export const WhatsappAccountActivityType = mirroredEnum(
  'WhatsappAccountActivityType',
  "Kind of an entry of the WhatsApp account's activity log (notifications[].type).",
  D.ACCOUNT_ACTIVITY_TYPE_DOCS,
);
export const WhatsappWabaBanState = mirroredEnum(
  'WhatsappWabaBanState',
  'Ban state of the WhatsApp Business Account (wabaBanState).',
  D.WABA_BAN_STATE_DOCS,
);

/** Upstream `compatibleRegions` are lower case (br, eu, us): read as the region enum. */
export const mapCompatibleRegions = (regions: readonly string[] | undefined) =>
  (regions ?? []).map((r) => WhatsappRegion.map(r.toUpperCase()) ?? UNRECOGNIZED);
