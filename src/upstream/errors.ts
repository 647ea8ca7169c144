// Typed errors of the upstream client. Every field here is safe to log or expose: messages come from the
// upstream error DTO or from us, `route` is a template (no ids, no query), and nothing holds a request's
// headers, body or credentials. `cause` is only ever a transport error (undici/node) or another of ours.
// The error for an HTTP answer is built in error-response.ts; this file builds those without one (aborts).

/** What every upstream error carries besides its message. */
export interface UpstreamErrorInit {
  /** HTTP status of the upstream answer; undefined when there was no answer (timeout, network, abort). */
  status?: number | undefined;
  errorCode: string;
  message: string;
  resolution?: string | undefined;
  additionalInformation?: Record<string, unknown> | undefined;
  method?: string | undefined;
  /** Method and path template, e.g. 'GET /v1/projects/{projectId}/rcs/senders/{senderId}'. */
  route?: string | undefined;
  /** OpenAPI operationId, e.g. 'RcsSendersController_getSender_v1'. */
  operationId?: string | undefined;
  /**
   * The project the call addressed (the caller's own input, not a secret): lets the GraphQL layer name it
   * when the upstream refuses our service credentials for it.
   */
  projectId?: string | undefined;
  retryAfterSeconds?: number | undefined;
  requestId?: string | undefined;
  /** A transport error code such as 'ECONNRESET' or 'UND_ERR_SOCKET'. */
  code?: string | undefined;
  cause?: unknown;
}

export class UpstreamError extends Error {
  override name = 'UpstreamError';
  readonly status: number | undefined;
  readonly errorCode: string;
  readonly resolution: string | undefined;
  readonly additionalInformation: Record<string, unknown> | undefined;
  readonly method: string | undefined;
  readonly route: string | undefined;
  readonly operationId: string | undefined;
  readonly projectId: string | undefined;
  readonly retryAfterSeconds: number | undefined;
  readonly requestId: string | undefined;
  readonly code: string | undefined;

  constructor(init: UpstreamErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.errorCode = init.errorCode;
    this.resolution = init.resolution;
    this.additionalInformation = init.additionalInformation;
    this.method = init.method;
    this.route = init.route;
    this.operationId = init.operationId;
    this.projectId = init.projectId;
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.requestId = init.requestId;
    this.code = init.code;
  }

  /** Only the safe, documented fields (no cause, no stack). */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {
      name: this.name,
      status: this.status,
      errorCode: this.errorCode,
      message: this.message,
      resolution: this.resolution,
      additionalInformation: this.additionalInformation,
      method: this.method,
      route: this.route,
      operationId: this.operationId,
      projectId: this.projectId,
      retryAfterSeconds: this.retryAfterSeconds,
      requestId: this.requestId,
      code: this.code,
    };
    for (const key of Object.keys(out)) if (out[key] === undefined) delete out[key];
    return out;
  }
}

export class UpstreamBadRequestError extends UpstreamError {
  override name = 'UpstreamBadRequestError';
}
export class UpstreamAuthError extends UpstreamError {
  override name = 'UpstreamAuthError';
}
export class UpstreamForbiddenError extends UpstreamError {
  override name = 'UpstreamForbiddenError';
}
export class UpstreamNotFoundError extends UpstreamError {
  override name = 'UpstreamNotFoundError';
}
export class UpstreamConflictError extends UpstreamError {
  override name = 'UpstreamConflictError';
}
export class UpstreamPreconditionError extends UpstreamError {
  override name = 'UpstreamPreconditionError';
}
/**
 * 424 Failed Dependency: the upstream refuses because of a limit elsewhere, e.g. createWebhook's
 * `webhook_limit_reached` (15 webhooks per project). `errorCode` says which.
 */
export class UpstreamFailedDependencyError extends UpstreamError {
  override name = 'UpstreamFailedDependencyError';
}
export class UpstreamRateLimitError extends UpstreamError {
  override name = 'UpstreamRateLimitError';
}
export class UpstreamServerError extends UpstreamError {
  override name = 'UpstreamServerError';
}
/** The per-attempt deadline passed before the whole response (headers and body) arrived. */
export class UpstreamTimeoutError extends UpstreamError {
  override name = 'UpstreamTimeoutError';
}
/** The connection failed or was reset; `code` keeps the transport code (e.g. 'ECONNRESET'). */
export class UpstreamNetworkError extends UpstreamError {
  override name = 'UpstreamNetworkError';
}
/** The upstream answered something we cannot read (non-JSON or truncated success body, a redirect). */
export class UpstreamProtocolError extends UpstreamError {
  override name = 'UpstreamProtocolError';
}
/** The caller's AbortSignal fired. */
export class UpstreamAbortedError extends UpstreamError {
  override name = 'UpstreamAbortedError';
}
/**
 * Not sent: the circuit breaker of the upstream origin is open (errorCode 'circuit_open') after repeated
 * failures. Fails fast instead of adding load to an upstream that is down.
 */
export class UpstreamUnavailableError extends UpstreamError {
  override name = 'UpstreamUnavailableError';
}

/**
 * Not sent: the GraphQL request this call belongs to has spent its upstream-call budget (`CallMeter.budget`,
 * meter.ts). Fails before any attempt, so it never reaches the upstream, the breaker or the retry budget.
 */
export class UpstreamBudgetExceededError extends UpstreamError {
  override name = 'UpstreamBudgetExceededError';
  /** The budget that is spent (calls made plus calls shared). */
  readonly budget: number;

  constructor(init: UpstreamErrorInit & { budget: number }) {
    super(init);
    this.budget = init.budget;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), budget: this.budget };
  }
}

/** Meta fields an error built without an HTTP answer carries. */
export interface CallMeta {
  method: string;
  route: string;
  operationId?: string | undefined;
}

/**
 * The error for a call whose AbortSignal fired: a deadline (the signal's reason is a 'TimeoutError', as
 * from `AbortSignal.timeout()`) is an UpstreamTimeoutError 'deadline_exceeded'; any other abort (the
 * client went away) is an UpstreamAbortedError.
 */
export function errorForAbort(reason: unknown, meta: CallMeta): UpstreamError {
  if (reason instanceof UpstreamError) return reason;
  if (isDeadlineReason(reason)) {
    return new UpstreamTimeoutError({
      errorCode: 'deadline_exceeded',
      message: 'The request deadline passed before the upstream answered.',
      ...meta,
    });
  }
  return new UpstreamAbortedError({
    errorCode: 'aborted',
    message: 'The call was aborted by the caller.',
    ...meta,
  });
}

export function isDeadlineReason(reason: unknown): boolean {
  return (
    typeof reason === 'object' && reason !== null && (reason as { name?: unknown }).name === 'TimeoutError'
  );
}
