import { DEVELOPMENT_ORIGINS, type OriginPattern, originPatternProblem } from './http/cors.ts';
import type { LogLevel } from './log.ts';
import { DEFAULT_MAX_CONCURRENT, DEFAULT_POOL_SIZE } from './upstream/resilience.ts';

// The server's environment (README, docs/operations.md), parsed once. Every problem is reported at once, by
// variable name.

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

export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
}

const LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent'];

export function parseConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const problems: string[] = [];
  const get = (name: string) => {
    const v = env[name]?.trim();
    return v === '' ? undefined : v;
  };
  const int = (name: string, fallback: number, min: number, max: number) => {
    const raw = get(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push(`${name} must be an integer ${min}..${max}, got "${raw}"`);
      return fallback;
    }
    return n;
  };
  const url = (name: string) => {
    const raw = get(name);
    if (raw === undefined) return undefined;
    try {
      const u = new URL(raw);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('scheme');
      return raw;
    } catch {
      problems.push(`${name} must be an http(s) URL, got "${raw}"`);
      return undefined;
    }
  };

  const port = int('PORT', 4000, 0, 65535);
  const sandboxPort = int('SANDBOX_PORT', 0, 0, 65535);
  const upstreamConcurrency = int('UPSTREAM_CONCURRENCY', DEFAULT_POOL_SIZE, 1, 10_000);
  const timeout =
    get('UPSTREAM_TIMEOUT_MS') === undefined ? undefined : int('UPSTREAM_TIMEOUT_MS', 10_000, 1, 600_000);
  const requestDeadlineMs = int('REQUEST_DEADLINE_MS', 10_000, 100, 600_000);
  const upstreamMaxConcurrent = int('UPSTREAM_MAX_CONCURRENT', DEFAULT_MAX_CONCURRENT, 1, 10_000);
  const upstreamRetries = int('UPSTREAM_RETRIES', 2, 0, 2);
  const breakerThreshold = int('UPSTREAM_BREAKER_THRESHOLD', 10, 1, 1000);
  const breakerCooldownMs = int('UPSTREAM_BREAKER_COOLDOWN_MS', 5_000, 100, 600_000);
  const sinchApiUrl = url('SINCH_API_URL');
  const sinchAuthUrl = url('SINCH_AUTH_URL');

  const keyId = get('SINCH_KEY_ID');
  const keySecret = get('SINCH_KEY_SECRET');
  if ((keyId === undefined) !== (keySecret === undefined)) {
    problems.push(
      'SINCH_KEY_ID and SINCH_KEY_SECRET must be set together (or both left unset for passthrough auth)',
    );
  }
  const mode = get('SINCH_AUTH') ?? 'oauth2';
  if (mode !== 'oauth2' && mode !== 'basic')
    problems.push(`SINCH_AUTH must be "oauth2" or "basic", got "${mode}"`);

  const production = get('NODE_ENV') === 'production';
  const flag = (name: string, fallback: boolean) => {
    const raw = get(name)?.toLowerCase();
    if (raw === undefined) return fallback;
    if (raw === 'true' || raw === '1') return true;
    if (raw === 'false' || raw === '0') return false;
    problems.push(`${name} must be true or false, got "${raw}"`);
    return fallback;
  };
  const introspection = flag('INTROSPECTION', true);
  const d = DEFAULT_LIMITS;
  const limits: Limits = {
    maxDepth: int('MAX_DEPTH', d.maxDepth, 1, 1000),
    maxIntrospectionDepth: int('MAX_INTROSPECTION_DEPTH', d.maxIntrospectionDepth, 1, 1000),
    maxAliases: int('MAX_ALIASES', d.maxAliases, 0, 100_000),
    maxDirectives: int('MAX_DIRECTIVES', d.maxDirectives, 0, 100_000),
    maxTokens: int('MAX_TOKENS', d.maxTokens, 10, 1_000_000),
    maxUpstreamCalls: int('MAX_UPSTREAM_CALLS', d.maxUpstreamCalls, 1, 1_000_000),
    expectedTestNumbers: int('COST_EXPECTED_TEST_NUMBERS', d.expectedTestNumbers, 0, 200),
    maxListItems: int('MAX_LIST_ITEMS', d.maxListItems, 1, 10_000),
    maxBodyBytes: int('MAX_BODY_BYTES', d.maxBodyBytes, 1024, 100_000_000),
  };
  const shutdownTimeoutMs = int('SHUTDOWN_TIMEOUT_MS', 10_000, 0, 600_000);

  const corsRaw = get('CORS_ORIGINS');
  let corsOrigins: readonly OriginPattern[] = production ? [] : DEVELOPMENT_ORIGINS;
  if (corsRaw !== undefined) {
    const entries = corsRaw
      .split(',')
      .map((e) => e.trim())
      .filter(Boolean);
    corsOrigins = entries.length === 1 && entries[0] === 'none' ? [] : entries;
    for (const entry of corsOrigins) {
      const problem = originPatternProblem(entry);
      if (problem) problems.push(`CORS_ORIGINS: ${problem}`);
    }
  }

  const publicUrl = url('PUBLIC_URL')?.replace(/\/+$/, '');
  const webhookSecrets = secretList('SINCH_WEBHOOK_SECRET', env.SINCH_WEBHOOK_SECRET, problems);
  const redisUrl = get('REDIS_URL');
  if (redisUrl !== undefined && !isRedisUrl(redisUrl)) {
    // The value may carry a password: the message names the variable, never the value.
    problems.push('REDIS_URL must be a redis:// or rediss:// URL');
  }
  const webhookTimestampWindowS = int('WEBHOOK_TIMESTAMP_WINDOW_S', 300, 1, 86_400);
  const webhookMaxBodyBytes = int('WEBHOOK_MAX_BODY_BYTES', 1_048_576, 1024, 100_000_000);
  const testNumberPollMs = int('TEST_NUMBER_POLL_MS', 10_000, 100, 3_600_000);

  const level = (get('LOG_LEVEL') ?? 'info') as LogLevel;
  if (!LEVELS.includes(level)) problems.push(`LOG_LEVEL must be one of ${LEVELS.join(', ')}, got "${level}"`);

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    port,
    host: get('HOST') ?? '127.0.0.1',
    sinchApiUrl,
    sinchAuthUrl,
    credentials: keyId && keySecret ? { keyId, keySecret, mode: mode as 'oauth2' | 'basic' } : undefined,
    sandboxPort,
    logLevel: level,
    upstreamConcurrency,
    upstreamTimeoutMs: timeout,
    requestDeadlineMs,
    upstreamMaxConcurrent,
    upstreamRetries,
    breakerThreshold,
    breakerCooldownMs,
    production,
    introspection,
    limits,
    shutdownTimeoutMs,
    corsOrigins,
    publicUrl,
    webhookSecrets,
    redisUrl,
    webhookTimestampWindowS,
    webhookMaxBodyBytes,
    testNumberPollMs,
  };
}

/** The contract's bounds of a webhook secret (WebhookWebhookInputDto.secret). */
export const WEBHOOK_SECRET_MAX_CHARS = 128;

// Secrets are split on commas and trimmed; a problem names the entry by position, never its value.
function secretList(name: string, raw: string | undefined, problems: string[]): string[] {
  if (raw === undefined || raw.trim() === '') return [];
  const entries = raw.split(',').map((e) => e.trim());
  const out: string[] = [];
  entries.forEach((entry, i) => {
    const which = entries.length > 1 ? ` (entry ${i + 1} of ${entries.length})` : '';
    if (entry.length === 0) problems.push(`${name}${which} is empty; each secret must be 1..128 characters`);
    else if (entry.length > WEBHOOK_SECRET_MAX_CHARS)
      problems.push(`${name}${which} is ${entry.length} characters; each secret must be 1..128 characters`);
    else out.push(entry);
  });
  return out;
}

function isRedisUrl(raw: string): boolean {
  try {
    const u = new URL(raw);
    return (u.protocol === 'redis:' || u.protocol === 'rediss:') && u.hostname !== '';
  } catch {
    return false;
  }
}
