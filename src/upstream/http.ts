// The transport: `send()` = the resilience layer (process-wide cap, circuit breaker, retries of idempotent
// calls, all bounded by the caller's deadline; resilience.ts) around one try, which resolves auth, runs one
// `attempt()`, and on a 401 to a cached OAuth2 token refreshes it and attempts once more.
import type { Dispatcher } from 'undici';
import type { AuthProvider } from './auth.ts';
import {
  errorFromResponse,
  UpstreamAuthError,
  UpstreamBadRequestError,
  UpstreamProtocolError,
} from './errors.ts';
import { exchange } from './exchange.ts';
import type { UpstreamLogger } from './log.ts';
import type { Resilience } from './resilience.ts';
import type { CallOptions } from './types.ts';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';
export type QueryValue = string | number | boolean | readonly (string | number)[] | null | undefined;

/** Everything that describes one operation call, independent of auth and transport. */
export interface CallSpec {
  operationId: string;
  method: HttpMethod;
  /** Path template from the OpenAPI document, e.g. '/v1/projects/{projectId}/rcs/senders/{senderId}'. */
  path: string;
  params: Record<string, string>;
  query?: Record<string, QueryValue> | undefined;
  /** JSON body, serialised exactly as given (explicit nulls stay, absent keys stay absent). */
  body?: unknown;
  /** Safe to repeat automatically: only these are retried (the resend-invite GET is not). */
  idempotent: boolean;
  /** 'none' for operations documented without a response body (204). */
  response: 'json' | 'none';
}

export interface TransportConfig {
  baseUrl: string;
  dispatcher: Dispatcher;
  timeoutMs: number;
  userAgent: string;
  logger: UpstreamLogger;
  auth: AuthProvider;
  /** Undefined: every call is attempted once, uncapped (used by unit tests of the bare transport). */
  resilience?: Resilience | undefined;
}

export interface Transport {
  send<T>(spec: CallSpec, opts?: CallOptions): Promise<T>;
}

const REQUEST_ID_HEADERS = ['x-request-id', 'x-correlation-id', 'x-sinch-request-id', 'request-id'];

export function createTransport(config: TransportConfig): Transport {
  const base = new URL(config.baseUrl);
  const origin = base.origin;
  const prefix = base.pathname.replace(/\/+$/, '');

  async function attempt<T>(
    spec: CallSpec,
    authorization: string,
    opts: CallOptions,
    attemptNo: number,
  ): Promise<T> {
    const route = routeOf(spec);
    const meta = { method: spec.method, route, operationId: spec.operationId };
    const headers: Record<string, string> = {
      accept: 'application/json',
      'user-agent': config.userAgent,
      authorization,
    };
    let body: string | undefined;
    if (spec.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(spec.body);
    }
    const started = performance.now();
    const log = (fields: Record<string, unknown>) =>
      config.logger.debug(
        {
          event: 'upstream.call',
          ...(opts.requestId ? { requestId: opts.requestId } : {}),
          ...meta,
          attempt: attemptNo,
          ms: Math.round(performance.now() - started),
          ...fields,
        },
        'upstream call',
      );
    let res: Awaited<ReturnType<typeof exchange>>;
    try {
      res = await exchange(
        {
          origin,
          path: prefix + buildPath(spec, meta) + buildQuery(spec.query),
          method: spec.method,
          headers,
          body,
        },
        { dispatcher: config.dispatcher, timeoutMs: opts.timeoutMs ?? config.timeoutMs, signal: opts.signal },
        meta,
      );
    } catch (err) {
      log({ errorCode: (err as { errorCode?: unknown }).errorCode });
      throw err;
    }
    const requestId = headerValue(res.headers, REQUEST_ID_HEADERS);
    log({ status: res.status, ...(requestId ? { upstreamRequestId: requestId } : {}) });
    if (res.status >= 200 && res.status < 300) {
      if (res.status === 204 || res.status === 205 || spec.response === 'none') return undefined as T;
      return parseSuccess<T>(res.text, { ...meta, status: res.status, requestId });
    }
    if (res.status < 400) {
      throw new UpstreamProtocolError({
        ...meta,
        status: res.status,
        requestId,
        errorCode: 'unexpected_status',
        message: `Upstream answered with unexpected HTTP ${res.status}.`,
      });
    }
    const retryAfter = parseRetryAfter(headerValue(res.headers, ['retry-after']));
    throw errorFromResponse(res.status, res.text, {
      ...meta,
      projectId: spec.params.projectId,
      retryAfterSeconds: retryAfter,
      requestId,
    });
  }

  /** One try: auth, one attempt, and the single refresh-and-repeat after a 401 to a cached token. */
  async function tryOnce<T>(spec: CallSpec, opts: CallOptions): Promise<T> {
    const route = routeOf(spec);
    const first = await config.auth.resolve(opts.auth, opts.signal, route);
    try {
      return await attempt<T>(spec, first.authorization, opts, 1);
    } catch (err) {
      // Only a cached token may have been revoked or expired early; a rejected Basic key or a
      // forwarded header would fail the same way again.
      if (!(err instanceof UpstreamAuthError && err.status === 401 && first.token)) throw err;
      config.auth.invalidate(first);
      const fresh = await config.auth.resolve(opts.auth, opts.signal, route);
      return attempt<T>(spec, fresh.authorization, opts, 2);
    }
  }

  return {
    send<T>(spec: CallSpec, opts: CallOptions = {}): Promise<T> {
      const resilience = config.resilience;
      if (!resilience) return tryOnce<T>(spec, opts);
      return resilience.run(
        {
          method: spec.method,
          route: routeOf(spec),
          operationId: spec.operationId,
          idempotent: spec.idempotent,
        },
        { signal: opts.signal, deadline: opts.deadline, timeoutMs: opts.timeoutMs ?? config.timeoutMs },
        (timeoutMs) => tryOnce<T>(spec, { ...opts, timeoutMs }),
      );
    },
  };
}

export function routeOf(spec: Pick<CallSpec, 'method' | 'path'>): string {
  return `${spec.method} ${spec.path}`;
}

function buildPath(spec: CallSpec, meta: { method: string; route: string; operationId: string }): string {
  return spec.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = spec.params[name];
    if (value === undefined || value === '') {
      throw new UpstreamBadRequestError({
        ...meta,
        errorCode: 'invalid_path_parameter',
        message: `Path parameter ${name} must be a non-empty string.`,
      });
    }
    // '.' and '..' are kept literally by encodeURIComponent and would be resolved away by URL parsing.
    if (value === '.' || value === '..') return value.replaceAll('.', '%2E');
    return encodeURIComponent(value);
  });
}

/** Arrays become repeated parameters (form/explode); null and undefined are omitted. */
export function buildQuery(query: Record<string, QueryValue> | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) for (const item of value) params.append(name, String(item));
    else params.append(name, String(value));
  }
  const s = params.toString();
  return s === '' ? '' : `?${s}`;
}

function parseSuccess<T>(text: string, meta: Record<string, unknown> & { method: string; route: string }): T {
  if (text.trim() === '') {
    throw new UpstreamProtocolError({
      ...meta,
      errorCode: 'invalid_response_body',
      message: 'Upstream answered with an empty body.',
    });
  }
  try {
    return JSON.parse(text) as T;
  } catch {
    // No cause: V8's SyntaxError quotes the body, which may hold a sender's authToken.
    throw new UpstreamProtocolError({
      ...meta,
      errorCode: 'invalid_response_body',
      message: 'Upstream answered with a body that is not valid JSON.',
    });
  }
}

function headerValue(
  headers: Record<string, string | string[] | undefined>,
  names: string[],
): string | undefined {
  for (const name of names) {
    const v = headers[name];
    const first = Array.isArray(v) ? v[0] : v;
    if (first !== undefined && first !== '') return first;
  }
  return undefined;
}

/** Retry-After as delta-seconds or an HTTP date (RFC 9110 §10.2.3); undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.ceil(Number(trimmed));
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now) / 1000));
}
