import type { UpstreamError } from '../upstream/errors.ts';
import type { DomainErrorClass, FieldError } from './errors.ts';

// What an upstream error says in detail, read for the union members of upstream-errors.ts: the input paths
// a 400 names, the number an add_test_number_invalid is about, the id a 404 is about. The upstream words
// these as text, so each reading is best effort with a stated fallback.

export interface MappingContext {
  /** The error classes of the field's result union. */
  allowed: readonly DomainErrorClass[];
  /** Ids to report as NotFoundError.resourceId, by what the upstream said was missing. */
  ids?: {
    sender?: string | undefined;
    project?: string | undefined;
    number?: string | undefined;
    webhook?: string | undefined;
  };
  /**
   * Maps an upstream field path (["details", "brand", "emails", "0", "address"]) to a path into the
   * mutation input; null when the upstream path names nothing in this input. Default: ["input", ...path].
   */
  fieldPath?: (upstreamPath: string[]) => string[] | null;
  /** The sender state for InvalidStateError, when the caller looked it up. */
  state?: string | null | undefined;
  /** The test numbers the input sends and the input path of each, for add_test_number_invalid. */
  testNumbers?: { values: readonly string[]; path: (index: number) => string[] } | undefined;
}

/** The upstream's message with its resolution: what data errors and request-level errors both say. */
export function describeUpstream(err: UpstreamError): string {
  return err.resolution ? `${err.message} ${err.resolution}` : err.message;
}

export function stringList(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' && value !== '' ? [value] : [];
}

/**
 * Best effort: the upstream's messages read "details.brand.email.address must be an email". Takes the leading
 * dotted token, splits array indexes out ("emails[0]" → "emails", "0") and drops the `answers` level the
 * graph flattens away. Null when the message does not start with a path.
 */
export function upstreamPathOf(message: string): string[] | null {
  // class-validator style wording also puts the path after a lead-in ("each value in testNumbers must ...").
  const text = message.trim().replace(/^(?:each value in|nested property|property)\s+/, '');
  const token = /^([A-Za-z_][\w]*(?:\[\d+\]|\.[\w]+)*)(?=\s|$)/.exec(text)?.[1];
  if (!token) return null;
  const segments = token.replace(/\[(\d+)\]/g, '.$1').split('.');
  return segments.filter((s, i) => !(s === 'answers' && segments[i - 2] === 'questionnaire'));
}

const KNOWN_ROOTS = new Set(['details', 'region', 'billingCategory', 'useCase', 'testNumbers', 'comment']);

function defaultFieldPath(path: string[]): string[] | null {
  return path[0] && KNOWN_ROOTS.has(path[0]) ? ['input', ...path] : null;
}

function fieldErrorsFrom(err: UpstreamError, ctx: MappingContext): FieldError[] {
  const messages = stringList(err.additionalInformation?.validationErrors);
  const toInput = ctx.fieldPath ?? defaultFieldPath;
  return messages.map((message) => {
    const upstreamPath = upstreamPathOf(message);
    return { path: (upstreamPath && toInput(upstreamPath)) ?? ['input'], message };
  });
}

/** Whether the upstream's text names `number` (with or without its "+"), not as part of a longer one. */
function names(text: string, number: string): boolean {
  const digits = number.replace(/^\+/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return digits !== '' && new RegExp(`(?<!\\d)\\+?${digits}(?!\\d)`).test(text);
}

/**
 * add_test_number_invalid names no number in its published body. A fieldError at each number the upstream's
 * message or additionalInformation names; else the only number sent is the one; else the list itself.
 */
function invalidNumberErrors(err: UpstreamError, ctx: MappingContext): FieldError[] {
  const numbers = ctx.testNumbers;
  if (!numbers || numbers.values.length === 0) return [];
  const message = describeUpstream(err);
  const text = `${message} ${JSON.stringify(err.additionalInformation ?? {})}`;
  const named = numbers.values.flatMap((n, i) => (names(text, n) ? [i] : []));
  const indexes = named.length > 0 ? named : numbers.values.length === 1 ? [0] : [];
  if (indexes.length > 0) return indexes.map((i) => ({ path: numbers.path(i), message }));
  return [
    { path: numbers.path(0).slice(0, -1), message: `${message} The upstream did not say which number.` },
  ];
}

/** The input values a 400 refuses: those its validationErrors name, or the test number it is about. */
export function fieldErrorsOf400(err: UpstreamError, ctx: MappingContext): FieldError[] {
  if (err.errorCode === 'invalid_input') return fieldErrorsFrom(err, ctx);
  if (err.errorCode === 'add_test_number_invalid') return invalidNumberErrors(err, ctx);
  return [];
}

const NUMBER_CODES = new Set([
  'user_is_not_tester_for_agent',
  'add_test_number_not_allowed_before_launch',
  'blocked_because_the_recipient_declined',
  'user_cannot_be_reached',
]);
const PROJECT_CODES = new Set(['project_not_found', 'account_not_found']);

/** What a 404 did not find, as the input named it: by its errorCode a number, a project, a webhook. */
export function notFoundId(err: UpstreamError, ctx: MappingContext): string | null {
  if (NUMBER_CODES.has(err.errorCode)) return ctx.ids?.number ?? null;
  if (PROJECT_CODES.has(err.errorCode)) return ctx.ids?.project ?? null;
  if (err.errorCode === 'webhook_not_found') return ctx.ids?.webhook ?? null;
  return ctx.ids?.sender ?? ctx.ids?.project ?? null;
}

/**
 * 409 codes that name a state the operation needs (not a conflict with other data): InvalidStateError even
 * where the union also lists ConflictError. RCS: the launch; WhatsApp: the sender and account rules of
 * contract whatsapp-and-webhooks.md §4 (updatable only when ACTIVE, changes only while DRAFT/REJECTED, ...).
 */
export const STATE_CONFLICTS = new Set([
  'launch_invalid_agent_state',
  'sender_not_updatable',
  'sender_changes_not_updatable',
  'sender_changes_not_deletable',
  'sender_display_name_update_not_allowed',
  'sender_username_update_not_available',
  'sender_already_deleted',
  'not_allowed_register',
  'not_allowed_verify',
  'account_not_updatable',
]);

/** 409 codes that refuse one input value, by the upstream field they are about (WhatsApp verify's OTP). */
const INPUT_CONFLICTS: Readonly<Record<string, string[]>> = { wrong_otp: ['code'] };

/** The fieldErrors of a 409 that refuses an input value; null for any other 409. */
export function conflictFieldErrors(err: UpstreamError, ctx: MappingContext): FieldError[] | null {
  const upstreamPath = INPUT_CONFLICTS[err.errorCode];
  if (!upstreamPath) return null;
  const path = (ctx.fieldPath ?? ((p: string[]) => ['input', ...p]))(upstreamPath) ?? ['input'];
  return [{ path, message: describeUpstream(err) }];
}
