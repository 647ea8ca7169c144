// The resilience layer around one upstream call (`Transport.send`): upstream slots (a fair pool per
// credential plus a process-wide cap, pool.ts), circuit breaker per origin, retries of idempotent calls with
// backoff and a retry budget, all bounded by the caller's deadline. One instance per client, i.e. per
// upstream origin.
import { type BreakerOptions, type BreakerPermit, type BreakerSnapshot, CircuitBreaker } from './breaker.ts';
import { type Clock, systemClock } from './clock.ts';
import {
  type CallMeta,
  errorForAbort,
  UpstreamAbortedError,
  UpstreamAuthError,
  UpstreamError,
  UpstreamNetworkError,
  UpstreamTimeoutError,
  UpstreamUnavailableError,
} from './errors.ts';
import type { UpstreamLogger } from './log.ts';
import type { UpstreamObserver } from './observe.ts';
import { createUpstreamSlots, type PoolSnapshot } from './pool.ts';
import {
  type BudgetSnapshot,
  isRetryableFailure,
  type ResolvedRetryOptions,
  RetryBudget,
  type RetryOptions,
  resolveRetryOptions,
  retryDelayMs,
} from './retry.ts';

export interface ResilienceOptions {
  /** `false`: every call is attempted once. */
  retry?: RetryOptions | false;
  /** `false`: no circuit breaker. */
  breaker?: BreakerOptions | false;
  /** Process-wide cap on concurrent upstream requests of this client, all credentials; default 256. */
  maxConcurrent?: number;
  /** Concurrent upstream requests per credential, shared fairly between requests; default 256. */
  poolSize?: number;
  /** Time source (tests inject a manual clock). */
  clock?: Clock;
}

export interface ResilienceSnapshot {
  breaker: BreakerSnapshot | undefined;
  budget: BudgetSnapshot;
  /** The process-wide cap. */
  concurrency: PoolSnapshot;
  /** The per-credential pools: slots in use and waiting summed, `peak` the most one credential held. */
  pool: PoolSnapshot & { credentials: number };
}

export interface CallShape extends CallMeta {
  idempotent: boolean;
  /** The path template without the method (observers); default: `route` without its method. */
  path?: string | undefined;
}

/** Who is told of retries and of the breaker's state (metrics): the client's observer and its origin. */
export interface ResilienceObserver {
  observer: UpstreamObserver;
  /** The upstream origin, e.g. https://provisioning.api.sinch.com. */
  origin: string;
}

export interface RunOptions {
  signal?: AbortSignal | undefined;
  /** Clock ms after which nothing is started or waited for. */
  deadline?: number | undefined;
  /** The per-attempt timeout before the deadline caps it. */
  timeoutMs: number;
  /** Who waits for a slot: the GraphQL request's identity (its CallMeter); default: this call alone. */
  owner?: object | undefined;
  /** Fingerprint of the call's credential: the pool the call takes its slot from; default 'service'. */
  credential?: string | undefined;
  /**
   * The deadline may move later while an attempt runs (a shared exchange that a request with more time
   * joins): attempts keep their full timeout instead of being cut to the deadline, and the caller aborts
   * `signal` once nobody waits any more.
   */
  deadlineMayGrow?: boolean | undefined;
}

export interface Resilience {
  /** Runs `attempt` (one try, given its timeout and its retry number, 0 first) under the cap, breaker and retry policy. */
  run<T>(
    call: CallShape,
    opts: RunOptions,
    attempt: (timeoutMs: number, retry: number) => Promise<T>,
  ): Promise<T>;
  snapshot(): ResilienceSnapshot;
}

export const DEFAULT_MAX_CONCURRENT = 256;
export const DEFAULT_POOL_SIZE = 256;

/** How an attempt's outcome counts for the breaker. */
function outcomeOf(err: unknown): 'failure' | 'success' | 'neutral' {
  if (!(err instanceof UpstreamError)) return 'neutral';
  if (err instanceof UpstreamAbortedError || err instanceof UpstreamAuthError) return 'neutral';
  if (err instanceof UpstreamTimeoutError || err instanceof UpstreamNetworkError) return 'failure';
  if (err.status === undefined) return 'neutral';
  // Any answer below 500 (404, 409, 429...) is the upstream working as documented.
  return err.status >= 500 ? 'failure' : 'success';
}

export function createResilience(
  opts: ResilienceOptions = {},
  logger?: UpstreamLogger,
  observed?: ResilienceObserver,
): Resilience {
  const clock = opts.clock ?? systemClock;
  const retry: ResolvedRetryOptions =
    opts.retry === false ? resolveRetryOptions({ maxRetries: 0 }) : resolveRetryOptions(opts.retry);
  const origin = observed?.origin ?? '';
  const onBreaker = observed?.observer.breaker?.bind(observed.observer);
  const breaker =
    opts.breaker === false
      ? undefined
      : new CircuitBreaker(
          clock,
          onBreaker ? { ...opts.breaker, onChange: (open) => onBreaker(origin, open) } : opts.breaker,
        );
  if (breaker) onBreaker?.(origin, false);
  const budget = new RetryBudget(retry.budgetRatio, retry.budgetFloor);
  const slots = createUpstreamSlots(
    opts.poolSize ?? DEFAULT_POOL_SIZE,
    opts.maxConcurrent ?? DEFAULT_MAX_CONCURRENT,
  );

  function deadlineError(meta: CallMeta): UpstreamTimeoutError {
    return new UpstreamTimeoutError({
      errorCode: 'deadline_exceeded',
      message: 'The request deadline passed before the upstream answered.',
      ...meta,
    });
  }

  async function once<T>(
    meta: CallMeta,
    run: RunOptions,
    attempt: (timeoutMs: number, retry: number) => Promise<T>,
    retryNo: number,
  ): Promise<T> {
    if (run.signal?.aborted) throw errorForAbort(run.signal.reason, meta);
    let permit: BreakerPermit | undefined;
    if (breaker) {
      permit = breaker.acquire();
      if (!permit) {
        const retryAt = breaker.snapshot().retryAt;
        throw new UpstreamUnavailableError({
          errorCode: 'circuit_open',
          message: 'The upstream is failing; calls are paused for a moment.',
          retryAfterSeconds:
            retryAt === undefined ? undefined : Math.max(1, Math.ceil((retryAt - clock.now()) / 1000)),
          ...meta,
        });
      }
    }
    let release: () => void;
    try {
      release = await slots.acquire(run.owner ?? {}, run.credential ?? 'service', run.signal);
    } catch (reason) {
      permit?.neutral();
      throw errorForAbort(reason, meta);
    }
    try {
      const left = run.deadline === undefined ? run.timeoutMs : run.deadline - clock.now();
      if (left <= 0) {
        permit?.neutral();
        throw deadlineError(meta);
      }
      const result = await attempt(
        run.deadlineMayGrow ? run.timeoutMs : Math.min(run.timeoutMs, left),
        retryNo,
      );
      permit?.success();
      return result;
    } catch (err) {
      const outcome = outcomeOf(err);
      if (outcome === 'failure') {
        const openedBefore = breaker?.snapshot().opened;
        permit?.failure();
        const after = breaker?.snapshot();
        if (after && after.opened !== openedBefore) {
          logger?.warn(
            { event: 'upstream.circuit', state: 'open', ...meta, cooldownMs: breaker?.cooldownMs },
            'upstream circuit opened',
          );
        }
      } else if (outcome === 'success') permit?.success();
      else permit?.neutral();
      throw err;
    } finally {
      release();
    }
  }

  return {
    async run(call, run, attempt) {
      const meta: CallMeta = { method: call.method, route: call.route, operationId: call.operationId };
      budget.recordRequest();
      for (let n = 0; ; n++) {
        try {
          return await once(meta, run, attempt, n);
        } catch (err) {
          if (!call.idempotent || n >= retry.maxRetries || !isRetryableFailure(err)) throw err;
          const delay = retryDelayMs(n + 1, err, retry, clock.random);
          // Waiting longer than allowed, or past the deadline, cannot help: the caller gets the error now.
          if (delay === undefined) throw err;
          if (run.deadline !== undefined && clock.now() + delay >= run.deadline) throw err;
          if (!budget.tryRetry()) throw err;
          logger?.debug(
            { event: 'upstream.retry', ...meta, retry: n + 1, delayMs: delay, status: err.status },
            'upstream retry',
          );
          observed?.observer.retry?.({
            method: call.method,
            path: call.path ?? call.route.slice(call.route.indexOf(' ') + 1),
            operationId: call.operationId ?? '',
            retry: n + 1,
          });
          try {
            await clock.sleep(delay, run.signal);
          } catch (reason) {
            throw errorForAbort(reason, meta);
          }
        }
      }
    },
    snapshot: () => ({
      breaker: breaker?.snapshot(),
      budget: budget.snapshot(),
      ...slots.snapshot(),
    }),
  };
}
