import { createLogger, type Logger } from '../../../log.ts';
import { builder } from '../../builder.ts';
import { COUNTRY_NAMES } from './country-names.ts';
import * as D from './docs.ts';
import * as V from './values.ts';

export const UNRECOGNIZED = 'UNRECOGNIZED' as const;

const loggedUnknown = new Set<string>();
/**
 * Where unknown upstream enum values are reported (once per enum and value per process): a warn line of
 * `logger`, the process's own (src/log.ts) unless the wiring hands it the configured one. A mapper runs in
 * a resolver without the request's context, hence one per process.
 */
export const enumWarnings: {
  logger: Logger;
  log: (entry: { enum: string; value: string }) => void;
} = {
  logger: createLogger('warn'),
  log: (entry) => enumWarnings.logger.warn(entry, 'unknown upstream enum value'),
};

/**
 * Maps an upstream value onto a GraphQL enum that mirrors it: known values pass through, anything else
 * (a value a newer upstream added) becomes UNRECOGNIZED instead of failing the response.
 */
export function openEnumMapper<const T extends readonly string[]>(name: string, known: T) {
  const set = new Set<string>(known);
  return (value: string | null | undefined): T[number] | typeof UNRECOGNIZED | null => {
    if (value === null || value === undefined) return null;
    if (set.has(value)) return value as T[number];
    const key = `${name}:${value}`;
    if (!loggedUnknown.has(key)) {
      loggedUnknown.add(key);
      enumWarnings.log({ enum: name, value });
    }
    return UNRECOGNIZED;
  };
}

type ValueConfigs<K extends string> = {
  [V in K]: { value: V; description: string; deprecationReason?: string };
};

/** Enum values with their descriptions (and upstream deprecations), keyed and valued by the value itself. */
export function describedValues<const K extends string>(
  docs: Readonly<Record<K, string>>,
  deprecations: Partial<Readonly<Record<K, string>>> = {},
): ValueConfigs<K> {
  const configs: Record<string, { value: string; description: string; deprecationReason?: string }> = {};
  for (const value of Object.keys(docs) as K[]) {
    const reason = deprecations[value];
    configs[value] = { value, description: docs[value], ...(reason ? { deprecationReason: reason } : {}) };
  }
  return configs as ValueConfigs<K>;
}

function mirrored<const T extends readonly string[]>(
  name: string,
  values: T,
  description: string,
  docs: Readonly<Record<T[number], string>>,
  deprecations: Partial<Readonly<Record<T[number], string>>> = {},
) {
  // Declared in the order of the value list (the docs maps are typed by it, so none is missing).
  const ordered = Object.fromEntries(values.map((v) => [v, docs[v as T[number]]])) as Record<
    T[number],
    string
  >;
  const ref = builder.enumType(name, {
    description,
    values: describedValues<T[number] | typeof UNRECOGNIZED>(
      { ...ordered, [UNRECOGNIZED]: D.UNRECOGNIZED_DOC } as Record<T[number] | typeof UNRECOGNIZED, string>,
      deprecations,
    ),
  });
  return { ref, map: openEnumMapper(name, values) };
}

export const RcsSenderState = mirrored(
  'RcsSenderState',
  V.RCS_SENDER_STATES,
  'Lifecycle state of an RCS sender: DRAFT → IN_PROGRESS → IN_TEST → PREPARING_LAUNCH → LAUNCHING → LAUNCHED; UNLAUNCHED after being switched off; UNKNOWN when it cannot be determined.',
  D.SENDER_STATE_DOCS,
);
export const RcsTestNumberState = mirrored(
  'RcsTestNumberState',
  V.RCS_TEST_NUMBER_STATES,
  'State of a tester invite (testNumberStates[].state). Recovery from DECLINED, REJECTED or INVALID: delete the number and add it again.',
  D.TEST_NUMBER_STATE_DOCS,
);
export const RcsOperatorStatus = mirrored(
  'RcsOperatorStatus',
  V.RCS_OPERATOR_STATUSES,
  'Launch status in one country or with one operator: NOT_LAUNCHED → PENDING → LAUNCHED or REJECTED; later SUSPENDED, PENDING_UNLAUNCHED → UNLAUNCHED.',
  D.OPERATOR_STATUS_DOCS,
);
export const RcsActivityType = mirrored(
  'RcsActivityType',
  V.RCS_ACTIVITY_TYPES,
  'Kind of an activity-log entry (upstream notifications[].type).',
  D.ACTIVITY_TYPE_DOCS,
);
export const RcsRegion = mirrored(
  'RcsRegion',
  V.RCS_REGIONS,
  'Sinch region the sender is provisioned in; it must match the region of the Conversation API app it is linked to.',
  D.REGION_DOCS,
);
export const RcsHostingRegion = mirrored(
  'RcsHostingRegion',
  V.RCS_HOSTING_REGIONS,
  'Google-side hosting region of the RBM agent; set by the platform, read-only.',
  D.HOSTING_REGION_DOCS,
);
export const RcsBillingCategory = mirrored(
  'RcsBillingCategory',
  V.RCS_BILLING_CATEGORIES,
  'RBM billing category, fixed at creation. BASIC_MESSAGE and SINGLE_MESSAGE are deprecated (use NON_CONVERSATIONAL); CONVERSATIONAL_LEGACY is deprecated (use CONVERSATIONAL). Deprecated values are still accepted.',
  D.BILLING_CATEGORY_DOCS,
  D.BILLING_CATEGORY_DEPRECATIONS,
);
export const RcsUseCase = mirrored(
  'RcsUseCase',
  V.RCS_USE_CASES,
  'Declared messaging use case of the sender, fixed at creation; decides the launch questionnaire.',
  D.USE_CASE_DOCS,
);
export const RcsFeature = mirrored(
  'RcsFeature',
  V.RCS_FEATURES,
  "An RBM feature the tester's device supports (suggested actions, rich cards, message revocation).",
  D.FEATURE_DOCS,
);
export const RcsChannelStatus = mirrored(
  'RcsChannelStatus',
  V.RCS_CHANNEL_STATUSES,
  'Health of the RCS channel on the linked Conversation API app.',
  D.CHANNEL_STATUS_DOCS,
);
export const RcsBrandStatus = mirrored(
  'RcsBrandStatus',
  V.RCS_BRAND_STATUSES,
  'Status of the brand record of the US brand/campaign flow (brandDetails.status).',
  D.BRAND_STATUS_DOCS,
);
export const RcsBrandRegistrationStatus = mirrored(
  'RcsBrandRegistrationStatus',
  V.RCS_BRAND_REGISTRATION_STATUSES,
  'Status of the running brand registration process (brandDetails.registration.status): NEW → PENDING, PENDING_REVIEW, MANUAL_REVIEW or INCOMPLETE → COMPLETED, REJECTED or ARCHIVED.',
  D.BRAND_REGISTRATION_STATUS_DOCS,
);
export const RcsCountryCode = mirrored(
  'RcsCountryCode',
  V.RCS_COUNTRY_CODES,
  'ISO-3166 alpha-2 country code, as the upstream reports countries (the full list; launches are possible in the 25 of RcsLaunchCountry).',
  COUNTRY_NAMES,
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
