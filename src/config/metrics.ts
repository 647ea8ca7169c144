import { type Env, envReaders } from './readers.ts';

// METRICS and METRICS_PORT (docs/operations.md, "Metrics"): the Prometheus registry and where it is served.

export interface MetricsConfig {
  /** METRICS=true/false, default true. Off: no /metrics, no registry, no observer, nothing counted. */
  enabled: boolean;
  /**
   * METRICS_PORT: serve /metrics on its own listener (bound to HOST) instead of the GraphQL port, so it need
   * not be public; 0 picks a free port (tests). Unset: /metrics is served on the GraphQL port.
   */
  port: number | undefined;
}

/** Reads the metrics variables; a bad value is a problem naming the variable. */
export function readMetricsConfig(env: Env, problems: string[]): MetricsConfig {
  const { get, int, flag } = envReaders(env, problems);
  const enabled = flag('METRICS', true);
  const port = get('METRICS_PORT') === undefined ? undefined : int('METRICS_PORT', 0, 0, 65535);
  return { enabled, port };
}
