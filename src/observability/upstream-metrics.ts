import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import { UpstreamAbortedError, UpstreamNetworkError, UpstreamTimeoutError } from '../upstream/errors.ts';
import type { UpstreamAttemptEnd, UpstreamObserver } from '../upstream/observe.ts';

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

export function upstreamMetrics(registry: Registry): UpstreamObserver {
  const registers = [registry];
  const requests = new Counter({
    name: 'sinch_upstream_requests_total',
    help: 'Upstream (Sinch) HTTP attempts, each retry counted, by path template, method and status (or timeout, network, aborted).',
    labelNames: ['route', 'method', 'status'] as const,
    registers,
  });
  const duration = new Histogram({
    name: 'sinch_upstream_request_duration_seconds',
    help: 'Duration of one upstream attempt, headers and body, by path template.',
    labelNames: ['route'] as const,
    registers,
  });
  const shared = new Counter({
    name: 'sinch_upstream_shared_total',
    help: 'Upstream GETs joined to an identical one in flight instead of being made.',
    registers,
  });
  const retries = new Counter({
    name: 'sinch_upstream_retries_total',
    help: 'Retries of idempotent upstream calls, by path template.',
    labelNames: ['route'] as const,
    registers,
  });
  const breakerOpen = new Gauge({
    name: 'sinch_upstream_breaker_open',
    help: "1 while the upstream origin's circuit breaker is open (calls fail fast), else 0.",
    labelNames: ['origin'] as const,
    registers,
  });
  const inflight = new Gauge({
    name: 'sinch_upstream_inflight',
    help: 'Upstream attempts in flight.',
    registers,
  });
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
