import { initContextCache } from '@pothos/core';
import { GraphQLError } from 'graphql';
import { type Context, callOptions, DEFAULT_REQUEST_DEADLINE_MS, requestDeadline } from '../../context.ts';
import { mapExecutionError } from '../../request-errors.ts';
import { UpstreamAuthError, UpstreamForbiddenError } from '../../upstream/errors.ts';
import { createCallMeter } from '../../upstream/meter.ts';
import type { CallOptions } from '../../upstream/types.ts';
import { DEFAULT_AUTH_RECHECK_MS, type EventDeps, eventDeps, limitsOf } from './deps.ts';
import { subscriptionError } from './stream.ts';

// One open subscription's bookkeeping: the limits it counts against, the authorization that must pass
// before it starts, the periodic re-check of a forwarded credential, and a fresh scope per event.

/** Per WebSocket connection: its open subscriptions (websocket.ts puts one on each connection's contexts). */
export interface SubscriptionConnection {
  active: number;
}

export type SubscriptionContext = Context & { readonly wsConnection?: SubscriptionConnection };

/** Open subscriptions per credential fingerprint, per server (deps object). */
const perCredential = new WeakMap<EventDeps, Map<string, number>>();

function credentialCounts(deps: EventDeps): Map<string, number> {
  let counts = perCredential.get(deps);
  if (!counts) {
    counts = new Map();
    perCredential.set(deps, counts);
  }
  return counts;
}

/** The stop functions of a server's open subscriptions (endSubscriptions). */
const openStops = new WeakMap<EventDeps, Set<(error: GraphQLError) => void>>();

function stopsOf(deps: EventDeps): Set<(error: GraphQLError) => void> {
  let stops = openStops.get(deps);
  if (!stops) {
    stops = new Set();
    openStops.set(deps, stops);
  }
  return stops;
}

/**
 * Ends every open subscription of a server with SHUTTING_DOWN (each sends that last result and completes),
 * so a graceful shutdown does not wait for streams that never end by themselves. Returns how many.
 */
export function endSubscriptions(deps: EventDeps): number {
  const stops = [...stopsOf(deps)];
  const error = subscriptionError('The server is shutting down; subscribe again.', 'SHUTTING_DOWN');
  for (const stop of stops) stop(error);
  return stops.length;
}

/** Open subscriptions of a server, all credentials (the metrics gauge). */
export function activeSubscriptions(deps: EventDeps): number {
  return openStops.get(deps)?.size ?? 0;
}

/** Open subscriptions of a credential on this server (tests, and the limit below). */
export function openSubscriptions(deps: EventDeps, authKey: string): number {
  return credentialCounts(deps).get(authKey) ?? 0;
}

function limitExceeded(limit: string, max: number): GraphQLError {
  return subscriptionError(
    `Too many open subscriptions: at most ${max} ${limit}. Close one first.`,
    'LIMIT_EXCEEDED',
    {
      limit: `subscriptions ${limit}`,
    },
  );
}

/** An upstream failure as the same request-level error a query gets (UNAUTHENTICATED, FORBIDDEN, …). */
export function mappedUpstreamError(ctx: Context, error: unknown, field: string): GraphQLError {
  if (error instanceof GraphQLError && error.extensions?.code) return error;
  const wrapped = new GraphQLError(error instanceof Error ? error.message : String(error), {
    path: [field],
    originalError: error instanceof Error ? error : undefined,
  });
  const mapped = mapExecutionError(wrapped, { passthrough: ctx.auth.kind === 'passthrough', write: false });
  if (mapped.log) {
    const { level, msg, fields } = mapped.log;
    ctx.deps.logger[level]({ requestId: ctx.requestId, path: field, ...fields }, msg);
  }
  // The located error is re-located by graphql-js; keep only what the client is meant to see.
  return new GraphQLError(mapped.error.message, { extensions: mapped.error.extensions });
}

/** Call options of a call the subscription makes on its own behalf (not inside one event). */
export function backgroundCallOptions(ctx: Context, deps: EventDeps, tag: string): CallOptions {
  const { signal, deadline } = requestDeadline(deps.requestDeadlineMs ?? DEFAULT_REQUEST_DEADLINE_MS);
  return {
    auth: ctx.auth,
    requestId: `${ctx.requestId}:${tag}`,
    meter: createCallMeter(1),
    signal,
    deadline,
  };
}

export interface Session {
  readonly deps: EventDeps;
  /** Settles with the error that ends the subscription early (credential rejected). */
  readonly stopped: Promise<GraphQLError>;
  /** Ends the subscription with this error (at most once). */
  stop(error: GraphQLError): void;
  /** A fresh scope for one event: new loaders, the request deadline and call budget anew. */
  beforeEvent(): void;
  release(): void;
}

/**
 * Opens a subscription: refuses it past the limits, runs `authorize` (one upstream call with the caller's
 * credential; its failure is the subscription's error, at once) and, in passthrough mode, re-checks the
 * credential every authRecheckMs. Returns what `authorize` answered.
 */
export async function openSession<T>(
  ctx: SubscriptionContext,
  field: string,
  projectId: string,
  authorize: (opts: CallOptions) => Promise<T>,
): Promise<{ session: Session; authorized: T }> {
  const deps = eventDeps(ctx);
  const limits = limitsOf(deps);
  const connection = ctx.wsConnection;
  if (connection && connection.active >= limits.perConnection)
    throw limitExceeded('per connection', limits.perConnection);
  const counts = credentialCounts(deps);
  if ((counts.get(ctx.authKey) ?? 0) >= limits.perCredential)
    throw limitExceeded('per credential', limits.perCredential);
  // Counted before the authorization call, so concurrent starts cannot pass the limit together.
  counts.set(ctx.authKey, (counts.get(ctx.authKey) ?? 0) + 1);
  if (connection) connection.active += 1;
  let stop!: (error: GraphQLError) => void;
  const stopped = new Promise<GraphQLError>((resolve) => {
    stop = resolve;
  });
  const stops = stopsOf(deps);
  stops.add(stop);
  let released = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const release = () => {
    if (released) return;
    released = true;
    if (timer) clearTimeout(timer);
    stops.delete(stop);
    const left = (counts.get(ctx.authKey) ?? 1) - 1;
    if (left > 0) counts.set(ctx.authKey, left);
    else counts.delete(ctx.authKey);
    if (connection) connection.active -= 1;
  };

  let authorized: T;
  try {
    authorized = await authorize(callOptions(ctx));
  } catch (error) {
    release();
    throw mappedUpstreamError(ctx, error, field);
  }

  const budget = ctx.meter?.budget ?? Number.POSITIVE_INFINITY;
  const deadlineMs = deps.requestDeadlineMs ?? DEFAULT_REQUEST_DEADLINE_MS;
  const session: Session = {
    deps,
    stopped,
    stop: (error) => stop(error),
    beforeEvent() {
      // graphql-js runs every event with the subscription's one context object: renewing its loader cache,
      // deadline and meter here makes each event resolve like a request of its own (no stale loader entry,
      // no deadline that passed minutes ago, no budget spent by earlier events).
      const scope = requestDeadline(deadlineMs);
      Object.assign(ctx, initContextCache(), {
        signal: scope.signal,
        deadline: scope.deadline,
        meter: createCallMeter(budget),
      });
    },
    release,
  };

  if (ctx.auth.kind === 'passthrough') {
    const every = deps.authRecheckMs ?? DEFAULT_AUTH_RECHECK_MS;
    const recheck = async () => {
      try {
        await ctx.deps.client.rcsSenders.list(
          projectId,
          { pageSize: 1 },
          backgroundCallOptions(ctx, deps, 'recheck'),
        );
      } catch (error) {
        if (error instanceof UpstreamAuthError || error instanceof UpstreamForbiddenError) {
          stop(mappedUpstreamError(ctx, error, field));
          return;
        }
        // Anything else (an outage, a timeout) says nothing about the credential: try again next time.
        deps.logger.warn(
          { requestId: ctx.requestId, path: field },
          'subscription credential re-check failed',
        );
      }
      if (!released) schedule();
    };
    const schedule = () => {
      timer = setTimeout(() => void recheck(), every);
      timer.unref();
    };
    schedule();
  }
  return { session, authorized };
}
