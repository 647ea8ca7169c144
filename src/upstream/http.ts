// The transport: `send()` counts the call on the request's meter (and refuses it past the budget), lets an
// idempotent GET join an identical one in flight (coalesce.ts), and runs the resilience layer (upstream
// slots, circuit breaker, retries of idempotent calls, all bounded by the caller's deadline; resilience.ts)
// around one try, which resolves auth, runs one `attempt()`, and on a 401 to a cached OAuth2 token refreshes
// it and attempts once more.
import type { Dispatcher } from 'undici';
import type { AuthProvider } from './auth.ts';
import { createCoalescer } from './coalesce.ts';
import { errorFromResponse } from './error-response.ts';
import { UpstreamAuthError, UpstreamProtocolError } from './errors.ts';
import { exchange } from './exchange.ts';
import type { UpstreamLogger } from './log.ts';
import { budgetSpent } from './meter.ts';
import type { UpstreamObserver } from './observe.ts';
import type { Resilience, RunOptions } from './resilience.ts';
import type { CallOptions } from './types.ts';
import {
  buildPath,
  buildQuery,
  type CallSpec,
  credentialOf,
  headerValue,
  parseRetryAfter,
  parseSuccess,
  routeOf,
} from './wire.ts';

export interface TransportConfig {
  baseUrl: string;
  dispatcher: Dispatcher;
  timeoutMs: number;
  userAgent: string;
  logger: UpstreamLogger;
  auth: AuthProvider;
  /** Undefined: every call is attempted once, uncapped (used by unit tests of the bare transport). */
  resilience?: Resilience | undefined;
  /** Metrics and traces of each attempt (observe.ts); undefined costs nothing. */
  observer?: UpstreamObserver | undefined;
}

export interface Transport {
  send<T>(spec: CallSpec, opts?: CallOptions): Promise<T>;
}

const REQUEST_ID_HEADERS = ['x-request-id', 'x-correlation-id', 'x-sinch-request-id', 'request-id'];

export function createTransport(config: TransportConfig): Transport {
  const base = new URL(config.baseUrl);
  const origin = base.origin;
  const prefix = base.pathname.replace(/\/+$/, '');

  const coalescer = createCoalescer();

  async function attempt<T>(
    spec: CallSpec,
    path: string,
    authorization: string,
    opts: CallOptions,
    attemptNo: number,
    retryNo: number,
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
    const observed = config.observer?.attempt?.({
      method: spec.method,
      path: spec.path,
      operationId: spec.operationId,
      attempt: attemptNo,
      retry: retryNo,
    });
    if (observed?.headers) Object.assign(headers, observed.headers);
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
          path: prefix + path,
          method: spec.method,
          headers,
          body,
        },
        { dispatcher: config.dispatcher, timeoutMs: opts.timeoutMs ?? config.timeoutMs, signal: opts.signal },
        meta,
      );
    } catch (err) {
      log({ errorCode: (err as { errorCode?: unknown }).errorCode });
      observed?.end({ error: err, durationMs: performance.now() - started });
      throw err;
    }
    observed?.end({ status: res.status, durationMs: performance.now() - started });
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
  async function tryOnce<T>(spec: CallSpec, path: string, opts: CallOptions, retryNo = 0): Promise<T> {
    const route = routeOf(spec);
    const first = await config.auth.resolve(opts.auth, opts.signal, route);
    try {
      return await attempt<T>(spec, path, first.authorization, opts, 1, retryNo);
    } catch (err) {
      // Only a cached token may have been revoked or expired early; a rejected Basic key or a
      // forwarded header would fail the same way again.
      if (!(err instanceof UpstreamAuthError && err.status === 401 && first.token)) throw err;
      config.auth.invalidate(first);
      const fresh = await config.auth.resolve(opts.auth, opts.signal, route);
      return attempt<T>(spec, path, fresh.authorization, opts, 2, retryNo);
    }
  }

  /** One logical call: the resilience layer around tries (or one bare try without it). */
  function resilient<T>(spec: CallSpec, path: string, opts: CallOptions, run: RunOptions): Promise<T> {
    const resilience = config.resilience;
    if (!resilience) return tryOnce<T>(spec, path, opts);
    const call = {
      method: spec.method,
      route: routeOf(spec),
      operationId: spec.operationId,
      path: spec.path,
    };
    return resilience.run({ ...call, idempotent: spec.idempotent }, run, (timeoutMs, retryNo) =>
      tryOnce<T>(spec, path, { ...opts, timeoutMs }, retryNo),
    );
  }

  return {
    send<T>(spec: CallSpec, opts: CallOptions = {}): Promise<T> {
      const meta = { method: spec.method, route: routeOf(spec), operationId: spec.operationId };
      const meter = opts.meter;
      const spent = meter && budgetSpent(meter, meta);
      if (spent) return Promise.reject(spent);
      let path: string;
      try {
        path = buildPath(spec, meta) + buildQuery(spec.query);
      } catch (error) {
        return Promise.reject(error);
      }
      const credential = credentialOf(opts.auth);
      const timeoutMs = opts.timeoutMs ?? config.timeoutMs;
      const scope = { projectId: spec.params.projectId, senderId: spec.params.senderId };
      if (spec.method === 'GET' && spec.idempotent) {
        // The key never holds the credential itself, only its fingerprint.
        const waiter = { signal: opts.signal, deadline: opts.deadline };
        const { joined, result } = coalescer.run<T>(`${credential} ${path}`, scope, waiter, meta, (flight) =>
          resilient<T>(
            spec,
            path,
            { ...opts, signal: flight.signal },
            {
              signal: flight.signal,
              timeoutMs,
              owner: meter,
              credential,
              // Each waiter stops at its own deadline and the last one to go aborts the exchange, so an
              // attempt is not cut to a deadline that a later waiter may extend.
              deadlineMayGrow: true,
              // Read at every attempt and retry decision: the latest deadline of those still waiting.
              get deadline() {
                return flight.deadline;
              },
            },
          ),
        );
        if (joined)
          config.observer?.shared?.({ method: spec.method, path: spec.path, operationId: spec.operationId });
        if (meter) {
          if (joined) meter.shared += 1;
          else meter.made += 1;
        }
        return result;
      }
      if (meter) meter.made += 1;
      const run = { signal: opts.signal, deadline: opts.deadline, timeoutMs, owner: meter, credential };
      // Settled or failed (a failed write may have happened too): later reads of it start afresh.
      return resilient<T>(spec, path, opts, run).finally(() => coalescer.written(scope));
    },
  };
}
