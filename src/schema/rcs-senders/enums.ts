import { builder } from '../builder.ts';
import * as V from './enum-values.ts';

export const UNRECOGNIZED = 'UNRECOGNIZED';

const loggedUnknown = new Set<string>();
/** Where unknown upstream enum values are reported (once per enum and value per process). */
export const enumWarnings: { log: (entry: { enum: string; value: string }) => void } = {
  log: (entry) =>
    process.stderr.write(
      `${JSON.stringify({ level: 'warn', msg: 'unknown upstream enum value', ...entry })}\n`,
    ),
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

function mirrored<const T extends readonly string[]>(name: string, values: T, description: string) {
  const ref = builder.enumType(name, { description, values: [...values, UNRECOGNIZED] as const });
  return { ref, map: openEnumMapper(name, values) };
}

export const RcsSenderState = mirrored(
  'RcsSenderState',
  V.RCS_SENDER_STATES,
  'Lifecycle state of an RCS sender: DRAFT (saved, incomplete) → IN_PROGRESS (being registered) → IN_TEST (usable with verified test numbers) → PREPARING_LAUNCH → LAUNCHING (operator/Google review) → LAUNCHED (live); UNLAUNCHED after being switched off; UNKNOWN when it cannot be determined.',
);
export const RcsTestNumberState = mirrored(
  'RcsTestNumberState',
  V.RCS_TEST_NUMBER_STATES,
  'State of a tester invite: UNVERIFIED/PENDING (invite sent), VERIFIED (accepted on the device), DECLINED, EXPIRED (no answer in time), FAILED (invite could not be created), INVALID (bad number), REJECTED (operator/Google refusal).',
);
export const RcsOperatorStatus = mirrored(
  'RcsOperatorStatus',
  V.RCS_OPERATOR_STATUSES,
  'Launch status in one country or with one operator: NOT_LAUNCHED → PENDING → LAUNCHED or REJECTED; later SUSPENDED, PENDING_UNLAUNCHED → UNLAUNCHED; INVALID_IN_GOOGLE_MY_BUSINESS when GMB verification fails.',
);
export const RcsActivityType = mirrored(
  'RcsActivityType',
  V.RCS_ACTIVITY_TYPES,
  'Kind of an activity-log entry.',
);
export const RcsRegion = mirrored(
  'RcsRegion',
  V.RCS_REGIONS,
  'Region the sender is provisioned in; it must match the Conversation API app region it is linked to.',
);
export const RcsHostingRegion = mirrored(
  'RcsHostingRegion',
  V.RCS_HOSTING_REGIONS,
  'Internal Google hosting region of the agent.',
);
export const RcsBillingCategory = mirrored(
  'RcsBillingCategory',
  V.RCS_BILLING_CATEGORIES,
  'Billing category. BASIC_MESSAGE and SINGLE_MESSAGE are deprecated (use NON_CONVERSATIONAL); CONVERSATIONAL_LEGACY is deprecated (use CONVERSATIONAL).',
);
export const RcsUseCase = mirrored(
  'RcsUseCase',
  V.RCS_USE_CASES,
  'What the sender is used for; decides the launch questionnaire.',
);
export const RcsFeature = mirrored('RcsFeature', V.RCS_FEATURES, "An RBM capability of a tester's device.");
export const RcsChannelStatus = mirrored(
  'RcsChannelStatus',
  V.RCS_CHANNEL_STATUSES,
  'Status of the RCS channel of the linked Conversation API app.',
);
export const RcsBrandStatus = mirrored(
  'RcsBrandStatus',
  V.RCS_BRAND_STATUSES,
  'Status of the brand (US campaign registration).',
);
export const RcsBrandRegistrationStatus = mirrored(
  'RcsBrandRegistrationStatus',
  V.RCS_BRAND_REGISTRATION_STATUSES,
  'Status of the brand registration process.',
);
export const RcsCountryCode = mirrored(
  'RcsCountryCode',
  V.RCS_COUNTRY_CODES,
  'ISO-3166 alpha-2 country code, as the upstream reports countries.',
);

// Input-only enums: a client can only send values the upstream accepts, so no UNRECOGNIZED.
export const RcsLaunchCountry = builder.enumType('RcsLaunchCountry', {
  description: 'A country an RCS sender can be launched in (the 25 the upstream accepts).',
  values: V.RCS_LAUNCH_COUNTRIES,
});
export const RcsSenderOrderField = builder.enumType('RcsSenderOrderField', {
  values: ['CREATED', 'MODIFIED', 'NAME', 'STATE'] as const,
});
export const OrderDirection = builder.enumType('OrderDirection', { values: ['ASC', 'DESC'] as const });
export const RcsUsQuestionnaireVersion = builder.enumType('RcsUsQuestionnaireVersion', {
  description: 'Version of the US questionnaire: V1 (legacy, deprecated) or V2 (brand campaign).',
  values: { V1: { value: 'v1' }, V2: { value: 'v2' } } as const,
});
export const RcsUsBrandCampaignVersion = builder.enumType('RcsUsBrandCampaignVersion', {
  values: ['NON_US_PRIVATE', 'NON_US_PUBLIC', 'US_PRIVATE', 'US_PUBLIC'] as const,
});
