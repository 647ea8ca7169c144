import {
  UpstreamAuthError,
  UpstreamBadRequestError,
  UpstreamConflictError,
  UpstreamError,
  type UpstreamErrorInit,
  UpstreamFailedDependencyError,
  UpstreamForbiddenError,
  UpstreamNotFoundError,
  UpstreamPreconditionError,
  UpstreamRateLimitError,
  UpstreamServerError,
} from './errors.ts';

// The error for a non-2xx answer: the error class its status calls for (errors.ts), with the fields of the
// upstream's error body (an `RcsPapiErrorDto`) when it sent a readable one.

type ErrorClass = new (init: UpstreamErrorInit) => UpstreamError;

const BY_STATUS: Record<number, ErrorClass> = {
  400: UpstreamBadRequestError,
  401: UpstreamAuthError,
  403: UpstreamForbiddenError,
  404: UpstreamNotFoundError,
  409: UpstreamConflictError,
  412: UpstreamPreconditionError,
  424: UpstreamFailedDependencyError,
  429: UpstreamRateLimitError,
};

/** Our message when the upstream body is not a usable error DTO. */
const GENERIC_MESSAGES: Record<number, string> = {
  400: 'Upstream rejected the request.',
  401: 'Upstream rejected the credentials.',
  403: 'Upstream refused access.',
  404: 'Upstream resource not found.',
  409: 'Upstream reported a conflict.',
  412: 'Upstream precondition failed.',
  424: 'Upstream refused the request because of a failed dependency.',
  429: 'Upstream rate limit exceeded.',
};

function classFor(status: number): ErrorClass {
  const byStatus = BY_STATUS[status];
  if (byStatus) return byStatus;
  if (status >= 500) return UpstreamServerError;
  return UpstreamError;
}

export interface HttpErrorMeta {
  method: string;
  route: string;
  operationId?: string | undefined;
  projectId?: string | undefined;
  retryAfterSeconds?: number | undefined;
  requestId?: string | undefined;
}

/**
 * Builds the error for a non-2xx answer. `rawBody` is the response text; an `RcsPapiErrorDto`'s fields are
 * copied, anything else (HTML from a proxy, empty, truncated) gives the right subclass with a generic message.
 */
export function errorFromResponse(status: number, rawBody: string, meta: HttpErrorMeta): UpstreamError {
  const dto = parseErrorDto(rawBody);
  const Cls = classFor(status);
  // An answer's error has no useful JS stack (it is always this function, called by the transport), and many
  // are expected (a number that has not accepted its invite is a 404): capturing one cost 2 % of the CPU of
  // a request. Everything that describes the error is in its fields.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return new Cls({
      status,
      errorCode: dto?.errorCode ?? `http_${status}`,
      message: dto?.message ?? GENERIC_MESSAGES[status] ?? `Upstream answered HTTP ${status}.`,
      resolution: dto?.resolution,
      additionalInformation: dto?.additionalInformation,
      ...meta,
    });
  } finally {
    Error.stackTraceLimit = limit;
  }
}

interface ErrorDtoFields {
  errorCode?: string;
  message?: string;
  resolution?: string;
  additionalInformation?: Record<string, unknown>;
}

function parseErrorDto(rawBody: string): ErrorDtoFields | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(rawBody);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  const o = parsed as Record<string, unknown>;
  const out: ErrorDtoFields = {};
  if (typeof o.errorCode === 'string' && o.errorCode !== '') out.errorCode = o.errorCode;
  if (typeof o.message === 'string' && o.message !== '') out.message = o.message;
  if (typeof o.resolution === 'string') out.resolution = o.resolution;
  const info = o.additionalInformation;
  if (typeof info === 'object' && info !== null && !Array.isArray(info)) {
    out.additionalInformation = info as Record<string, unknown>;
  }
  return out;
}
