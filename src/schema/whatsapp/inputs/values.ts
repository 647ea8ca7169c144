import type {
  WhatsappRegistrationMethodValue,
  WhatsappVerticalValue,
} from '../../../upstream/whatsapp-types.ts';

// The values each WhatsApp request enum of the spec accepts. The graph's enums mirror the response enums
// (they carry UNRECOGNIZED, and NOT_SET/UNSPECIFIED where the upstream reports those), so the inputs that
// reuse them are checked against these lists before any upstream call (as RCS checks its mirrored enums).

export const INPUT_REGIONS = ['BR', 'EU', 'US'] as const;
// biome-ignore format: a value list
export const INPUT_META_LOCAL_STORAGES = [
  'AE', 'AU', 'BH', 'BR', 'CA', 'CH', 'DE', 'GB', 'ID', 'IN', 'JP', 'KR', 'SG', 'US', 'ZA',
] as const;
/** WhatsappInputBusinessManagersPublicDocumentationEnum: what Embedded Signup accepts. */
export const ES_BUSINESS_MANAGERS = ['SINCH_BR', 'SINCH_MX', 'SINCH_UK'] as const;
/** WhatsappInputBusinessManagersEnum: what createAccount accepts. */
export const ACCOUNT_BUSINESS_MANAGERS = [
  'SINCH_AMERICA',
  'SINCH_BR',
  'SINCH_MX',
  'SINCH_SEP',
  'SINCH_UK',
] as const;
export const NUMBER_PROVIDERS = ['CUSTOMER', 'SINCH'] as const;
// biome-ignore format: a value list
const ACCOUNT_VERTICALS = [
  'ALCOHOL', 'AUTOMOTIVE', 'BEAUTY_SPA_SALON', 'CLOTHING_AND_APPAREL', 'EDUCATION', 'ENTERTAINMENT',
  'EVENT_PLANNING_AND_SERVICE', 'FINANCE_AND_BANKING', 'FOOD_AND_GROCERY', 'HOTEL_AND_LODGING',
  'MEDICAL_AND_HEALTH', 'NON_PROFIT', 'OTC_DRUGS', 'OTHER', 'PHYSICAL_GAMBLING', 'PROFESSIONAL_SERVICES',
  'PUBLIC_SERVICE', 'RESTAURANT', 'SHOPPING_AND_RETAIL', 'TRAVEL_AND_TRANSPORTATION',
] as const satisfies readonly WhatsappVerticalValue[];
/** WhatsappInputAccountWhatsAppVerticalsEnum (senderDetails.businessCategory): no ONLINE_GAMBLING. */
export const INPUT_ACCOUNT_VERTICALS: readonly string[] = ACCOUNT_VERTICALS;
/** WhatsappSenderInputWhatsAppVerticalEnum (details.vertical of a sender). */
export const INPUT_SENDER_VERTICALS: readonly string[] = [...ACCOUNT_VERTICALS, 'ONLINE_GAMBLING'].sort();
export const REGISTRATION_METHODS = [
  'SMS',
  'VOICE',
] as const satisfies readonly WhatsappRegistrationMethodValue[];

// Formats the spec names without defining them (INFERRED, as the sandbox reads them): a country calling
// code without "+" (1 to 4 digits, no leading 0) and a phone number of 4 to 32 digits.
export const COUNTRY_CODE = /^[1-9]\d{0,3}$/;
export const NUMERIC_PHONE = /^\d{4,32}$/;
/** The verify OTP: "exactly 6 characters with no spaces". */
export const OTP = /^\S{6}$/u;
