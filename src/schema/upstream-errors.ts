import {
  UpstreamAuthError,
  UpstreamBadRequestError,
  UpstreamBudgetExceededError,
  UpstreamConflictError,
  UpstreamError,
  UpstreamFailedDependencyError,
  UpstreamForbiddenError,
  UpstreamNetworkError,
  UpstreamNotFoundError,
  UpstreamPreconditionError,
  UpstreamRateLimitError,
  UpstreamServerError,
  UpstreamTimeoutError,
  UpstreamUnavailableError,
} from '../upstream/errors.ts';
import {
  ConflictError,
  type DomainError,
  InvalidStateError,
  LaunchPreconditionError,
  LimitReachedError,
  NotFoundError,
  RateLimitedError,
  ValidationError,
} from './errors.ts';
import {
  conflictFieldErrors,
  describeUpstream,
  fieldErrorsOf400,
  type MappingContext,
  notFoundId,
  STATE_CONFLICTS,
  stringList,
} from './upstream-error-details.ts';

export type { MappingContext } from './upstream-error-details.ts';

// The one owner of what an upstream error becomes in the graph (house style: resolvers do not map ad hoc).
// RULES holds one rule per upstream status, and one per failure without an answer. A rule names the union
// member the error becomes when the failing field's result union lists that member (toDomainError: tier 1,
// data), and otherwise the request-level error with its stable extensions.code (upstreamRequestError:
// tiers 2 and 3, for queries and mutations alike). Messages copied from the upstream are its error DTO's
// `message` and `resolution` (safe to show); never its URL, body, headers or our credentials.

/** Where an error arose, as far as the request-level rules care. */
export interface ErrorScope {
  /** The request's Authorization is the caller's own (forwarded); false: our service credentials. */
  passthrough: boolean;
  /** The error is a mutation field's own (its write, whose input is the client's), not a read below it. */
  write: boolean;
}

/** A request-level error: its message and extensions, and a log line when the original is worth one. */
export interface RequestError {
  message: string;
  extensions: Record<string, unknown>;
  log?: { level: 'info' | 'warn' | 'error'; msg: string; fields: Record<string, unknown> };
}

/** The message of UNAUTHENTICATED, the same for a query and a mutation. */
export const CREDENTIALS_REJECTED =
  'The upstream rejected the credentials of this request: a wrong key, or a project the key does not belong to.';

/** The message of FORBIDDEN when the upstream refuses our service credentials for a project. */
export function noAccessToProject(projectId: string | undefined): string {
  const project = projectId === undefined ? 'this project' : `project "${projectId}"`;
  return `The server's credentials have no access to ${project}: there is no such project, or it is not this key's.`;
}

/** Upstream 400 codes of reads that are the client's doing (bad cursor, page size, filter or id). */
const CLIENT_BAD_REQUEST = new Set([
  'invalid_page_token',
  'invalid_page_size',
  'invalid_filter_states',
  'invalid_filter_statuses',
  'invalid_id_format',
  'questionnaire_invalid_use_case',
  'questionnaire_invalid_country',
]);

/** A code the client can act on, with the upstream's errorCode and (by default) its own words. */
function coded(
  code: string,
  err: UpstreamError,
  message = describeUpstream(err),
  extra: Record<string, unknown> = {},
): RequestError {
  return { message, extensions: { code, upstreamCode: err.errorCode, ...extra } };
}

/** The upstream did not answer usefully: a masked message, and an error log line for operators. */
function fault(err: UpstreamError, message: string, code: string): RequestError {
  return {
    message,
    extensions: { code },
    log: { level: 'error', msg: 'request error', fields: { upstream: err.toJSON() } },
  };
}
const failed = (err: UpstreamError) => fault(err, 'The upstream failed.', 'UPSTREAM_ERROR');
const unavailable = (err: UpstreamError) =>
  fault(err, 'The upstream is unavailable.', 'UPSTREAM_UNAVAILABLE');

/** 401: the caller's own key is rejected; or ours, for a project (client: FORBIDDEN) or by the auth server. */
function credentialsRefused(err: UpstreamAuthError, scope: ErrorScope): RequestError {
  if (scope.passthrough) return coded('UNAUTHENTICATED', err, CREDENTIALS_REJECTED);
  const upstream = err.toJSON();
  if (err.operationId !== undefined) {
    // The API refused our own key for this project ("bad credentials / wrong projectId"): for the client
    // that is a project it cannot reach. Operators still hear of it, since our key could be the wrong one.
    const log = {
      level: 'warn' as const,
      msg: 'service credentials refused for a project',
      fields: { upstream },
    };
    return { ...coded('FORBIDDEN', err, noAccessToProject(err.projectId)), log };
  }
  // The auth server refused our credentials (no API call was made): our fault, masked.
  const log = { level: 'error' as const, msg: 'service credentials rejected', fields: { upstream } };
  return { message: 'Unexpected error.', extensions: { code: 'UPSTREAM_ERROR' }, log };
}

/** 409: a refused input value (wrong_otp); a state the operation needs (STATE_CONFLICTS, or any 409 of a
 * write whose union has no ConflictError); else a conflict. */
function conflictMember(err: UpstreamConflictError, ctx: MappingContext): DomainError {
  const input = conflictFieldErrors(err, ctx);
  if (input && ctx.allowed.includes(ValidationError))
    return new ValidationError(describeUpstream(err), input, err.errorCode);
  if (STATE_CONFLICTS.has(err.errorCode) || !ctx.allowed.includes(ConflictError)) {
    return new InvalidStateError(describeUpstream(err), err.errorCode, ctx.state ?? null);
  }
  return new ConflictError(describeUpstream(err), err.errorCode);
}

/** The upstream error class a rule is for: one per answer status, one per failure without an answer. */
type UpstreamErrorClass = new (init: never) => UpstreamError;

interface Rule {
  cls: UpstreamErrorClass;
  /** The union member it becomes, when it is an upstream answer and the field's union lists the member. */
  member?: (err: UpstreamError, ctx: MappingContext) => DomainError;
  /** Otherwise: the request-level error. */
  request: (err: UpstreamError, scope: ErrorScope) => RequestError;
}

/** A rule whose functions read their own class's fields (ruleFor only hands them an instance of it). */
function rule<E extends UpstreamError>(
  cls: new (init: never) => E,
  r: {
    member?: (err: E, ctx: MappingContext) => DomainError;
    request: (err: E, scope: ErrorScope) => RequestError;
  },
): Rule {
  return { cls, ...(r as Omit<Rule, 'cls'>) };
}

const RULES: readonly Rule[] = [
  // 400: the client's input, on a write or where a read names the client's argument; else a read we built.
  rule(UpstreamBadRequestError, {
    // WhatsApp's project_not_initialized: the project has no WhatsApp account (nothing to address).
    member: (err, ctx) =>
      err.errorCode === 'project_not_initialized' && ctx.allowed.includes(NotFoundError)
        ? new NotFoundError(describeUpstream(err), err.errorCode, ctx.ids?.project ?? null)
        : new ValidationError(describeUpstream(err), fieldErrorsOf400(err, ctx), err.errorCode),
    request: (err, scope) => {
      // No WhatsApp account in the project: nothing to read there yet, which the client can act on.
      if (err.errorCode === 'project_not_initialized') return coded('NOT_FOUND', err);
      return scope.write || CLIENT_BAD_REQUEST.has(err.errorCode)
        ? coded('BAD_USER_INPUT', err)
        : failed(err);
    },
  }),
  // 401 and 403: never data.
  rule(UpstreamAuthError, { request: credentialsRefused }),
  rule(UpstreamForbiddenError, {
    request: (err) => coded('FORBIDDEN', err, `Access refused by the upstream: ${describeUpstream(err)}`),
  }),
  // 404.
  rule(UpstreamNotFoundError, {
    member: (err, ctx) => new NotFoundError(describeUpstream(err), err.errorCode, notFoundId(err, ctx)),
    request: (err) => coded('NOT_FOUND', err),
  }),
  // 409.
  rule(UpstreamConflictError, { member: conflictMember, request: (err) => coded('CONFLICT', err) }),
  // 412: the launch preconditions the upstream lists as unmet.
  rule(UpstreamPreconditionError, {
    member: (err) => {
      const unmet = stringList(err.additionalInformation?.validationErrors);
      return new LaunchPreconditionError(describeUpstream(err), err.errorCode, unmet);
    },
    request: (err) => coded('PRECONDITION_FAILED', err),
  }),
  // 424: a per-project limit.
  rule(UpstreamFailedDependencyError, {
    member: (err) => new LimitReachedError(describeUpstream(err), err.errorCode),
    request: failed,
  }),
  // 429, after our retries.
  rule(UpstreamRateLimitError, {
    member: (err) =>
      new RateLimitedError(describeUpstream(err), err.errorCode, err.retryAfterSeconds ?? null),
    request: (err) =>
      coded('RATE_LIMITED', err, undefined, { retryAfterSeconds: err.retryAfterSeconds ?? null }),
  }),
  // 5xx: a bug upstream (500) or an outage (502, 503, 504); and the failures without an answer below.
  rule(UpstreamServerError, { request: (err) => (err.status === 500 ? failed(err) : unavailable(err)) }),
  rule(UpstreamTimeoutError, {
    request: (err) => fault(err, 'The upstream did not answer in time.', 'UPSTREAM_TIMEOUT'),
  }),
  rule(UpstreamNetworkError, { request: unavailable }),
  // The circuit breaker is open: nothing was sent. Not logged per field (the breaker opening is the news).
  rule(UpstreamUnavailableError, {
    request: (err) => ({
      message: 'The upstream is unavailable.',
      extensions: { code: 'UPSTREAM_UNAVAILABLE', retryAfterSeconds: err.retryAfterSeconds ?? null },
    }),
  }),
  // Nothing was sent, and the request's own shape is the cause: the client asked for too much at once.
  // Not logged per field (a request over its budget would write one line per refused call).
  rule(UpstreamBudgetExceededError, {
    request: (err) => ({
      message: err.message,
      extensions: { code: 'UPSTREAM_BUDGET_EXCEEDED', budget: err.budget },
    }),
  }),
];

/** Everything else (an unreadable answer, an abort, a status without a rule): masked and logged. */
const OTHERWISE = rule(UpstreamError, { request: failed });

function ruleFor(err: UpstreamError): Rule {
  return RULES.find((r) => err instanceof r.cls) ?? OTHERWISE;
}

/**
 * What a mutation resolver throws for a failure: the DomainError its rule names when the field's union
 * lists it (the errors plugin makes it data), else the original error, for upstreamRequestError.
 */
export function toDomainError(err: unknown, ctx: MappingContext): Error {
  // Only an upstream answer is data; a failure without one (a timeout, a refused path) never is.
  if (!(err instanceof UpstreamError) || err.status === undefined) return err as Error;
  const member = ruleFor(err).member?.(err, ctx);
  return member && ctx.allowed.some((cls) => member instanceof cls) ? member : err;
}

/** The request-level error for an upstream failure that reaches the response as a GraphQL error. */
export function upstreamRequestError(err: UpstreamError, scope: ErrorScope): RequestError {
  return ruleFor(err).request(err, scope);
}
