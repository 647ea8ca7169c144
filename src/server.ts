import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { pathToFileURL } from 'node:url';
import { type Config, ConfigError, type Limits, parseConfig } from './config.ts';
import { createEvents, type Events } from './events/index.ts';
import { createDrain, type DrainResult } from './http/drain.ts';
import { attachWebSocket } from './http/websocket.ts';
import { createLogger, type Logger } from './log.ts';
import { endSubscriptions } from './schema/events/session.ts';
import { createSinchClient } from './upstream/index.ts';
import { createWebhookReceiver } from './webhooks/receiver.ts';
import { createYoga, type YogaDeps } from './yoga.ts';

export interface StartServerOptions {
  /** Environment to read (default process.env); `config` entries override it. */
  env?: Readonly<Record<string, string | undefined>>;
  config?: Partial<Omit<Config, 'limits'>> & { limits?: Partial<Limits> };
  logger?: Logger;
}

export interface RunningServer {
  /** http://HOST:PORT/graphql */
  url: string;
  /** The embedded sandbox's URL, when there is one. */
  sandboxUrl: string | undefined;
  /** Ready-to-paste Authorization header value for the embedded sandbox's demo project. */
  demoAuthorization: string | undefined;
  /** PUBLIC_URL, or http://HOST:PORT with the bound port: webhooks target `${publicUrl}/webhooks/sinch/{projectId}`. */
  publicUrl: string;
  /** The event bus and nonce store the receiver publishes to (Redis with REDIS_URL, else in process). */
  events: Pick<Events, 'kind' | 'bus' | 'nonces'>;
  /** SIGTERM's path: /readyz answers 503 at once, in-flight requests get up to shutdownTimeoutMs, then close(). */
  shutdown(): Promise<DrainResult>;
  /** Immediate close: open connections are dropped. */
  close(): Promise<void>;
}

/** Reads config, builds the deps (embedded sandbox when no SINCH_API_URL), listens. */
export async function startServer(opts: StartServerOptions = {}): Promise<RunningServer> {
  const parsed = parseConfig(opts.env ?? process.env);
  const config: Config = {
    ...parsed,
    ...opts.config,
    limits: { ...parsed.limits, ...opts.config?.limits },
  };
  const logger = opts.logger ?? createLogger(config.logLevel);
  const closers: (() => Promise<void>)[] = [];

  if (config.corsOrigins.includes('*') && (config.credentials || !config.sinchApiUrl)) {
    throw new ConfigError([
      `CORS_ORIGINS=* is refused while the server uses its own Sinch credentials (${
        config.credentials ? 'SINCH_KEY_ID' : "the embedded sandbox's demo key"
      }): any web page could then read and change the project's senders. List the allowed origins instead.`,
    ]);
  }

  let baseUrl = config.sinchApiUrl;
  let authUrl = config.sinchAuthUrl;
  let credentials = config.credentials;
  let sandboxUrl: string | undefined;
  let demoAuthorization: string | undefined;
  let defaultProjectId: string | undefined;
  let webhookSecrets = config.webhookSecrets;
  if (!baseUrl) {
    // No upstream configured: embed the sandbox and act as its demo project's service, so GraphiQL works
    // with no header at all.
    const { startSandbox, DEMO } = await import('./sandbox/index.ts');
    const sandbox = await startSandbox({ host: '127.0.0.1', port: config.sandboxPort, seed: 'demo' });
    closers.push(() => sandbox.close());
    baseUrl = sandbox.url;
    sandboxUrl = sandbox.url;
    authUrl ??= `${sandbox.url}/oauth2/token`;
    credentials ??= { keyId: DEMO.keyId, keySecret: DEMO.keySecret, mode: 'oauth2' };
    demoAuthorization = `Basic ${Buffer.from(`${DEMO.keyId}:${DEMO.keySecret}`).toString('base64')}`;
    defaultProjectId = DEMO.projectId;
    // So that webhooks registered with the embedded sandbox work end to end with no setup. Never printed
    // or logged: whoever needs to sign must set SINCH_WEBHOOK_SECRET.
    if (webhookSecrets.length === 0) webhookSecrets = [randomBytes(32).toString('base64url')];
  }

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
    };
    return createYoga(yogaDeps);
  };

  const upstreamOrigin = new URL(baseUrl).origin;
  const drain = createDrain();
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/healthz') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    if (path === '/readyz') {
      if (drain.draining) {
        res.writeHead(503, { 'content-type': 'text/plain', connection: 'close' }).end('shutting down');
        return;
      }
      // Reachable = the upstream answers HTTP at all (any status); a refused or hanging connection is not.
      fetch(upstreamOrigin, { method: 'HEAD', signal: AbortSignal.timeout(2000) }).then(
        () => res.writeHead(200, { 'content-type': 'text/plain' }).end('ready'),
        () => res.writeHead(503, { 'content-type': 'text/plain' }).end('upstream unreachable'),
      );
      return;
    }
    drain.track(req, res);
    if (receiver.handle(req, res)) return;
    if (!yoga) {
      // Not reachable in practice (yoga is built before the event loop turns after listen), kept explicit.
      res.writeHead(503, { 'content-type': 'text/plain' }).end('starting');
      return;
    }
    void yoga.handle(req, res);
  });
  // graphql-ws on /graphql (src/http/websocket.ts); upgraded sockets are closed before the server is.
  const webSocket = attachWebSocket(server, () => yoga, { ...config, logger });
  try {
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

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      await webSocket.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      for (const closer of closers) await closer();
    })();
    return closing;
  };
  return {
    url: `http://${host}:${port}/graphql`,
    sandboxUrl,
    demoAuthorization,
    publicUrl,
    events: { kind: events.kind, bus: events.bus, nonces: events.nonces },
    async shutdown() {
      logger.info({ inFlight: drain.inFlight, timeoutMs: config.shutdownTimeoutMs }, 'shutdown: draining');
      // Open subscriptions never end by themselves: end them (SHUTTING_DOWN) so the drain need not wait.
      if (yogaDeps) endSubscriptions(yogaDeps);
      const result = await drain.drain(config.shutdownTimeoutMs);
      const log = result.cutOff > 0 ? logger.warn : logger.info;
      log({ cutOff: result.cutOff, durationMs: result.durationMs }, 'shutdown: drained');
      await close();
      return result;
    },
    close,
  };
}

/** One line for a port that is taken (the server's or the embedded sandbox's), instead of a stack trace. */
function addressInUse(error: unknown): string | undefined {
  const e = error as { code?: unknown; address?: unknown; port?: unknown };
  if (e?.code !== 'EADDRINUSE') return undefined;
  return `Cannot listen on ${String(e.address)}:${String(e.port)}: the address is already in use (another server running?). Stop it, or choose another port with PORT (or SANDBOX_PORT for the embedded sandbox).`;
}

/** What `npm start` prints: where to go, and with the embedded sandbox, how to use its demo data. */
export function startBanner(
  running: Pick<RunningServer, 'url' | 'sandboxUrl' | 'demoAuthorization'>,
): string {
  const lines = [`GraphQL server ready at ${running.url} (GraphiQL in a browser)`];
  if (running.sandboxUrl) {
    lines.push(
      `Embedded Sinch sandbox at ${running.sandboxUrl} (demo data; project id "demo-project")`,
      'Requests without an Authorization header use the demo key; one that sends its own is forwarded with it, e.g.',
      `Authorization: ${running.demoAuthorization}`,
      'Move the demo senders one simulated day on (reviews progress, invites are answered):',
      `curl -s -X POST ${running.sandboxUrl}/_sandbox/advance -H 'content-type: application/json' -d '{"steps": 1}'`,
    );
  }
  return `${lines.join('\n')}\n`;
}

async function main() {
  let running: RunningServer;
  try {
    running = await startServer();
  } catch (error) {
    const inUse = addressInUse(error);
    if (error instanceof ConfigError || inUse) {
      process.stderr.write(`${inUse ?? (error as Error).message}\n`);
      process.exit(inUse ? 1 : 2);
    }
    throw error;
  }
  process.stdout.write(startBanner(running));
  // Idempotent: `npm start` forwards the signal it gets to the server, and a terminal's Ctrl-C reaches both,
  // so a second signal must not cut the drain short.
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    running.shutdown().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
