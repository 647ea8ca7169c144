// Both event buses (in process, and Redis against a real redis-server), the same cases: per-publisher
// order, per-project topics, a slow subscriber cut off alone, return() leaving nothing behind; and both
// nonce stores.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEvents, type Events } from '../../src/events/index.ts';
import { createMemoryEventBus, createMemoryNonceStore } from '../../src/events/memory.ts';
import { eventChannel, nonceKey } from '../../src/events/redis.ts';
import { type SinchEvent, SubscriberTooSlowError } from '../../src/events/types.ts';
import { silentLogger } from '../../src/log.ts';
import { type RedisServer, startRedis } from '../support/redis.ts';

const event = (projectId: string, n: number): SinchEvent => ({
  projectId,
  type: 'RCS_ACCOUNT_COMMENT_ADDED',
  body: { type: 'RCS_ACCOUNT_COMMENT_ADDED', comment: `c${n}` },
  nonce: `nonce-${projectId}-${n}`,
  timestampSeconds: 1_700_000_000 + n,
  receivedAt: '2026-01-01T00:00:00.000Z',
});

async function take(it: AsyncIterator<SinchEvent>, n: number): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = await it.next();
    if (r.done) break;
    out.push(String(r.value.body.comment));
  }
  return out;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => `c${i}`);
type Counted = Events['bus'] & { subscriberCount(projectId?: string): number };

let redis: RedisServer;
let redisEvents: Events;
beforeAll(async () => {
  redis = await startRedis();
  redisEvents = createEvents({ redisUrl: redis.url }, silentLogger);
});
afterAll(async () => {
  await redisEvents?.close();
  await redis?.stop();
});

describe.each([
  ['memory', () => createMemoryEventBus() as Counted, async (_p: string, _n?: number) => {}],
  [
    'redis',
    () => redisEvents.bus as Counted,
    (projectId: string, n = 1) => redis.waitForSubscribers(eventChannel(projectId), n),
  ],
] as const)('%s event bus', (_kind, makeBus, subscribed) => {
  it('delivers one publisher’s events in publish order, to every subscriber of the project only', async () => {
    const bus = makeBus();
    const a = bus.subscribe('order-p1');
    const b = bus.subscribe('order-p1');
    const other = bus.subscribe('order-p2');
    await subscribed('order-p1');
    await subscribed('order-p2');
    await Promise.all(range(100).map((_, i) => bus.publish(event('order-p1', i))));
    expect(await take(a, 100)).toEqual(range(100));
    expect(await take(b, 100)).toEqual(range(100));
    // p2's subscriber got none of them: the next thing it sees is p2's own event.
    await bus.publish(event('order-p2', 7));
    expect(await take(other, 1)).toEqual(['c7']);
    for (const s of [a, b, other]) await s.return?.();
  });

  it('a subscriber more than bufferSize behind gets SubscriberTooSlowError and ends; the other gets all', async () => {
    const bus = makeBus();
    const slow = bus.subscribe('slow-p', { bufferSize: 3 });
    const fast = bus.subscribe('slow-p', { bufferSize: 3 });
    await subscribed('slow-p', 1);
    const got: string[] = [];
    const reading = (async () => {
      for await (const e of fast) {
        got.push(String(e.body.comment));
        if (got.length === 10) break;
      }
    })();
    for (let i = 0; i < 10; i++) await bus.publish(event('slow-p', i));
    await reading;
    expect(got).toEqual(range(10));
    const error = await slow.next().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SubscriberTooSlowError);
    expect((error as SubscriberTooSlowError).buffered).toBe(4);
    expect(await slow.next()).toEqual({ value: undefined, done: true });
    expect(bus.subscriberCount('slow-p')).toBe(0);
  });

  it('return() ends a waiting next() and unsubscribes: 1,000 cycles leave no subscriber', async () => {
    const bus = makeBus();
    const waiting = bus.subscribe('cycle-p');
    const pending = waiting.next();
    await waiting.return?.();
    expect(await pending).toEqual({ value: undefined, done: true });
    for (let i = 0; i < 1000; i++) {
      const s = bus.subscribe('cycle-p');
      await s.return?.();
    }
    expect(bus.subscriberCount()).toBe(0);
    if (_kind === 'redis') {
      // Redis too: the channel was unsubscribed when its last local subscriber left.
      const until = Date.now() + 5000;
      while ((await redis.numsub(eventChannel('cycle-p'))) !== 0 && Date.now() < until)
        await new Promise((r) => setTimeout(r, 10));
      expect(await redis.numsub(eventChannel('cycle-p'))).toBe(0);
    }
  });
});

describe('bus close', () => {
  it('ends every subscription (a waiting next() resolves done)', async () => {
    const bus = createMemoryEventBus();
    const s = bus.subscribe('p');
    const pending = s.next();
    await bus.close();
    expect(await pending).toEqual({ value: undefined, done: true });
    expect(await bus.subscribe('p').next()).toEqual({ value: undefined, done: true });
    expect(bus.subscriberCount()).toBe(0);
  });
});

describe('nonce stores', () => {
  it('memory: first claim wins, a replay loses, the nonce is free again after its ttl', async () => {
    let now = 1_000_000;
    const store = createMemoryNonceStore({ now: () => now });
    expect(await store.claim('n1', 600)).toBe(true);
    expect(await store.claim('n1', 600)).toBe(false);
    now += 599_999;
    expect(await store.claim('n1', 600)).toBe(false);
    now += 1;
    expect(await store.claim('n1', 600)).toBe(true);
  });

  it('memory: bounded; when full of live nonces the oldest is forgotten first', async () => {
    const store = createMemoryNonceStore({ capacity: 3, now: () => 0 });
    for (const n of ['a', 'b', 'c', 'd']) expect(await store.claim(n, 600)).toBe(true);
    expect(store.size).toBe(3);
    expect(await store.claim('b', 600)).toBe(false);
    expect(await store.claim('a', 600)).toBe(true);
  });

  it('redis: SET NX EX — one winner among concurrent claims, the key expires after the ttl', async () => {
    const claims = await Promise.all(range(20).map(() => redisEvents.nonces.claim('r-nonce', 600)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    const client = redis.client();
    try {
      expect(await client.ttl(nonceKey('r-nonce'))).toBeGreaterThan(590);
      expect(await client.ttl(nonceKey('r-nonce'))).toBeLessThanOrEqual(600);
    } finally {
      client.disconnect();
    }
  });
});
