// Several server instances behind one Redis (REDIS_URL, a real redis-server with a password): a delivery
// to any instance reaches the subscribers of every instance once, and a nonce is one per deployment.
// Without REDIS_URL instances share nothing. Redis down: deliveries are refused with 503 (Sinch retries),
// GraphQL keeps working, the log names host and port only, and deliveries are accepted again once it is up.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventChannel } from '../../src/events/redis.ts';
import { type RunningServer, startServer } from '../../src/server.ts';
import { newNonce } from '../../src/upstream/webhook-signature.ts';
import { captureLog } from '../support/log-capture.ts';
import { freePort, type RedisServer, startRedis } from '../support/redis.ts';
import { addSecret } from '../support/secrets.ts';
import { deliver, record } from '../support/webhooks.ts';

const SECRET = 'multi-instance-secret-Tz8qWn';
const PASSWORD = 'redis-pass-Kd93hfLq';
addSecret(SECRET);
addSecret(PASSWORD);
const body = { type: 'RCS_ACCOUNT_COMMENT_ADDED', comment: 'shared' };

const start = (redisUrl?: string) =>
  startServer({
    env: {},
    config: {
      port: 0,
      host: '127.0.0.1',
      logLevel: 'silent',
      webhookSecrets: [SECRET],
      ...(redisUrl ? { redisUrl } : {}),
    },
  });

let redis: RedisServer;
let a: RunningServer;
let b: RunningServer;
beforeAll(async () => {
  redis = await startRedis({ password: PASSWORD });
  [a, b] = await Promise.all([start(redis.url), start(redis.url)]);
});
afterAll(async () => {
  await Promise.all([a?.close(), b?.close()]);
  await redis?.stop();
});

describe('two instances, one Redis', () => {
  it('a delivery to instance A reaches a subscriber of instance B (and of A) exactly once', async () => {
    expect([a.events.kind, b.events.kind]).toEqual(['redis', 'redis']);
    const onA = record(a.events.bus, 'mi-one');
    const onB = record(b.events.bus, 'mi-one');
    await redis.waitForSubscribers(eventChannel('mi-one'), 2);
    const nonce = newNonce();
    expect((await deliver(a.publicUrl, 'mi-one', { body, secret: SECRET, nonce })).status).toBe(204);
    expect((await onB.until(1)).map((e) => [e.projectId, e.nonce, e.body])).toEqual([
      ['mi-one', nonce, body],
    ]);
    await onA.until(1);
    // A later event arriving first on both proves nothing else was in the pipe for either.
    await deliver(b.publicUrl, 'mi-one', { body: { ...body, comment: 'next' }, secret: SECRET });
    await onA.until(2);
    await onB.until(2);
    expect(onA.events.map((e) => e.body.comment)).toEqual(['shared', 'next']);
    expect(onB.events.map((e) => e.body.comment)).toEqual(['shared', 'next']);
    await onA.stop();
    await onB.stop();
  });

  it('the same delivery (same nonce) sent to both instances is published once in total', async () => {
    const onB = record(b.events.bus, 'mi-two');
    await redis.waitForSubscribers(eventChannel('mi-two'), 1);
    const d = { body, secret: SECRET, nonce: newNonce() };
    const answers = await Promise.all([deliver(a.publicUrl, 'mi-two', d), deliver(b.publicUrl, 'mi-two', d)]);
    expect(answers.map((x) => x.status)).toEqual([204, 204]);
    await deliver(a.publicUrl, 'mi-two', { body: { ...body, comment: 'barrier' }, secret: SECRET });
    await onB.until(2);
    expect(onB.events.map((e) => [e.nonce, e.body.comment])).toEqual([
      [d.nonce, 'shared'],
      [expect.any(String), 'barrier'],
    ]);
    await onB.stop();
  });
});

describe('two instances without REDIS_URL', () => {
  it('share nothing: B does not see A’s delivery, and the same nonce is published by each', async () => {
    const [x, y] = await Promise.all([start(), start()]);
    try {
      expect([x.events.kind, y.events.kind]).toEqual(['memory', 'memory']);
      const onX = record(x.events.bus, 'solo');
      const onY = record(y.events.bus, 'solo');
      const d = { body, secret: SECRET, nonce: newNonce() };
      expect((await deliver(x.publicUrl, 'solo', d)).status).toBe(204);
      await onX.until(1);
      // Y's first event is its own copy of the delivery: A's publish never reached it.
      expect((await deliver(y.publicUrl, 'solo', d)).status).toBe(204);
      await onY.until(1);
      await deliver(x.publicUrl, 'solo', { body: { ...body, comment: 'x only' }, secret: SECRET });
      await onX.until(2);
      expect(onY.events.map((e) => e.nonce)).toEqual([d.nonce]);
      expect(onX.events.map((e) => e.body.comment)).toEqual(['shared', 'x only']);
      await onX.stop();
      await onY.stop();
    } finally {
      await Promise.all([x.close(), y.close()]);
    }
  });
});

describe('Redis down', () => {
  it('503 for deliveries, GraphQL still answers, the log names no password; accepted again once Redis is up', async () => {
    const log = captureLog();
    const port = await freePort();
    const server = await start(`redis://:${PASSWORD}@127.0.0.1:${port}`);
    let later: RedisServer | undefined;
    try {
      const refused = await deliver(server.publicUrl, 'down-p', { body, secret: SECRET });
      expect({ status: refused.status, error: refused.json?.error }).toEqual({
        status: 503,
        error: 'nonce_store_unavailable',
      });
      const gql = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ project(id: "demo-project") { id } }' }),
      });
      expect(((await gql.json()) as { data: unknown }).data).toEqual({ project: { id: 'demo-project' } });
      const failed = log.lines().filter((l) => l.msg.startsWith('redis: connection failed'));
      expect(failed.map((l) => [l.role, l.redis]).sort()).toEqual([
        ['commands', `redis://127.0.0.1:${port}`],
        ['subscriptions', `redis://127.0.0.1:${port}`],
      ]);

      later = await startRedis({ password: PASSWORD, port });
      const onIt = record(server.events.bus, 'down-p');
      const deadline = Date.now() + 10_000;
      let status = 0;
      while (status !== 204 && Date.now() < deadline) {
        status = (await deliver(server.publicUrl, 'down-p', { body, secret: SECRET })).status;
        if (status !== 204) await new Promise((r) => setTimeout(r, 100));
      }
      expect(status).toBe(204);
      expect(log.lines().filter((l) => l.msg === 'redis: connected again').length).toBeGreaterThanOrEqual(1);
      await onIt.stop();
      expect(log.lines().some((l) => l.raw.includes(PASSWORD))).toBe(false);
    } finally {
      await server.close();
      await later?.stop();
      log.stop();
    }
  });
});
