// WhatsApp request bodies against the two WhatsApp documents (validation/contract.ts loads them): the
// schema walk of validation/walker.ts plus the formats the walker does not know ("country code", "numeric
// phone number", "otp"). Undeclared properties → 400 invalid_payload; other problems → 400 invalid_input.
import { schemaNamed } from '../validation/contract.ts';
import { walk } from '../validation/walker.ts';
import { waInvalidInput, waInvalidPayload } from './errors.ts';
import type { WaVariant } from './model.ts';

type Body = Record<string, unknown> | undefined;

const COUNTRY_CODE = /^[1-9]\d{0,3}$/;
const NUMERIC_PHONE = /^\d{4,32}$/;

function check(body: Body, schemaName: string, allowNull: boolean, extra: string[] = []): void {
  const { errors, unknown } = walk(body ?? {}, schemaNamed(schemaName), { allowNull });
  if (unknown.length > 0) throw waInvalidPayload(unknown.map((p) => `property ${p} should not exist`));
  const all = [...errors, ...extra];
  if (all.length > 0) throw waInvalidInput([...new Set(all)]);
}

function phoneErrors(details: unknown): string[] {
  if (!details || typeof details !== 'object') return [];
  const d = details as Record<string, unknown>;
  const out: string[] = [];
  if (typeof d.countryCode === 'string' && !COUNTRY_CODE.test(d.countryCode))
    out.push('details.countryCode must be a valid country code');
  if (typeof d.phoneNumber === 'string' && !NUMERIC_PHONE.test(d.phoneNumber))
    out.push('details.phoneNumber must be a numeric phone number');
  return out;
}

const PHONE_PROVISIONING_DETAILS = ['countryCode', 'phoneNumber', 'displayName'];

/**
 * Which of the four createSender bodies (an `anyOf` upstream) a request is, from the fields it has
 * (INFERRED: the spec does not say how upstream tells them apart): Facebook token/code or `name` → the
 * deprecated one; `wabaId`/`phoneNumberId`/`authenticationCode` → Embedded Signup; `phoneNumberProvider`,
 * `status`, `saveDraftOnFailure` or business-profile details → partner-initiated; otherwise phone provisioning.
 */
export function createVariant(body: Body): WaVariant {
  const b = body ?? {};
  const has = (...keys: string[]) => keys.some((k) => k in b);
  if (has('facebookAccessToken', 'facebookCode', 'name')) return 'DEPRECATED';
  if (has('wabaId', 'phoneNumberId', 'authenticationCode')) return 'ES';
  const details = b.details && typeof b.details === 'object' ? Object.keys(b.details) : [];
  if (
    has('phoneNumberProvider', 'status', 'saveDraftOnFailure') ||
    details.some((k) => !PHONE_PROVISIONING_DETAILS.includes(k))
  )
    return 'PARTNER_INITIATED';
  return 'PHONE_PROVISIONING';
}

const CREATE_SCHEMAS: Record<WaVariant, string> = {
  ES: 'WhatsappSenderInputEsDto',
  PHONE_PROVISIONING: 'WhatsappInputSenderPhoneProvisioningDto',
  PARTNER_INITIATED: 'WhatsappInputSenderPartnerInitiatedDto',
  DEPRECATED: 'WhatsappSenderInputDtoDeprecated',
};

export function validateCreateSender(body: Body): WaVariant {
  const variant = createVariant(body);
  check(body, CREATE_SCHEMAS[variant], false, phoneErrors(body?.details));
  return variant;
}

/** The null checks class-validator adds for the two details fields PATCH may not delete. */
function notNullErrors(details: unknown): string[] {
  if (!details || typeof details !== 'object') return [];
  const d = details as Record<string, unknown>;
  const out: string[] = [];
  if (d.displayName === null) {
    out.push(
      'details.displayName must be a string',
      'details.displayName must be longer than or equal to 1 characters',
      'details.displayName must be shorter than or equal to 128 characters',
      'details.displayName should not be equal to null',
    );
  }
  if (d.vertical === null) out.push('details.vertical should not be equal to null');
  return out;
}

export function validateUpdateSender(body: Body): { submit: boolean; details: Record<string, unknown> } {
  check(body, 'WhatsappUpdateSenderInputDto', true, notNullErrors(body?.details));
  return {
    submit: body?.status === 'SUBMIT',
    details: (body?.details ?? {}) as Record<string, unknown>,
  };
}

export function validateRegister(body: Body): string {
  check(body, 'WhatsappSenderInputRegisterDto', false);
  return body?.method as string;
}

/** `code` is optional (Meta may have verified the number already); given, it is exactly 6 characters. */
export function validateVerify(body: Body): string | undefined {
  const code = body?.code;
  const extra = code !== undefined && (typeof code !== 'string' || [...code].length !== 6);
  check(body, 'WhatsappSenderInputVerifyDto', false, extra ? ['code must be exactly 6 characters'] : []);
  return code as string | undefined;
}

export function validateWaComment(body: Body): string {
  check(body, 'WhatsappCommentInputDto', false);
  return body?.comment as string;
}

/** createAccount (`oneOf`): `companyLegalName` without `wabaName`/`senderDetails` is the deprecated body. */
export function validateCreateAccount(body: Body): 'PARTNER_INITIATED' | 'DEPRECATED' {
  const b = body ?? {};
  const deprecated = 'companyLegalName' in b && !('wabaName' in b) && !('senderDetails' in b);
  check(
    b,
    deprecated ? 'WhatsappInputAccountDtoDeprecated' : 'WhatsappInputAccountPartnerInitiatedDto',
    false,
  );
  return deprecated ? 'DEPRECATED' : 'PARTNER_INITIATED';
}

export function validateUpdateAccount(body: Body): Record<string, unknown> {
  check(body, 'WhatsappInputUpdateAccountDto', false);
  return body ?? {};
}
