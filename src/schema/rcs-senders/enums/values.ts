// The values of each upstream enum that this version of the graph knows (contract §6).
// Every mirrored enum also has UNRECOGNIZED in GraphQL, which an unknown upstream value maps to.
import { COUNTRY_NAMES } from './country-names.ts';

type CountryCode = keyof typeof COUNTRY_NAMES;

export const RCS_SENDER_STATES = [
  'DRAFT',
  'IN_PROGRESS',
  'IN_TEST',
  'PREPARING_LAUNCH',
  'LAUNCHING',
  'LAUNCHED',
  'UNLAUNCHED',
  'UNKNOWN',
] as const;
export const RCS_TEST_NUMBER_STATES = [
  'UNVERIFIED',
  'PENDING',
  'VERIFIED',
  'DECLINED',
  'EXPIRED',
  'FAILED',
  'INVALID',
  'REJECTED',
] as const;
export const RCS_OPERATOR_STATUSES = [
  'NOT_LAUNCHED',
  'PENDING',
  'LAUNCHED',
  'REJECTED',
  'SUSPENDED',
  'PENDING_UNLAUNCHED',
  'UNLAUNCHED',
  'INVALID_IN_GOOGLE_MY_BUSINESS',
] as const;
export const RCS_ACTIVITY_TYPES = [
  'ACTIVE',
  'COMMENT_ADDED',
  'CREATED',
  'DELETED',
  'EDITED',
  'INACTIVE',
  'TEST',
] as const;
export const RCS_REGIONS = ['BR', 'EU', 'US'] as const;
export const RCS_HOSTING_REGIONS = ['ASIA_PACIFIC', 'EUROPE', 'NORTH_AMERICA'] as const;
export const RCS_BILLING_CATEGORIES = [
  'CONVERSATIONAL',
  'NON_CONVERSATIONAL',
  'BASIC_MESSAGE',
  'CONVERSATIONAL_LEGACY',
  'SINGLE_MESSAGE',
] as const;
export const RCS_USE_CASES = ['MULTIUSE', 'OTP', 'PROMOTIONAL', 'TRANSACTIONAL'] as const;
export const RCS_FEATURES = [
  'ACTION_COMPOSE',
  'ACTION_CREATE_CALENDAR_EVENT',
  'ACTION_DIAL',
  'ACTION_OPEN_URL',
  'ACTION_OPEN_URL_IN_WEBVIEW',
  'ACTION_SHARE_LOCATION',
  'ACTION_VIEW_LOCATION',
  'REVOCATION',
  'RICHCARD_CAROUSEL',
  'RICHCARD_STANDALONE',
  'FEATURE_UNSPECIFIED',
] as const;
// biome-ignore format: a value list
export const RCS_LAUNCH_COUNTRIES = [
  'AT', 'BE', 'BR', 'CA', 'CZ', 'DK', 'FI', 'FR', 'DE', 'GR', 'HU', 'IT', 'LT', 'MX', 'NL', 'NO', 'PE',
  'PL', 'PT', 'SG', 'SK', 'ES', 'SE', 'US', 'GB',
] as const satisfies readonly CountryCode[];
export const RCS_CHANNEL_STATUSES = ['ACTIVE', 'FAILING', 'PENDING'] as const;
export const RCS_BRAND_STATUSES = ['ARCHIVED', 'COMPLETED', 'DRAFT', 'UNSPECIFIED'] as const;
export const RCS_BRAND_REGISTRATION_STATUSES = [
  'ARCHIVED',
  'COMPLETED',
  'INCOMPLETE',
  'MANUAL_REVIEW',
  'NEW',
  'PENDING',
  'PENDING_REVIEW',
  'REJECTED',
  'UNSPECIFIED',
] as const;
/** ISO-3166 alpha-2 codes of the upstream response enum RcsCountryCode, in its order (country-names.ts). */
export const RCS_COUNTRY_CODES = Object.keys(COUNTRY_NAMES) as readonly CountryCode[];
