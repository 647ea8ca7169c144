// The upstream client's public surface. Import from here: `import { createSinchClient } from './index.ts'`.
export type { ServiceCredentials } from './auth.ts';
export type { BreakerOptions, BreakerSnapshot, BreakerState } from './breaker.ts';
export {
  createSinchClient,
  DEFAULT_AUTH_URL,
  DEFAULT_CONNECTIONS,
  DEFAULT_TIMEOUT_MS,
  DEFAULT_USER_AGENT,
  type SinchClient,
  type SinchClientConfig,
} from './client.ts';
export { type Clock, createManualClock, type ManualClock, systemClock } from './clock.ts';
export * from './error-response.ts';
export * from './errors.ts';
export { type LogFn, silentLogger, type UpstreamLogger } from './log.ts';
export type {
  UpstreamAttemptEnd,
  UpstreamAttemptInfo,
  UpstreamAttemptScope,
  UpstreamCallInfo,
  UpstreamObserver,
} from './observe.ts';
export { combineObservers } from './observe.ts';
export { REDACTED, redactHeaders, redactSender, redactText } from './redact.ts';
export {
  DEFAULT_MAX_CONCURRENT,
  DEFAULT_POOL_SIZE,
  type ResilienceOptions,
  type ResilienceSnapshot,
} from './resilience.ts';
export { type BudgetSnapshot, isRetryableFailure, type RetryOptions } from './retry.ts';
export { parseUpstreamTimestamp } from './timestamp.ts';
export type * from './types.ts';
export { MAX_WEBHOOKS_PER_PROJECT, RCS_WEBHOOK_TRIGGERS, WEBHOOK_TRIGGERS } from './webhooks.ts';
export type * from './whatsapp-types.ts';
export type { CallSpec, HttpMethod } from './wire.ts';
