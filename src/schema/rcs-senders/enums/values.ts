// The value lists validation needs: the mirrored enums' values are the keys of their docs entries
// (docs.ts, in the upstream's order, contract §6); RCS_LAUNCH_COUNTRIES is input-only.
import { valuesOf } from '../../lib/enums.ts';
import type { COUNTRY_NAMES } from './country-names.ts';
import { RCS_ENUM_DOCS } from './docs.ts';

type CountryCode = keyof typeof COUNTRY_NAMES;

export const RCS_REGIONS = valuesOf(RCS_ENUM_DOCS.RcsRegion);
export const RCS_BILLING_CATEGORIES = valuesOf(RCS_ENUM_DOCS.RcsBillingCategory);
export const RCS_USE_CASES = valuesOf(RCS_ENUM_DOCS.RcsUseCase);
// biome-ignore format: a value list
export const RCS_LAUNCH_COUNTRIES = [
  'AT', 'BE', 'BR', 'CA', 'CZ', 'DK', 'FI', 'FR', 'DE', 'GR', 'HU', 'IT', 'LT', 'MX', 'NL', 'NO', 'PE',
  'PL', 'PT', 'SG', 'SK', 'ES', 'SE', 'US', 'GB',
] as const satisfies readonly CountryCode[];
/** ISO-3166 alpha-2 codes of the upstream response enum RcsCountryCode, in its order (country-names.ts). */
export const RCS_COUNTRY_CODES = valuesOf(RCS_ENUM_DOCS.RcsCountryCode);
