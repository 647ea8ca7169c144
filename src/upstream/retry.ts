// When a failed attempt may be repeated, how long to wait, and how many retries the process can afford.
// Only idempotent operations are retried (the caller decides that from CallSpec.idempotent); this module
// decides on the failure itself and the timing.
import {
  type UpstreamError,
  UpstreamNetworkError,
  UpstreamRateLimitError,
  UpstreamServerError,
} from './errors.ts';

export interface RetryOptions {
  /** Retries after the first attempt; 0..2, default 2. */
  maxRetries?: number;
  /** First backoff ceiling; the n-th retry waits uniform [0, min(maxDelayMs, baseDelayMs * 2^n)). Default 100. */
  baseDelayMs?: number;
  /** Default 2 000. */
  maxDelayMs?: number;
  /** A Retry-After longer than this is not waited for (the error goes to the caller). Default 5 000. */
  maxRetryAfterMs?: number;
  /** Retry budget: each first attempt earns `ratio` tokens, each retry spends one. Default 0.1. */
  budgetRatio?: number;
  /** Budget capacity and starting balance (the floor that lets a quiet process retry). Default 10. */
  budgetFloor?: number;
}

export interface ResolvedRetryOptions {
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  maxRetryAfterMs: number;
  budgetRatio: number;
  budgetFloor: number;
}

export const MAX_RETRIES_LIMIT = 2;

export function resolveRetryOptions(opts: RetryOptions = {}): ResolvedRetryOptions {
  const maxRetries = opts.maxRetries ?? 2;
  if (!Number.isInteger(maxRetries) || maxRetries < 0 || maxRetries > MAX_RETRIES_LIMIT) {
    throw new RangeError(`maxRetries must be an integer 0..${MAX_RETRIES_LIMIT}, got ${maxRetries}`);
  }
  return {
    maxRetries,
    baseDelayMs: opts.baseDelayMs ?? 100,
    maxDelayMs: opts.maxDelayMs ?? 2_000,
    maxRetryAfterMs: opts.maxRetryAfterMs ?? 5_000,
    budgetRatio: opts.budgetRatio ?? 0.1,
    budgetFloor: opts.budgetFloor ?? 10,
  };
}

const RETRYABLE_STATUS = new Set([429, 502, 503, 504]);

/** 429 / 502 / 503 / 504 and a connection that failed or was reset. Not 500, not a timeout, not 4xx. */
export function isRetryableFailure(err: unknown): err is UpstreamError {
  if (err instanceof UpstreamNetworkError) return true;
  if (err instanceof UpstreamRateLimitError || err instanceof UpstreamServerError) {
    return err.status !== undefined && RETRYABLE_STATUS.has(err.status);
  }
  return false;
}

/**
 * The wait before retry number `retry` (1-based): exponential backoff with full jitter, but at least what
 * the upstream's Retry-After asks. Undefined when Retry-After asks for longer than `maxRetryAfterMs`.
 */
export function retryDelayMs(
  retry: number,
  err: UpstreamError,
  opts: ResolvedRetryOptions,
  random: () => number,
): number | undefined {
  const ceiling = Math.min(opts.maxDelayMs, opts.baseDelayMs * 2 ** (retry - 1));
  const jittered = Math.floor(random() * ceiling);
  if (err.retryAfterSeconds === undefined) return jittered;
  const asked = err.retryAfterSeconds * 1000;
  if (asked > opts.maxRetryAfterMs) return undefined;
  return Math.max(asked, jittered);
}

export interface BudgetSnapshot {
  tokens: number;
  requests: number;
  retries: number;
  /** Retries refused because the budget was empty. */
  denied: number;
}

/**
 * Token bucket shared by every call of one client (one upstream origin): retries stay below
 * `ratio` x first attempts + `floor`, so a 429 storm is not multiplied by the retry policy.
 */
export class RetryBudget {
  // Kept in thousandths of a token: 0.1 added ten times must make exactly one retry.
  private milli: number;
  private readonly ratioMilli: number;
  private readonly capacityMilli: number;
  private requests = 0;
  private retries = 0;
  private denied = 0;

  constructor(ratio: number, floor: number) {
    this.ratioMilli = Math.round(ratio * 1000);
    this.capacityMilli = Math.round(floor * 1000);
    this.milli = this.capacityMilli;
  }

  /** A first attempt: earns `ratio` of a retry, up to the capacity. */
  recordRequest(): void {
    this.requests += 1;
    this.milli = Math.min(this.capacityMilli, this.milli + this.ratioMilli);
  }

  /** Spends one token for a retry; false (and counted) when there is none. */
  tryRetry(): boolean {
    if (this.milli >= 1000) {
      this.milli -= 1000;
      this.retries += 1;
      return true;
    }
    this.denied += 1;
    return false;
  }

  snapshot(): BudgetSnapshot {
    return {
      tokens: this.milli / 1000,
      requests: this.requests,
      retries: this.retries,
      denied: this.denied,
    };
  }
}
