import type { envReaders } from './readers.ts';

// Traces (src/observability/tracing.ts) are configured by the standard OpenTelemetry variables only. This
// reader decides whether they are on and refuses values the SDK would silently replace with a default; the
// SDK itself reads the variables it knows (exporter endpoint, service name, sampler, batch delays) from the
// process environment.

export interface TracingConfig {
  /**
   * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT or OTEL_EXPORTER_OTLP_ENDPOINT set, OTEL_SDK_DISABLED not true and
   * OTEL_TRACES_EXPORTER not `none`. Off: no tracer provider at all, no span work, no `traceparent` sent.
   */
  enabled: boolean;
}

/** The samplers the SDK builds from OTEL_TRACES_SAMPLER (the spec's list, less the remote ones). */
const SAMPLERS = [
  'always_on',
  'always_off',
  'traceidratio',
  'parentbased_always_on',
  'parentbased_always_off',
  'parentbased_traceidratio',
];

export function readTracing(readers: ReturnType<typeof envReaders>, problems: string[]): TracingConfig {
  const { get, url, flag } = readers;
  const endpoint = url('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT') ?? url('OTEL_EXPORTER_OTLP_ENDPOINT');
  const disabled = flag('OTEL_SDK_DISABLED', false);

  const exporter = get('OTEL_TRACES_EXPORTER');
  if (exporter !== undefined && exporter !== 'otlp' && exporter !== 'none')
    problems.push(`OTEL_TRACES_EXPORTER must be "otlp" or "none", got "${exporter}"`);

  for (const name of ['OTEL_EXPORTER_OTLP_TRACES_PROTOCOL', 'OTEL_EXPORTER_OTLP_PROTOCOL']) {
    const protocol = get(name);
    if (protocol !== undefined && protocol !== 'http/json' && protocol !== 'http/protobuf')
      problems.push(`${name}: traces are sent as OTLP/HTTP (JSON), so "${protocol}" cannot be used`);
  }

  const sampler = get('OTEL_TRACES_SAMPLER');
  if (sampler !== undefined && !SAMPLERS.includes(sampler))
    problems.push(`OTEL_TRACES_SAMPLER must be one of ${SAMPLERS.join(', ')}, got "${sampler}"`);
  const ratio = get('OTEL_TRACES_SAMPLER_ARG');
  if (ratio !== undefined && sampler?.endsWith('traceidratio')) {
    const n = Number(ratio);
    if (!Number.isFinite(n) || n < 0 || n > 1)
      problems.push(`OTEL_TRACES_SAMPLER_ARG must be a number 0..1 for ${sampler}, got "${ratio}"`);
  }

  return { enabled: endpoint !== undefined && !disabled && exporter !== 'none' };
}
