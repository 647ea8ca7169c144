import {
  checkCount,
  checkUnique,
  type FieldError,
  Issues,
  isE164,
  type Mode,
  rejectNull,
} from '../../lib/validation.ts';
import { RCS_BILLING_CATEGORIES, RCS_REGIONS, RCS_USE_CASES } from '../enums/values.ts';
import { validateQuestionnaire } from '../questionnaire/validation.ts';
import type { CreateSenderInput, SenderDetailsInput, UpdateSenderInput } from './sender.ts';
import { validateBrand } from './validate-brand.ts';

// Validation of every mutation input, before any upstream call. Each function is pure and returns the
// FieldErrors (empty when the input is acceptable), with paths into the mutation input.

export type { FieldError } from '../../lib/validation.ts';

/** Google RBM's total tester cap; also the upstream's maxItems for testNumbers. */
export const MAX_TEST_NUMBERS = 200;

/** E.164, unique, at most 200 (min 1 when `minItems` is 1). */
export function checkTestNumbers(
  issues: Issues,
  key: string,
  numbers: readonly string[],
  minItems = 0,
): void {
  checkCount(issues, key, numbers.length, minItems, MAX_TEST_NUMBERS);
  const list = issues.at(key);
  numbers.forEach((number, i) => {
    if (!isE164(number)) list.add('Must be an E.164 phone number such as +46123123111.', i);
  });
  checkUnique(list, numbers, (n) => n);
}

export function validateDetails(issues: Issues, details: SenderDetailsInput, mode: Mode): void {
  if (
    !rejectNull(issues, mode, 'brand', details.brand, 'Set individual brand fields instead.') &&
    details.brand
  ) {
    validateBrand(issues.at('brand'), details.brand, mode);
  }
  if (details.testNumbers) checkTestNumbers(issues, 'testNumbers', details.testNumbers);
  if (details.countries) {
    checkCount(issues, 'countries', details.countries.length, 1, Number.POSITIVE_INFINITY);
    checkUnique(issues.at('countries'), details.countries, (c) => c);
  }
  const q = details.questionnaire;
  if (!rejectNull(issues, mode, 'questionnaire', q, 'Set individual answers to null to delete them.') && q) {
    validateQuestionnaire(issues.at('questionnaire'), q, mode);
  }
}

function checkKnown(issues: Issues, key: string, value: string, known: readonly string[]): void {
  // The mirrored output enums carry UNRECOGNIZED; it names no upstream value and cannot be sent.
  if (!known.includes(value)) issues.add(`Must be one of ${known.join(', ')}.`, key);
}

export function validateCreateSenderInput(input: CreateSenderInput): FieldError[] {
  const issues = new Issues();
  if (input.projectId.trim() === '') issues.add('Must not be empty.', 'projectId');
  checkKnown(issues, 'region', input.region, RCS_REGIONS);
  checkKnown(issues, 'billingCategory', input.billingCategory, RCS_BILLING_CATEGORIES);
  checkKnown(issues, 'useCase', input.useCase, RCS_USE_CASES);
  if (input.details) validateDetails(issues.at('details'), input.details, 'create');
  return issues.errors;
}

/** Whether a patch value changes anything (the upstream's test): null does (a delete); empty objects do not. */
function effective(value: unknown): boolean {
  if (value === undefined) return false;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return true;
  return Object.values(value).some(effective);
}

export function validateUpdateSenderInput(input: UpdateSenderInput): FieldError[] {
  const issues = new Issues();
  // The upstream answers a patch without an effective field with 400 no_fields_to_update; say so here.
  if (!effective(input.details)) {
    issues.add('Must change at least one field (set a value, or null to delete one).', 'details');
  }
  validateDetails(issues.at('details'), input.details, 'update');
  return issues.errors;
}

export function validateAddTestNumbersInput(input: { numbers: readonly string[] }): FieldError[] {
  const issues = new Issues();
  checkTestNumbers(issues, 'numbers', input.numbers, 1);
  return issues.errors;
}

export function validateTestNumber(input: { number: string }): FieldError[] {
  const issues = new Issues();
  if (!isE164(input.number)) issues.add('Must be an E.164 phone number such as +46123123111.', 'number');
  return issues.errors;
}
