import {
  charLength,
  checkEmail,
  checkLength,
  checkMinLength,
  checkUrl,
  type FieldError,
  Issues,
  type Maybe,
  type Mode,
  rejectNull,
} from '../../lib/validation.ts';
import type { CreateSenderInput, PartnerInitiatedDetailsInput } from './create-sender.ts';
import type { ProfileFieldsInput } from './profile.ts';
import type { SenderDetailsPatch, UpdateSenderInput } from './sender.ts';
import {
  COUNTRY_CODE,
  ES_BUSINESS_MANAGERS,
  INPUT_META_LOCAL_STORAGES,
  INPUT_REGIONS,
  INPUT_SENDER_VERTICALS,
  NUMBER_PROVIDERS,
  NUMERIC_PHONE,
  OTP,
} from './values.ts';

// Validation of the WhatsApp sender inputs against the spec's limits, before any upstream call: pure
// functions returning FieldErrors with paths into the mutation input (["input", "partnerInitiated",
// "details", "email"]). Messages never repeat the value (an input may carry a credential).

const VARIANTS = ['embeddedSignup', 'phoneProvisioning', 'partnerInitiated'] as const;

/** An enum value the request enum accepts (the graph's mirrored enums also hold UNRECOGNIZED and others). */
export function checkKnown(
  issues: Issues,
  key: string,
  value: Maybe<string>,
  known: readonly string[],
): void {
  if (value !== undefined && value !== null && !known.includes(value))
    issues.add(`Must be one of ${known.join(', ')}.`, key);
}

function checkPlacement(issues: Issues, region: Maybe<string>, storage: Maybe<string>): void {
  checkKnown(issues, 'region', region, INPUT_REGIONS);
  checkKnown(issues, 'metaLocalStorage', storage, INPUT_META_LOCAL_STORAGES);
}

function checkNumber(issues: Issues, countryCode: string, phoneNumber: Maybe<string>): void {
  if (!COUNTRY_CODE.test(countryCode))
    issues.add('Must be a country calling code without "+": 1 to 4 digits, e.g. "49".', 'countryCode');
  if (typeof phoneNumber === 'string' && !NUMERIC_PHONE.test(phoneNumber))
    issues.add('Must be 4 to 32 digits (the number without its country code).', 'phoneNumber');
}

/** The profile fields both the partner-initiated create and the update carry (null: skipped here). */
function checkProfile(issues: Issues, d: ProfileFieldsInput): void {
  if (typeof d.email === 'string') checkEmail(issues, 'email', d.email, 128);
  if (typeof d.address === 'string') checkLength(issues, 'address', d.address, 1, 256);
  for (const key of ['websiteOne', 'websiteTwo', 'photoUrl'] as const) {
    const value = d[key];
    if (typeof value === 'string') checkUrl(issues, key, value, 256);
  }
  if (typeof d.about === 'string') checkLength(issues, 'about', d.about, 1, 139);
}

function checkPartnerDetails(issues: Issues, d: PartnerInitiatedDetailsInput): void {
  checkLength(issues, 'displayName', d.displayName, 1, 128);
  checkKnown(issues, 'vertical', d.vertical, INPUT_SENDER_VERTICALS);
  checkNumber(issues, d.countryCode, d.phoneNumber);
  checkProfile(issues, d);
}

export function validateCreateSenderInput(input: CreateSenderInput): FieldError[] {
  const issues = new Issues();
  if (input.projectId.trim() === '') issues.add('Must not be empty.', 'projectId');
  const given = VARIANTS.filter((v) => input[v] !== undefined && input[v] !== null);
  if (given.length !== 1) {
    const message =
      given.length === 0
        ? `Exactly one of ${VARIANTS.join(', ')} must be given (none was).`
        : `Exactly one of ${VARIANTS.join(', ')} must be given (got ${given.join(' and ')}).`;
    for (const v of given.length === 0 ? VARIANTS : given) issues.add(message, v);
    return issues.errors;
  }
  const es = input.embeddedSignup;
  if (es) {
    const at = issues.at('embeddedSignup');
    checkPlacement(at, es.region, es.metaLocalStorage);
    checkKnown(at, 'businessManager', es.businessManager, ES_BUSINESS_MANAGERS);
    if (typeof es.authenticationCode === 'string')
      checkMinLength(at, 'authenticationCode', es.authenticationCode);
  }
  const pp = input.phoneProvisioning;
  if (pp) {
    const at = issues.at('phoneProvisioning');
    checkPlacement(at, pp.region, pp.metaLocalStorage);
    const details = at.at('details');
    checkNumber(details, pp.details.countryCode, pp.details.phoneNumber);
    checkLength(details, 'displayName', pp.details.displayName, 1, 128);
  }
  const pi = input.partnerInitiated;
  if (pi) {
    const at = issues.at('partnerInitiated');
    checkKnown(at, 'phoneNumberProvider', pi.phoneNumberProvider, NUMBER_PROVIDERS);
    checkPlacement(at, pi.region, pi.metaLocalStorage);
    checkPartnerDetails(at.at('details'), pi.details);
  }
  return issues.errors;
}

/** Whether a patch changes anything (the upstream's test): a value or a null does; absent keys do not. */
function effective(details: Maybe<SenderDetailsPatch>): boolean {
  return !!details && Object.values(details).some((v) => v !== undefined);
}

function checkPatch(issues: Issues, d: SenderDetailsPatch, mode: Mode): void {
  if (!rejectNull(issues, mode, 'displayName', d.displayName) && typeof d.displayName === 'string')
    checkLength(issues, 'displayName', d.displayName, 1, 128);
  if (!rejectNull(issues, mode, 'vertical', d.vertical))
    checkKnown(issues, 'vertical', d.vertical, INPUT_SENDER_VERTICALS);
  if (typeof d.description === 'string') checkLength(issues, 'description', d.description, 1, 512);
  checkProfile(issues, d);
  if (typeof d.username === 'string') checkMinLength(issues, 'username', d.username);
}

export function validateUpdateSenderInput(input: UpdateSenderInput): FieldError[] {
  const issues = new Issues();
  // The upstream answers a DRAFT patch without an effective field 400 no_fields_to_update; `submit` alone
  // submits the pending DRAFT or REJECTED changes.
  if (input.submit !== true && !effective(input.details))
    issues.add(
      'Must change at least one field (set a value, or null to delete one), unless submit is true.',
      'details',
    );
  if (input.details) checkPatch(issues.at('details'), input.details, 'update');
  return issues.errors;
}

export function validateVerifyInput(input: { code?: Maybe<string> }): FieldError[] {
  const issues = new Issues();
  if (input.code === null) return issues.errors;
  if (typeof input.code === 'string' && !(charLength(input.code) === 6 && OTP.test(input.code)))
    issues.add('Must be exactly 6 characters with no spaces.', 'code');
  return issues.errors;
}
