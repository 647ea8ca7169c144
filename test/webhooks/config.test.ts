// The live-event variables of the environment: defaults, the secret list, and refusals that name the
// variable without echoing a secret or a Redis password.
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config.ts';

const problemsOf = (env: Record<string, string>) => {
  try {
    parseConfig(env);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
};

describe('live-event configuration', () => {
  it('defaults: no public URL, no secret, no Redis, 300 s window, 1 MiB body, 10 s poll', () => {
    const c = parseConfig({});
    expect({
      publicUrl: c.publicUrl,
      webhookSecrets: c.webhookSecrets,
      redisUrl: c.redisUrl,
      webhookTimestampWindowS: c.webhookTimestampWindowS,
      webhookMaxBodyBytes: c.webhookMaxBodyBytes,
      testNumberPollMs: c.testNumberPollMs,
    }).toEqual({
      publicUrl: undefined,
      webhookSecrets: [],
      redisUrl: undefined,
      webhookTimestampWindowS: 300,
      webhookMaxBodyBytes: 1_048_576,
      testNumberPollMs: 10_000,
    });
  });

  it('reads every variable; secrets are comma-separated and trimmed, the first first', () => {
    const c = parseConfig({
      PUBLIC_URL: 'https://events.example.com/',
      SINCH_WEBHOOK_SECRET: ' new-secret , old-secret ',
      REDIS_URL: 'redis://:pw@redis.internal:6380/2',
      WEBHOOK_TIMESTAMP_WINDOW_S: '60',
      WEBHOOK_MAX_BODY_BYTES: '4096',
      TEST_NUMBER_POLL_MS: '250',
    });
    expect(c.publicUrl).toBe('https://events.example.com');
    expect(c.webhookSecrets).toEqual(['new-secret', 'old-secret']);
    expect(c.redisUrl).toBe('redis://:pw@redis.internal:6380/2');
    expect([c.webhookTimestampWindowS, c.webhookMaxBodyBytes, c.testNumberPollMs]).toEqual([60, 4096, 250]);
  });

  it('refuses, by name and never by value: an empty or over-long secret, a non-Redis URL, bad numbers', () => {
    const long = 'L'.repeat(129);
    const problems = problemsOf({
      SINCH_WEBHOOK_SECRET: `ok,,${long}`,
      REDIS_URL: 'http://:hunter2pass@redis:6379',
      PUBLIC_URL: 'ftp://x',
      WEBHOOK_TIMESTAMP_WINDOW_S: '0',
      WEBHOOK_MAX_BODY_BYTES: '10',
      TEST_NUMBER_POLL_MS: '99',
    });
    expect(problems).toEqual([
      'PUBLIC_URL must be an http(s) URL, got "ftp://x"',
      'SINCH_WEBHOOK_SECRET (entry 2 of 3) is empty; each secret must be 1..128 characters',
      'SINCH_WEBHOOK_SECRET (entry 3 of 3) is 129 characters; each secret must be 1..128 characters',
      'REDIS_URL must be a redis:// or rediss:// URL',
      'WEBHOOK_TIMESTAMP_WINDOW_S must be an integer 1..86400, got "0"',
      'WEBHOOK_MAX_BODY_BYTES must be an integer 1024..100000000, got "10"',
      'TEST_NUMBER_POLL_MS must be an integer 100..3600000, got "99"',
    ]);
    expect(problems.join('\n')).not.toContain(long);
    expect(problems.join('\n')).not.toContain('hunter2pass');
  });
});
