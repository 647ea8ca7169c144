import type { Context, Deps } from '../../context.ts';
import type { EventBus } from '../../events/types.ts';

// What the live-event part of the graph needs from the server wiring (src/server/start.ts builds it; yoga.ts's
// YogaDeps extends this), and the limits of subscriptions. Every field is optional: a server without a bus
// serves the rest of the graph, and its event subscriptions end at once with SUBSCRIPTIONS_UNAVAILABLE.

export interface SubscriptionLimits {
  /** Subscriptions open at once on one WebSocket connection (SSE: each subscription is its own request). */
  perConnection: number;
  /** Subscriptions open at once per credential (fingerprint), over SSE and WebSocket together. */
  perCredential: number;
  /** Events a subscriber may fall behind before its subscription ends with SUBSCRIBER_TOO_SLOW. */
  bufferSize: number;
  /** Consecutive poll failures for auth (401/403) after which test-number streams end. */
  maxPollAuthFailures: number;
}

export const DEFAULT_SUBSCRIPTION_LIMITS: SubscriptionLimits = {
  perConnection: 20,
  perCredential: 100,
  bufferSize: 100,
  maxPollAuthFailures: 3,
};

export const DEFAULT_TEST_NUMBER_POLL_MS = 10_000;
/** Passthrough mode: how often an open subscription's forwarded credential is shown to the upstream again. */
export const DEFAULT_AUTH_RECHECK_MS = 5 * 60_000;

export interface LiveEventDeps {
  /** The event bus the webhook receiver publishes to (in process, or Redis with REDIS_URL). */
  readonly events?: EventBus;
  /** SINCH_WEBHOOK_SECRET: the first is the default secret of `createWebhook`. Never returned or logged. */
  readonly webhookSecrets?: readonly string[];
  /** PUBLIC_URL: this server's external base URL (a function when the port is only known once bound). */
  readonly publicUrl?: string | (() => string);
  /** TEST_NUMBER_POLL_MS: interval of the shared test-number pollers. */
  readonly testNumberPollMs?: number;
  /** Re-check interval of a forwarded credential (passthrough mode); default 5 minutes. */
  readonly authRecheckMs?: number;
  readonly subscriptionLimits?: Partial<SubscriptionLimits>;
}

export type EventDeps = Deps & LiveEventDeps & { readonly serviceAuth?: boolean };

export function eventDeps(ctx: Pick<Context, 'deps'>): EventDeps {
  return ctx.deps as EventDeps;
}

export function limitsOf(deps: EventDeps): SubscriptionLimits {
  return { ...DEFAULT_SUBSCRIPTION_LIMITS, ...deps.subscriptionLimits };
}

export function publicUrlOf(deps: EventDeps): string | undefined {
  const url = typeof deps.publicUrl === 'function' ? deps.publicUrl() : deps.publicUrl;
  return url ? url.replace(/\/+$/, '') : undefined;
}
