import { builder } from '../../builder.ts';
import { describedValues, mirroredEnum } from '../../lib/enums.ts';
import { COUNTRY_NAMES } from './country-names.ts';
import * as D from './docs.ts';
import * as V from './values.ts';

export const RcsSenderState = mirroredEnum(
  'RcsSenderState',
  'Lifecycle state of an RCS sender: DRAFT → IN_PROGRESS → IN_TEST → PREPARING_LAUNCH → LAUNCHING → LAUNCHED; UNLAUNCHED after being switched off; UNKNOWN when it cannot be determined.',
  D.SENDER_STATE_DOCS,
  { values: V.RCS_SENDER_STATES },
);
export const RcsTestNumberState = mirroredEnum(
  'RcsTestNumberState',
  'State of a tester invite (testNumberStates[].state). Recovery from DECLINED, REJECTED or INVALID: delete the number and add it again.',
  D.TEST_NUMBER_STATE_DOCS,
  { values: V.RCS_TEST_NUMBER_STATES },
);
export const RcsOperatorStatus = mirroredEnum(
  'RcsOperatorStatus',
  'Launch status in one country or with one operator: NOT_LAUNCHED → PENDING → LAUNCHED or REJECTED; later SUSPENDED, PENDING_UNLAUNCHED → UNLAUNCHED.',
  D.OPERATOR_STATUS_DOCS,
  { values: V.RCS_OPERATOR_STATUSES },
);
export const RcsActivityType = mirroredEnum(
  'RcsActivityType',
  'Kind of an activity-log entry (upstream notifications[].type).',
  D.ACTIVITY_TYPE_DOCS,
  { values: V.RCS_ACTIVITY_TYPES },
);
export const RcsRegion = mirroredEnum(
  'RcsRegion',
  'Sinch region the sender is provisioned in; it must match the region of the Conversation API app it is linked to.',
  D.REGION_DOCS,
  { values: V.RCS_REGIONS },
);
export const RcsHostingRegion = mirroredEnum(
  'RcsHostingRegion',
  'Google-side hosting region of the RBM agent; set by the platform, read-only.',
  D.HOSTING_REGION_DOCS,
  { values: V.RCS_HOSTING_REGIONS },
);
export const RcsBillingCategory = mirroredEnum(
  'RcsBillingCategory',
  'RBM billing category, fixed at creation. BASIC_MESSAGE and SINGLE_MESSAGE are deprecated (use NON_CONVERSATIONAL); CONVERSATIONAL_LEGACY is deprecated (use CONVERSATIONAL). Deprecated values are still accepted.',
  D.BILLING_CATEGORY_DOCS,
  { values: V.RCS_BILLING_CATEGORIES, deprecations: D.BILLING_CATEGORY_DEPRECATIONS },
);
export const RcsUseCase = mirroredEnum(
  'RcsUseCase',
  'Declared messaging use case of the sender, fixed at creation; decides the launch questionnaire.',
  D.USE_CASE_DOCS,
  { values: V.RCS_USE_CASES },
);
export const RcsFeature = mirroredEnum(
  'RcsFeature',
  "An RBM feature the tester's device supports (suggested actions, rich cards, message revocation).",
  D.FEATURE_DOCS,
  { values: V.RCS_FEATURES },
);
export const RcsChannelStatus = mirroredEnum(
  'RcsChannelStatus',
  'Health of the RCS channel on the linked Conversation API app.',
  D.CHANNEL_STATUS_DOCS,
  { values: V.RCS_CHANNEL_STATUSES },
);
export const RcsBrandStatus = mirroredEnum(
  'RcsBrandStatus',
  'Status of the brand record of the US brand/campaign flow (brandDetails.status).',
  D.BRAND_STATUS_DOCS,
  { values: V.RCS_BRAND_STATUSES },
);
export const RcsBrandRegistrationStatus = mirroredEnum(
  'RcsBrandRegistrationStatus',
  'Status of the running brand registration process (brandDetails.registration.status): NEW → PENDING, PENDING_REVIEW, MANUAL_REVIEW or INCOMPLETE → COMPLETED, REJECTED or ARCHIVED.',
  D.BRAND_REGISTRATION_STATUS_DOCS,
  { values: V.RCS_BRAND_REGISTRATION_STATUSES },
);
export const RcsCountryCode = mirroredEnum(
  'RcsCountryCode',
  'ISO-3166 alpha-2 country code, as the upstream reports countries (the full list; launches are possible in the 25 of RcsLaunchCountry).',
  COUNTRY_NAMES,
  { values: V.RCS_COUNTRY_CODES },
);

// Input-only enums: a client can only send values the upstream accepts, so no UNRECOGNIZED.
export const RcsLaunchCountry = builder.enumType('RcsLaunchCountry', {
  description:
    'A country an RCS sender can be launched in (the 25 the upstream accepts, ISO-3166 alpha-2). Every launch needs the general and verification questionnaire sections; GB, FR and US need their own section too.',
  values: describedValues(
    Object.fromEntries(
      V.RCS_LAUNCH_COUNTRIES.map((c) => [c, `${COUNTRY_NAMES[c]}.${D.LAUNCH_COUNTRY_NOTES[c] ?? ''}`]),
    ) as Record<(typeof V.RCS_LAUNCH_COUNTRIES)[number], string>,
  ),
});
export const RcsSenderOrderField = builder.enumType('RcsSenderOrderField', {
  description: 'Column the sender list is sorted by (upstream sortColumn).',
  values: describedValues({
    CREATED: 'Creation time.',
    MODIFIED: 'Last modification time.',
    NAME: 'Brand name (details.brand.name).',
    STATE: 'Lifecycle state.',
  }),
});
export const OrderDirection = builder.enumType('OrderDirection', {
  description: 'Sort direction (upstream sortDirection).',
  values: describedValues({ ASC: 'Ascending: oldest, A first.', DESC: 'Descending: newest, Z first.' }),
});
export const RcsUsQuestionnaireVersion = builder.enumType('RcsUsQuestionnaireVersion', {
  description: 'Generation of the US questionnaire (upstream usQuestionnaireVersion v1 | v2).',
  values: {
    V1: {
      value: 'v1',
      description: 'The legacy US questions (ein, fullCompanyAddress, smsCampaign, free-text brandIndustry).',
      deprecationReason: 'Legacy upstream: use V2.',
    },
    V2: { value: 'v2', description: 'The current US "brand campaign" questions.' },
  } as const,
});
export const RcsUsBrandCampaignVersion = builder.enumType('RcsUsBrandCampaignVersion', {
  description:
    'Variant of the US v2 questions (upstream usQuestionnaireBrandCampaignVersion): decides whether addressState and the stock fields are asked.',
  values: describedValues({
    NON_US_PRIVATE: 'Private company with a non-US tax id: no addressState, no stock fields.',
    NON_US_PUBLIC: 'Listed CORPORATION with a non-US tax id: stock fields, no addressState.',
    US_PRIVATE: 'Private company with a US tax id (EIN): addressState, no stock fields.',
    US_PUBLIC: 'Listed CORPORATION with a US tax id (EIN): addressState and stock fields.',
  }),
});
