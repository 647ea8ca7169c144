import { E164 } from '../scalars.ts';

// Building blocks of the mutation input validation: pure functions that collect FieldErrors with paths into
// the mutation input (["input", "details", "brand", "emails", "0", "address"]).

import type { FieldError } from '../errors.ts';

export type { FieldError };

/** An input field as graphql-js hands it over: absent (not sent), null (sent as null) or a value. */
export type Maybe<T> = T | null | undefined;

export type Mode = 'create' | 'update';

/** Collects errors under a path prefix; `at` derives a child collector sharing the same error list. */
export class Issues {
  constructor(
    readonly path: string[] = ['input'],
    readonly errors: FieldError[] = [],
  ) {}

  at(...segments: (string | number)[]): Issues {
    return new Issues([...this.path, ...segments.map(String)], this.errors);
  }

  add(message: string, ...segments: (string | number)[]): void {
    this.errors.push({ path: [...this.path, ...segments.map(String)], message });
  }
}

// The "fast" e-mail form of ajv-formats: what JSON-schema validators upstream commonly accept.
const EMAIL =
  /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;
const COLOR = /^#[0-9A-Fa-f]{6}$/;
const BRAND_PHONE = /^\+?[\d+\s]{6,15}$/;

// The questionnaire's own patterns (verification phone, SIREN, EIN) are in its answer tables.
export const patterns = { EMAIL, COLOR, BRAND_PHONE, E164 };

export function isEmail(value: string): boolean {
  return EMAIL.test(value);
}

export function isHttpUrl(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

export function isE164(value: string): boolean {
  return E164.test(value);
}

/** Length in characters as the upstream counts them (code points, not UTF-16 units). */
export function charLength(value: string): number {
  return [...value].length;
}

export function checkLength(issues: Issues, key: string, value: string, min: number, max: number): void {
  const length = charLength(value);
  if (length < min) issues.add(min === 1 ? 'Must not be empty.' : `Must be at least ${min} characters.`, key);
  else if (length > max) issues.add(`Must be at most ${max} characters (got ${length}).`, key);
}

export function checkMinLength(issues: Issues, key: string, value: string, min = 1): void {
  if (charLength(value) < min)
    issues.add(min === 1 ? 'Must not be empty.' : `Must be at least ${min} characters.`, key);
}

export function checkEmail(issues: Issues, key: string, value: string, max = 100): void {
  if (charLength(value) > max) issues.add(`Must be at most ${max} characters.`, key);
  else if (!isEmail(value)) issues.add('Must be an e-mail address.', key);
}

export function checkUrl(issues: Issues, key: string, value: string, max = 255): void {
  if (charLength(value) > max) issues.add(`Must be at most ${max} characters.`, key);
  else if (!isHttpUrl(value)) issues.add('Must be an http or https URL.', key);
}

export function checkOneOf(issues: Issues, key: string, value: string, allowed: readonly string[]): void {
  if (!allowed.includes(value)) {
    const list = allowed.length <= 25 ? `: ${allowed.join(', ')}` : ' (an ISO-3166 alpha-2 code)';
    issues.add(`Must be one of the accepted values${list}.`, key);
  }
}

/** Reports every later occurrence of a key already seen earlier in the list. */
export function checkUnique<T>(
  issues: Issues,
  items: readonly T[],
  keyOf: (item: T) => string,
  field?: string,
): void {
  const firstAt = new Map<string, number>();
  items.forEach((item, index) => {
    const key = keyOf(item);
    const first = firstAt.get(key);
    if (first === undefined) firstAt.set(key, index);
    else if (field) issues.add(`Duplicate of item ${first}; values must be unique.`, index, field);
    else issues.add(`Duplicate of item ${first}; values must be unique.`, index);
  });
}

export function checkCount(issues: Issues, key: string, count: number, min: number, max: number): void {
  if (count < min)
    issues.add(min === 1 ? 'Must contain at least 1 item.' : `Must contain at least ${min} items.`, key);
  else if (count > max) issues.add(`Must contain at most ${max} items (got ${count}).`, key);
}

/**
 * Null on a field the upstream cannot delete. On create a null is simply "no value" and is dropped by the
 * wire mapping; on update it would be sent as a delete, which the upstream rejects for this field.
 */
export function rejectNull(issues: Issues, mode: Mode, key: string, value: unknown, hint = ''): boolean {
  if (value !== null) return false;
  if (mode === 'update')
    issues.add(`Cannot be deleted (null is not accepted here).${hint ? ` ${hint}` : ''}`, key);
  return true;
}

/** A comment to Sinch support (RCS and WhatsApp alike): 1 to 65535 characters. */
export function validateComment(input: { comment: string }): FieldError[] {
  const issues = new Issues();
  checkLength(issues, 'comment', input.comment, 1, 65535);
  return issues.errors;
}
