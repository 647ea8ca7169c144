import { createServer, type Server } from 'node:http';
import { type Config, checkStartConfig, parseConfig } from '../config.ts';
import { createEvents } from '../events/index.ts';
import { createDrain } from '../http/drain.ts';
import { attachWebSocket } from '../http/websocket.ts';
import { createLogger } from '../log.ts';
import { createMetrics } from '../observability/metrics.ts';
import { listenMetrics } from '../observability/metrics-server.ts';
import { startTracing } from '../observability/tracing.ts';
import { activeSubscriptions, endSubscriptions } from '../schema/events/session.ts';
import { enumWarnings } from '../schema/lib/enums.ts';
import { combineObservers, createSinchClient } from '../upstream/index.ts';
import { createWebhookReceiver } from '../webhooks/receiver.ts';
import { createYoga, type YogaDeps } from '../yoga.ts';
import { requestHandler } from './requests.ts';
import { stopper } from './shutdown.ts';
import type { Closer, RunningServer, StartServerOptions } from './types.ts';
import { resolveUpstream } from './upstream.ts';

// The start sequence: config, the upstream (embedded sandbox when no SINCH_API_URL), the upstream client,
// the event bus and webhook receiver, listen, then the GraphQL handler (it needs the bound port).

/** Reads config, builds the deps (embedded sandbox when no SINCH_API_URL), listens. */
export async function startServer(opts: StartServerOptions = {}): Promise<RunningServer> {
  const parsed = parseConfig(opts.env ?? process.env);
  const config: Config = {
    ...parsed,
    ...opts.config,
    limits: { ...parsed.limits, ...opts.config?.limits },
  };
  const logger = opts.logger ?? createLogger(config.logLevel);
  // Unknown upstream enum values are reported once per process, through the configured logger.
  enumWarnings.logger = logger;
  const closers: Closer[] = [];
  checkStartConfig(config);

  // METRICS (default on): one registry; METRICS_PORT serves it on a listener of its own, not on PORT.
  const metrics = config.metrics.enabled
    ? createMetrics({ endpoint: config.metrics.port === undefined })
    : undefined;

  const upstream = await resolveUpstream(config, closers);
  const { baseUrl, authUrl, credentials, sandboxUrl, defaultProjectId, webhookSecrets } = upstream;
  // OpenTelemetry (OTEL_* variables; off without an endpoint): its spans are flushed at close.
  const tracing = await startTracing(config.tracing, logger, baseUrl);
  if (tracing) closers.push(() => tracing.shutdown(config.shutdownTimeoutMs));
  const client = createSinchClient({
    baseUrl,
    ...(authUrl ? { authUrl } : {}),
    ...(credentials ? { credentials } : {}),
    ...(config.upstreamTimeoutMs ? { timeoutMs: config.upstreamTimeoutMs } : {}),
    logger,
    resilience: {
      retry: { maxRetries: config.upstreamRetries },
      breaker: { failureThreshold: config.breakerThreshold, cooldownMs: config.breakerCooldownMs },
      maxConcurrent: config.upstreamMaxConcurrent,
      poolSize: config.upstreamConcurrency,
    },
    observer: combineObservers([
      ...(metrics ? [metrics.upstream] : []),
      ...(tracing ? [tracing.observer] : []),
    ]),
  });
  closers.unshift(() => client.close());
  const events = createEvents(config, logger);
  const receiver = createWebhookReceiver({
    bus: events.bus,
    nonces: events.nonces,
    secrets: webhookSecrets,
    windowSeconds: config.webhookTimestampWindowS,
    maxBodyBytes: config.webhookMaxBodyBytes,
    logger,
    onDelivery: metrics?.webhookDelivery,
  });
  // First to close: accepted deliveries finish publishing, then the bus and its connections go.
  closers.unshift(async () => {
    await receiver.idle();
    await events.close();
  });
  // Built once the port is bound: the webhook target (publicUrl) needs it when PORT=0.
  let yoga: ReturnType<typeof createYoga> | undefined;
  let yogaDeps: YogaDeps | undefined;
  const buildYoga = (publicUrl: string) => {
    yogaDeps = {
      client,
      logger,
      requestDeadlineMs: config.requestDeadlineMs,
      serviceAuth: credentials !== undefined,
      // Embedded sandbox: the demo key unless the request brings its own Authorization (another seeded
      // project's key, or a wrong one to see the upstream's 401).
      callerAuthorizationWins: sandboxUrl !== undefined && config.credentials === undefined,
      corsOrigins: config.corsOrigins,
      production: config.production,
      introspection: config.introspection,
      limits: config.limits,
      ...(defaultProjectId ? { defaultProjectId } : {}),
      events: events.bus,
      webhookSecrets,
      publicUrl,
      testNumberPollMs: config.testNumberPollMs,
      ...(config.persistedDocuments ? { persistedDocuments: config.persistedDocuments } : {}),
      ...(metrics ? { metrics } : {}),
      ...(tracing ? { tracing: tracing.plugin } : {}),
    };
    return createYoga(yogaDeps);
  };

  const drain = createDrain();
  const server: Server = createServer(
    requestHandler({ upstreamOrigin: new URL(baseUrl).origin, drain, receiver, yoga: () => yoga }),
  );
  // graphql-ws on /graphql (src/http/websocket.ts); upgraded sockets are closed before the server is.
  const webSocket = attachWebSocket(server, () => yoga, { ...config, logger });
  metrics?.countSubscriptions(() => (yogaDeps ? activeSubscriptions(yogaDeps) : 0));
  let metricsUrl: string | undefined;
  try {
    if (metrics && config.metrics.port !== undefined) {
      const listener = await listenMetrics(metrics.registry, config.host, config.metrics.port);
      // Closed last, after the GraphQL server: a scrape during the drain still answers.
      closers.push(() => listener.close());
      metricsUrl = listener.url;
    }
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => resolve());
    });
  } catch (error) {
    for (const closer of closers) await closer();
    throw error;
  }
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const publicUrl = config.publicUrl ?? `http://${host}:${port}`;
  yoga = buildYoga(publicUrl);
  if (metrics && !metricsUrl) metricsUrl = `http://${host}:${port}/metrics`;

  return {
    url: `http://${host}:${port}/graphql`,
    sandboxUrl,
    demoAuthorization: upstream.demoAuthorization,
    publicUrl,
    metricsUrl,
    events: { kind: events.kind, bus: events.bus, nonces: events.nonces },
    ...stopper({
      server,
      webSocket,
      closers,
      drain,
      logger,
      shutdownTimeoutMs: config.shutdownTimeoutMs,
      endSubscriptions: () => {
        if (yogaDeps) endSubscriptions(yogaDeps);
      },
    }),
  };
}
