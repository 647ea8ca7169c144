import type { OriginPattern } from '../http/cors.ts';
import type { LogLevel } from '../log.ts';
import type { MetricsConfig } from './metrics.ts';
import type { PersistedDocumentsConfig } from './persisted-documents.ts';
import type { TracingConfig } from './tracing.ts';

// The shape of the server's configuration and the default abuse limits; src/config.ts fills it from the
// environment.

export interface Config {
  port: number;
  host: string;
  /** Unset: the server embeds the sandbox. */
  sinchApiUrl: string | undefined;
  sinchAuthUrl: string | undefined;
  credentials: { keyId: string; keySecret: string; mode: 'oauth2' | 'basic' } | undefined;
  sandboxPort: number;
  logLevel: LogLevel;
  /**
   * UPSTREAM_CONCURRENCY: upstream requests in flight at once per credential (the service key, or each
   * forwarded caller key), shared fairly between the GraphQL requests waiting for them; default 256.
   */
  upstreamConcurrency: number;
  upstreamTimeoutMs: number | undefined;
  /** REQUEST_DEADLINE_MS: overall deadline of one GraphQL request (upstream calls included); default 10 000. */
  requestDeadlineMs: number;
  /**
   * UPSTREAM_MAX_CONCURRENT: process-wide cap on upstream requests in flight, all credentials together (also
   * the keep-alive connections to the upstream); default 256.
   */
  upstreamMaxConcurrent: number;
  /** UPSTREAM_RETRIES: retries of idempotent upstream calls, 0..2; default 2. */
  upstreamRetries: number;
  /** UPSTREAM_BREAKER_THRESHOLD: consecutive upstream failures that open the circuit; default 10. */
  breakerThreshold: number;
  /** UPSTREAM_BREAKER_COOLDOWN_MS: how long an open circuit waits before a probe; default 5 000. */
  breakerCooldownMs: number;
  /** NODE_ENV=production: masked errors never carry details, no field suggestions. */
  production: boolean;
  /**
   * INTROSPECTION=true/false, default true: the schema is published in this repository (schema.graphql), so
   * hiding it protects nothing and would break GraphiQL and tooling. GraphiQL is served only when it is on.
   */
  introspection: boolean;
  /** Abuse limits (docs/operations.md); each refusal is an HTTP 400 naming the limit. */
  limits: Limits;
  /** How long SIGTERM waits for in-flight requests before closing their connections. */
  shutdownTimeoutMs: number;
  /**
   * CORS_ORIGINS: browser origins allowed to call the server (comma-separated; `none` for no cross-origin
   * access). Default: none in production, `http://localhost:*` and `http://127.0.0.1:*` otherwise.
   */
  corsOrigins: readonly OriginPattern[];
  /**
   * PUBLIC_URL: the server's address as Sinch reaches it (no trailing slash); webhooks this server registers
   * target `${publicUrl}/webhooks/sinch/{projectId}`. Unset: http://HOST:PORT with the port actually bound.
   */
  publicUrl: string | undefined;
  /**
   * SINCH_WEBHOOK_SECRET: comma-separated, each 1..128 characters (the contract's bounds). A delivery is
   * accepted when it is signed with any of them (rotation); the first is the one webhooks this server
   * registers are given. Write-only: never logged or returned. Empty: with the embedded sandbox the server
   * makes one up at start; otherwise the receiver answers 503 (nothing can be verified).
   */
  webhookSecrets: string[];
  /** REDIS_URL (redis:// or rediss://): the event bus and nonce store shared by every instance. Unset: in process. */
  redisUrl: string | undefined;
  /** WEBHOOK_TIMESTAMP_WINDOW_S: accepted distance of a delivery's timestamp from our clock, either way; default 300. */
  webhookTimestampWindowS: number;
  /** WEBHOOK_MAX_BODY_BYTES: largest webhook delivery body accepted (413 above); default 1 MiB. */
  webhookMaxBodyBytes: number;
  /** TEST_NUMBER_POLL_MS: how often a test-number subscription polls the upstream; default 10 000. */
  testNumberPollMs: number;
  /** PERSISTED_DOCUMENTS (+ PERSISTED_DOCUMENTS_ONLY): the trusted documents' manifest, loaded at start. */
  persistedDocuments: PersistedDocumentsConfig | undefined;
  /** METRICS, METRICS_PORT: Prometheus /metrics (config/metrics.ts). */
  metrics: MetricsConfig;
  /** OpenTelemetry traces, from the standard OTEL_* variables (config/tracing.ts); off without an endpoint. */
  tracing: TracingConfig;
}

export interface Limits {
  /** Depth of the operation's own fields (introspection subtrees not counted). */
  maxDepth: number;
  /** Depth of a path through `__schema`/`__type`; the standard introspection query is 15. */
  maxIntrospectionDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  /**
   * Upstream calls one request may make: an operation estimated above it is refused before it runs, and
   * the request's call budget stops it at run time.
   */
  maxUpstreamCalls: number;
  /**
   * COST_EXPECTED_TEST_NUMBERS: test numbers the estimate assumes per sender (the query cannot say how
   * many a sender has; the upstream allows up to 200). An expected size, not a worst case.
   */
  expectedTestNumbers: number;
  /** Items of `nodes(ids)` (`_entities` is bounded by the distinct senders it costs, maxUpstreamCalls). */
  maxListItems: number;
  maxBodyBytes: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxDepth: 12,
  maxIntrospectionDepth: 20,
  maxAliases: 30,
  maxDirectives: 50,
  maxTokens: 5000,
  maxUpstreamCalls: 250,
  expectedTestNumbers: 3,
  maxListItems: 100,
  maxBodyBytes: 1_048_576,
};
