import { readMetricsConfig } from './config/metrics.ts';
import { readPersistedDocuments } from './config/persisted-documents.ts';
import { ConfigError, type Env, envReaders, isRedisUrl, secretList } from './config/readers.ts';
import { type Config, DEFAULT_LIMITS, type Limits } from './config/shape.ts';
import { readTracing } from './config/tracing.ts';
import { DEVELOPMENT_ORIGINS, type OriginPattern, originPatternProblem } from './http/cors.ts';
import type { LogLevel } from './log.ts';
import { DEFAULT_MAX_CONCURRENT, DEFAULT_POOL_SIZE } from './upstream/resilience.ts';

// The server's environment (README, docs/operations.md), parsed once. Every problem is reported at once, by
// variable name. The shape and defaults are in config/shape.ts, the readers of one variable in
// config/readers.ts, the checks across variables at start in config/checks.ts.

export { checkStartConfig } from './config/checks.ts';
export { ConfigError, WEBHOOK_SECRET_MAX_CHARS } from './config/readers.ts';
export { type Config, DEFAULT_LIMITS, type Limits } from './config/shape.ts';

const LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent'];

export function parseConfig(env: Env): Config {
  const problems: string[] = [];
  const { get, int, url, flag } = envReaders(env, problems);

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
  const metrics = readMetricsConfig(env, problems);

  const tracing = readTracing(envReaders(env, problems), problems);

  const level = (get('LOG_LEVEL') ?? 'info') as LogLevel;
  if (!LEVELS.includes(level)) problems.push(`LOG_LEVEL must be one of ${LEVELS.join(', ')}, got "${level}"`);

  const persistedDocuments = readPersistedDocuments(env, problems);

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
    persistedDocuments,
    metrics,
    tracing,
  };
}
