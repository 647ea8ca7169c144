import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

/**
 * Makers of the metrics of /metrics (metrics.ts, upstream-metrics.ts), each registered in `registry` only
 * (not prom-client's global one): a name, its HELP text and its label names (none by default).
 */
export function registeredIn(registry: Registry) {
  const registers = [registry];
  return {
    counter: <L extends string = string>(name: string, help: string, labelNames: readonly L[] = []) =>
      new Counter<L>({ name, help, labelNames, registers }),
    gauge: <L extends string = string>(name: string, help: string, labelNames: readonly L[] = []) =>
      new Gauge<L>({ name, help, labelNames, registers }),
    histogram: <L extends string = string>(name: string, help: string, labelNames: readonly L[] = []) =>
      new Histogram<L>({ name, help, labelNames, registers }),
  };
}
