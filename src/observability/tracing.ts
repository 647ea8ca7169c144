import type { TextMapPropagator } from '@opentelemetry/api';
import type { Plugin } from 'graphql-yoga';
import type { TracingConfig } from '../config/tracing.ts';
import type { Logger } from '../log.ts';
import type { UpstreamObserver } from '../upstream/observe.ts';

// OpenTelemetry traces (docs/operations.md "Traces"): one tracer provider per server, exporting OTLP/HTTP
// (JSON) in batches. The SDK reads its own variables from the process environment: the endpoint
// (OTEL_EXPORTER_OTLP_[TRACES_]ENDPOINT, headers, timeout), OTEL_TRACES_SAMPLER(_ARG), OTEL_BSP_* and the
// resource (OTEL_SERVICE_NAME, OTEL_RESOURCE_ATTRIBUTES). Off (config/tracing.ts): the SDK is not even
// loaded, the GraphQL plugin and the upstream observer are not installed, and no `traceparent` is sent.

/** The service name when OTEL_SERVICE_NAME (or service.name in OTEL_RESOURCE_ATTRIBUTES) is not set. */
export const DEFAULT_SERVICE_NAME = 'sinch-rcs-graphql';

/** The instrumentation scope of every span this server makes. */
const SCOPE = 'sinch-rcs-graphql';

export interface Tracing {
  /** Operation and resolver spans (plugins/tracing.ts), for the yoga plugins list. */
  plugin: Plugin;
  /** A CLIENT span per upstream attempt and its `traceparent` (upstream-spans.ts). */
  observer: UpstreamObserver;
  /** Ends the provider: spans still queued are exported first, for at most `timeoutMs`. */
  shutdown(timeoutMs: number): Promise<void>;
}

/** Undefined when tracing is off: nothing is loaded or registered and no span is ever made. */
export async function startTracing(
  config: TracingConfig,
  logger: Logger,
  upstreamUrl: string,
): Promise<Tracing | undefined> {
  if (!config.enabled) return undefined;
  const [
    { diag, DiagLogLevel },
    { W3CTraceContextPropagator },
    { OTLPTraceExporter },
    resources,
    sdk,
    semconv,
    plugin,
    spans,
  ] = await Promise.all([
    import('@opentelemetry/api'),
    import('@opentelemetry/core'),
    import('@opentelemetry/exporter-trace-otlp-http'),
    import('@opentelemetry/resources'),
    import('@opentelemetry/sdk-trace-node'),
    import('@opentelemetry/semantic-conventions'),
    import('../plugins/tracing.ts'),
    import('./upstream-spans.ts'),
  ]);
  // The SDK's own troubles (an export the collector refused or never answered): warn lines, as requests
  // are not affected. The SDK hands an error over as its JSON: its message is enough.
  const warn = (message: string) => logger.warn({ event: 'otel' }, `OpenTelemetry: ${errorMessage(message)}`);
  diag.setLogger(
    { error: warn, warn, info: () => {}, debug: () => {}, verbose: () => {} },
    DiagLogLevel.WARN,
  );
  const provider = new sdk.NodeTracerProvider({
    // The environment's service.name wins over the default.
    resource: resources
      .resourceFromAttributes({ [semconv.ATTR_SERVICE_NAME]: DEFAULT_SERVICE_NAME })
      .merge(resources.detectResources({ detectors: [resources.envDetector] })),
    spanProcessors: [new sdk.BatchSpanProcessor(new OTLPTraceExporter())],
  });
  // W3C Trace Context only (`traceparent`, `tracestate`): what a gateway sends and Sinch is sent.
  const propagator: TextMapPropagator = new W3CTraceContextPropagator();
  // The AsyncLocalStorage context manager, so that an upstream attempt sees the resolver span it runs
  // under; the global provider and propagator for any other library instrumented with @opentelemetry/api.
  provider.register({ propagator });
  const tracer = provider.getTracer(SCOPE);
  return {
    plugin: plugin.useTracing(tracer, propagator),
    observer: spans.upstreamSpans(tracer, propagator, upstreamUrl),
    async shutdown(timeoutMs) {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, timeoutMs);
        timer.unref();
      });
      try {
        await Promise.race([provider.shutdown().catch(() => {}), late]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

function errorMessage(text: string): string {
  if (!text.startsWith('{')) return text;
  try {
    const parsed = JSON.parse(text) as { message?: unknown };
    return typeof parsed.message === 'string' ? parsed.message : text;
  } catch {
    return text;
  }
}
