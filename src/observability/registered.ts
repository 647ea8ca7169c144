import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

/**
 * Makers of the metrics of /metrics (metrics.ts, upstream-metrics.ts), each registered in `registry` only
 * (not prom-client's global one), each named by a key of `help` (which holds its HELP text), with its label
 * names (none by default).
 */
export function registeredIn<N extends string>(registry: Registry, help: Readonly<Record<N, string>>) {
  const registers = [registry];
  const config = <L extends string>(name: N, labelNames: readonly L[]) => ({
    name,
    help: help[name],
    labelNames,
    registers,
  });
  return {
    counter: <L extends string = string>(name: N, labelNames: readonly L[] = []) =>
      new Counter<L>(config(name, labelNames)),
    gauge: <L extends string = string>(name: N, labelNames: readonly L[] = []) =>
      new Gauge<L>(config(name, labelNames)),
    histogram: <L extends string = string>(name: N, labelNames: readonly L[] = []) =>
      new Histogram<L>(config(name, labelNames)),
  };
}
