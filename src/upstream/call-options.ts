import type { CallMeter } from './meter.ts';

// The options every client method takes last, and how one call authenticates.

/**
 * How one call authenticates. `service` uses the client's configured credentials (Basic or OAuth2);
 * `passthrough` forwards a caller's `Authorization` header value unchanged.
 */
export type CallAuth = { kind: 'service' } | { kind: 'passthrough'; authorization: string };

/** Per-call options every client method takes last. */
export interface CallOptions {
  auth?: CallAuth;
  signal?: AbortSignal;
  /** Per-attempt timeout in ms; overrides the client default. */
  timeoutMs?: number;
  /**
   * The overall deadline (epoch ms, `Date.now()` scale) of the operation this call belongs to: no attempt
   * or retry wait goes past it, and each attempt's timeout is cut to what is left. Pair it with a `signal`
   * that aborts at the same moment with a 'TimeoutError' reason (`AbortSignal.timeout(ms)`), so a call in
   * flight at the deadline fails as UpstreamTimeoutError 'deadline_exceeded'.
   */
  deadline?: number;
  /** Correlation id of the operation this call belongs to; put on the call's log lines (never sent upstream). */
  requestId?: string;
  /** The operation's meter (meter.ts): counts this call, enforces the operation's budget. */
  meter?: CallMeter;
}
