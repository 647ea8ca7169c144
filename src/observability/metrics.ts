import type { Plugin } from 'graphql-yoga';
import { collectDefaultMetrics, Gauge, Registry } from 'prom-client';
import type { UpstreamObserver } from '../upstream/observe.ts';
import type { DeliveryObserver } from '../webhooks/receiver.ts';
import { graphqlMetricsPlugins } from './graphql-metrics.ts';
import { registeredIn } from './registered.ts';
import { upstreamMetrics } from './upstream-metrics.ts';

// Prometheus metrics (docs/operations.md, "Metrics"): one prom-client Registry per server (the process runs
// one), holding the GraphQL metrics of @graphql-yoga/plugin-prometheus, the upstream client's, the webhook
// receiver's, the open subscriptions and Node's process metrics. Created only with METRICS on: off, none
// of this exists and nothing is counted.

export interface Metrics {
  readonly registry: Registry;
  /** Yoga plugins, first in the list (they time the whole request). */
  readonly plugins: readonly Plugin[];
  /** The upstream client's observer (src/upstream/observe.ts). */
  readonly upstream: UpstreamObserver;
  /** The webhook receiver's outcome of each delivery. */
  readonly webhookDelivery: DeliveryObserver;
  /** Where the open-subscription gauge reads its value at each scrape. */
  countSubscriptions(read: () => number): void;
}

export interface MetricsOptions {
  /** Serve /metrics on the GraphQL port; false when METRICS_PORT gives it a listener of its own. */
  endpoint: boolean;
}

/** A rejection reason is one of the receiver's fixed words; anything else is counted as "other". */
const REASON = /^[a-z_]{1,40}$/;

/** The HELP text of each webhook receiver metric. */
const HELP = {
  sinch_webhook_deliveries_total:
    'Webhook deliveries received, by outcome: accepted (published), duplicate (a nonce seen before, acknowledged, not published again) or rejected.',
  sinch_webhook_rejections_total:
    'Webhook deliveries rejected, by reason (bad_signature, stale_timestamp, body_too_large, ...).',
};

export function createMetrics(opts: MetricsOptions): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];

  const metric = registeredIn(registry, HELP);
  const deliveries = metric.counter('sinch_webhook_deliveries_total', ['outcome']);
  const rejections = metric.counter('sinch_webhook_rejections_total', ['reason']);
  let readSubscriptions: () => number = () => 0;
  new Gauge({
    name: 'graphql_active_subscriptions',
    help: 'GraphQL subscriptions open now (WebSocket and SSE).',
    registers,
    collect() {
      this.set(readSubscriptions());
    },
  });

  return {
    registry,
    plugins: graphqlMetricsPlugins({ registry, endpoint: opts.endpoint }),
    upstream: upstreamMetrics(registry),
    webhookDelivery(outcome, reason) {
      deliveries.inc({ outcome });
      if (outcome === 'rejected')
        rejections.inc({ reason: reason && REASON.test(reason) ? reason : 'other' });
    },
    countSubscriptions(read) {
      readSubscriptions = read;
    },
  };
}
