import { GraphQLError } from 'graphql';
import { UpstreamError } from '../upstream/errors.ts';
import type { CallAuth } from '../upstream/types.ts';
import {
  ConflictError,
  type DomainError,
  type FieldError,
  InvalidStateError,
  LaunchPreconditionError,
  NotFoundError,
  RateLimitedError,
  ValidationError,
} from './errors.ts';

// The one place where upstream errors become the contract's error types (house style: resolvers do not
// map ad hoc). `toDomainError` returns what the resolver should throw: a DomainError the field's union
// carries (the errors plugin turns it into data), a GraphQLError with a stable extensions.code for
// request-level faults, or the original error, which yoga masks (5xx, timeouts, bugs).

// biome-ignore lint/suspicious/noExplicitAny: error classes take different constructor arguments
type DomainErrorClass = abstract new (...args: any[]) => DomainError;

export interface MappingContext {
  /** The error classes of the field's result union. */
  allowed: readonly DomainErrorClass[];
  /** The caller's auth: a 401 on our own service credentials is our fault and is masked. */
  auth?: CallAuth | undefined;
  /** Ids to report as NotFoundError.resourceId, by what the upstream said was missing. */
  ids?: { sender?: string | undefined; project?: string | undefined; number?: string | undefined };
  /**
   * Maps an upstream field path (["details", "brand", "emails", "0", "address"]) to a path into the
   * mutation input; null when the upstream path names nothing in this input. Default: ["input", ...path].
   */
  fieldPath?: (upstreamPath: string[]) => string[] | null;
  /** The sender state for InvalidStateError, when the caller looked it up. */
  state?: string | null | undefined;
}

const NUMBER_CODES = new Set([
  'user_is_not_tester_for_agent',
  'add_test_number_not_allowed_before_launch',
  'blocked_because_the_recipient_declined',
  'user_cannot_be_reached',
]);
const PROJECT_CODES = new Set(['project_not_found', 'account_not_found']);

const GRAPHQL_CODE_BY_STATUS: Record<number, string> = {
  400: 'BAD_USER_INPUT',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  412: 'PRECONDITION_FAILED',
  429: 'RATE_LIMITED',
};

function stringList(value: unknown): string[] {
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

export function fieldErrorsFrom(err: UpstreamError, ctx: MappingContext): FieldError[] {
  const messages = stringList(err.additionalInformation?.validationErrors);
  const toInput = ctx.fieldPath ?? defaultFieldPath;
  return messages.map((message) => {
    const upstreamPath = upstreamPathOf(message);
    return { path: (upstreamPath && toInput(upstreamPath)) ?? ['input'], message };
  });
}

function describe(err: UpstreamError): string {
  return err.resolution ? `${err.message} ${err.resolution}` : err.message;
}

function notFoundId(err: UpstreamError, ctx: MappingContext): string | null {
  if (NUMBER_CODES.has(err.errorCode)) return ctx.ids?.number ?? null;
  if (PROJECT_CODES.has(err.errorCode)) return ctx.ids?.project ?? null;
  return ctx.ids?.sender ?? ctx.ids?.project ?? null;
}

function asDomainError(err: UpstreamError, ctx: MappingContext): DomainError | null {
  const message = describe(err);
  const code = err.errorCode;
  switch (err.status) {
    case 400:
      return new ValidationError(message, code === 'invalid_input' ? fieldErrorsFrom(err, ctx) : [], code);
    case 404:
      return new NotFoundError(message, code, notFoundId(err, ctx));
    case 409:
      if (code === 'launch_invalid_agent_state' || !ctx.allowed.includes(ConflictError)) {
        return new InvalidStateError(message, code, ctx.state ?? null);
      }
      return new ConflictError(message, code);
    case 412:
      return new LaunchPreconditionError(
        message,
        code,
        stringList(err.additionalInformation?.validationErrors),
      );
    case 429:
      return new RateLimitedError(message, code, err.retryAfterSeconds ?? null);
    default:
      return null;
  }
}

export function toDomainError(err: unknown, ctx: MappingContext): Error {
  if (!(err instanceof UpstreamError) || err.status === undefined) return err as Error;
  const { status } = err;
  if (status === 401) {
    // Our own service credentials rejected is an internal fault (masked); a caller's header is theirs.
    if (ctx.auth?.kind === 'service') return err;
    return new GraphQLError('The upstream rejected the credentials of this request.', {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  }
  if (status === 403) {
    return new GraphQLError(`Access refused by the upstream: ${err.message}`, {
      extensions: { code: 'FORBIDDEN', upstreamCode: err.errorCode },
    });
  }
  if (status >= 500) return err;
  const domain = asDomainError(err, ctx);
  if (domain && ctx.allowed.some((cls) => domain instanceof cls)) return domain;
  // A client error this field's union cannot carry: still a coded, readable error, not a masked one.
  const code = GRAPHQL_CODE_BY_STATUS[status];
  if (!code) return err;
  return new GraphQLError(describe(err), {
    extensions: {
      code,
      upstreamCode: err.errorCode,
      ...(status === 429 && err.retryAfterSeconds !== undefined
        ? { retryAfterSeconds: err.retryAfterSeconds }
        : {}),
    },
  });
}

/** Input that failed validation, for a field whose union has no ValidationError: a request-level error. */
export function badUserInput(fieldErrors: FieldError[]): GraphQLError {
  return new GraphQLError(fieldErrors.map((e) => `${e.path.join('.')}: ${e.message}`).join('; '), {
    extensions: { code: 'BAD_USER_INPUT', fieldErrors },
  });
}
