// Request-body validation per operation: contract schema walk + the rules the schema cannot express
// (E.164 test numbers, US v2 variant rules). Throws the documented 400s.
import { apiError, invalidInput, invalidPayload } from '../errors.ts';
import { isInvalidTestNumber } from '../rules.ts';
import { type Schema, schemaNamed } from './contract.ts';
import { walk } from './walker.ts';

export const E164 = /^\+[1-9]\d{6,14}$/;
const US_ANSWERS = 'details.questionnaire.us.answers';
const LEGACY_KEYS = ['ein', 'smsCampaign', 'fullCompanyAddress', 'fullCompanyAddressMetadata'];

export function isLegacyUs(answers: unknown): boolean {
  return !!answers && typeof answers === 'object' && LEGACY_KEYS.some((k) => k in (answers as object));
}

function usBranch(forceLegacy: boolean) {
  return (path: string, value: unknown, branches: Schema[]): Schema => {
    if (path !== US_ANSWERS) return branches[0] ?? {};
    if (forceLegacy || isLegacyUs(value)) return schemaNamed('RcsUsLegacyAnswersUpdateInputDto');
    // One shape for all four v2 variants; the variant rules are checked by usVariantErrors.
    return schemaNamed('RcsUsBrandCampaignAnswersUpdateInputDto');
  };
}

function check(body: unknown, schemaName: string, allowNull: boolean, forceLegacy = false): void {
  const { errors, unknown } = walk(body ?? {}, schemaNamed(schemaName), {
    allowNull,
    lenientRequiredUnder: [US_ANSWERS],
    pickBranch: usBranch(forceLegacy),
  });
  if (unknown.length > 0) throw invalidPayload(unknown.map((p) => `property ${p} should not exist`));
  if (errors.length > 0) throw invalidInput(errors);
}

function testNumberErrors(numbers: unknown, path: string): string[] {
  if (!Array.isArray(numbers)) return [];
  return numbers.some((n) => typeof n === 'string' && !E164.test(n))
    ? [`each value in ${path} must be a valid phone number`]
    : [];
}

/** 400 add_test_number_invalid for syntactically valid numbers the sandbox treats as unassigned. */
export function rejectInvalidNumbers(numbers: string[]): void {
  if (numbers.some(isInvalidTestNumber)) throw apiError(400, 'add_test_number_invalid');
}

/** US v2 variant rules (US_PUBLIC, US_PRIVATE, NON_US_PUBLIC, NON_US_PRIVATE) on the resulting answers. */
export function usVariantErrors(a: Record<string, unknown> | undefined): string[] {
  if (!a || isLegacyUs(a)) return [];
  const errors: string[] = [];
  const p = US_ANSWERS;
  if (a.ownershipType === 'PUBLIC' && a.legalForm != null && a.legalForm !== 'CORPORATION') {
    errors.push(`${p}.legalForm must be one of the following values: CORPORATION`);
  }
  if (a.taxIdCountry === 'US' && typeof a.taxId === 'string' && !/^\d{2}-\d{7}$/.test(a.taxId)) {
    errors.push(`${p}.taxId must match /^\\d{2}-\\d{7}$/ regular expression`);
  }
  if (a.taxIdCountry != null && a.taxIdCountry !== 'US' && a.addressState != null) {
    errors.push(`${p}.addressState must not be set when taxIdCountry is not US`);
  }
  if (a.ownershipType === 'PRIVATE') {
    for (const k of ['stockExchange', 'stockSymbol']) {
      if (a[k] != null) errors.push(`${p}.${k} must not be set when ownershipType is PRIVATE`);
    }
  }
  return errors;
}

type Details = { testNumbers?: unknown; questionnaire?: { us?: { answers?: Record<string, unknown> } } };

export function validateCreate(body: Record<string, unknown> | undefined): void {
  check(body, 'RcsSenderInputDto', false);
  const details = (body?.details ?? {}) as Details;
  const errors = [
    ...testNumberErrors(details.testNumbers, 'details.testNumbers'),
    ...usVariantErrors(details.questionnaire?.us?.answers),
  ];
  if (errors.length > 0) throw invalidInput(errors);
}

export function validateUpdate(body: Record<string, unknown> | undefined, usVersion: string | null): void {
  if (usVersion !== null && usVersion !== 'v1' && usVersion !== 'v2') {
    throw invalidInput(['usQuestionnaireVersion must be one of the following values: v1, v2']);
  }
  check(body, 'RcsUpdateSenderInputDto', true, usVersion === 'v1');
  const details = (body?.details ?? {}) as Details;
  const errors = testNumberErrors(details.testNumbers, 'details.testNumbers');
  if (errors.length > 0) throw invalidInput(errors);
}

export function validateTestNumbers(body: Record<string, unknown> | undefined): string[] {
  check(body, 'RcsTestNumbersInputDto', false);
  const errors = testNumberErrors(body?.testNumbers, 'testNumbers');
  if (errors.length > 0) throw invalidInput(errors);
  return body?.testNumbers as string[];
}

export function validateComment(body: Record<string, unknown> | undefined): string {
  check(body, 'RcsCommentInputDto', false);
  return body?.comment as string;
}
