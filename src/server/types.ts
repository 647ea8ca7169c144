import type { Config, Limits } from '../config.ts';
import type { Events } from '../events/index.ts';
import type { DrainResult } from '../http/drain.ts';
import type { Logger } from '../log.ts';

// What startServer (server/start.ts) takes and gives back; src/server.ts re-exports both.

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
  /** Where Prometheus metrics are served (the GraphQL port's /metrics, or METRICS_PORT's); undefined with METRICS=false. */
  metricsUrl: string | undefined;
  /** The event bus and nonce store the receiver publishes to (Redis with REDIS_URL, else in process). */
  events: Pick<Events, 'kind' | 'bus' | 'nonces'>;
  /** SIGTERM's path: /readyz answers 503 at once, in-flight requests get up to shutdownTimeoutMs, then close(). */
  shutdown(): Promise<DrainResult>;
  /** Immediate close: open connections are dropped. */
  close(): Promise<void>;
}

/** Closes one resource the server opened; run in order at close. */
export type Closer = () => Promise<void>;
