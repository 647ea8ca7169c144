import type { Registry } from 'prom-client';
import { UpstreamAbortedError, UpstreamNetworkError, UpstreamTimeoutError } from '../upstream/errors.ts';
import type { UpstreamAttemptEnd, UpstreamObserver } from '../upstream/observe.ts';
import { registeredIn } from './registered.ts';

// The upstream side of /metrics, as an UpstreamObserver (src/upstream/observe.ts) the client calls per
// attempt, shared GET, retry and breaker change. Labels are templates and fixed words only: `route` is the
// OpenAPI path template ("/v1/projects/{projectId}/rcs/senders/{senderId}"), never a path with ids in it.

/** The HTTP status, or a fixed word for an attempt that got no answer. */
export function statusLabel(end: UpstreamAttemptEnd): string {
  if (end.status !== undefined) return String(end.status);
  if (end.error instanceof UpstreamTimeoutError) return 'timeout';
  if (end.error instanceof UpstreamAbortedError) return 'aborted';
  if (end.error instanceof UpstreamNetworkError) return 'network';
  return 'error';
}

/** The HELP text of each upstream metric. */
const HELP = {
  sinch_upstream_requests_total:
    'Upstream (Sinch) HTTP attempts, each retry counted, by path template, method and status (or timeout, network, aborted).',
  sinch_upstream_request_duration_seconds:
    'Duration of one upstream attempt, headers and body, by path template.',
  sinch_upstream_shared_total: 'Upstream GETs joined to an identical one in flight instead of being made.',
  sinch_upstream_retries_total: 'Retries of idempotent upstream calls, by path template.',
  sinch_upstream_breaker_open:
    "1 while the upstream origin's circuit breaker is open (calls fail fast), else 0.",
  sinch_upstream_inflight: 'Upstream attempts in flight.',
};

export function upstreamMetrics(registry: Registry): UpstreamObserver {
  const metric = registeredIn(registry, HELP);
  const requests = metric.counter('sinch_upstream_requests_total', ['route', 'method', 'status']);
  const duration = metric.histogram('sinch_upstream_request_duration_seconds', ['route']);
  const shared = metric.counter('sinch_upstream_shared_total');
  const retries = metric.counter('sinch_upstream_retries_total', ['route']);
  const breakerOpen = metric.gauge('sinch_upstream_breaker_open', ['origin']);
  const inflight = metric.gauge('sinch_upstream_inflight');
  return {
    attempt(info) {
      inflight.inc();
      return {
        end(result) {
          inflight.dec();
          requests.inc({ route: info.path, method: info.method, status: statusLabel(result) });
          duration.observe({ route: info.path }, result.durationMs / 1000);
        },
      };
    },
    shared() {
      shared.inc();
    },
    retry(info) {
      retries.inc({ route: info.path });
    },
    breaker(origin, open) {
      breakerOpen.set({ origin }, open ? 1 : 0);
    },
  };
}
