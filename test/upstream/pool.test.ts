// The fair pool of upstream slots (src/upstream/pool.ts) in isolation: who gets a freed slot, counted in
// grants and releases (no time involved).
import { describe, expect, it } from 'vitest';
import { createFairPool, createUpstreamSlots } from '../../src/upstream/pool.ts';

/** Queues `n` acquisitions for `owner`; `granted` holds the release functions in grant order. */
function fanOut(pool: ReturnType<typeof createFairPool>, owner: object, n: number) {
  const granted: (() => void)[] = [];
  const all = Array.from({ length: n }, () => pool.acquire(owner).then((release) => granted.push(release)));
  return { granted, all };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('createFairPool', () => {
  it('a request alone takes every slot', async () => {
    const pool = createFairPool(8);
    const a = {};
    const { granted } = fanOut(pool, a, 40);
    await tick();
    expect(pool.held(a)).toBe(8);
    expect(pool.snapshot()).toEqual({ active: 8, waiting: 32, max: 8, peak: 8 });
    expect(granted).toHaveLength(8);
  });

  it('two requests of 40 share a pool of 8 half and half while both wait', async () => {
    const pool = createFairPool(8);
    const a = {};
    const b = {};
    const fa = fanOut(pool, a, 40);
    await tick();
    const fb = fanOut(pool, b, 40);
    await tick();
    // Oldest first, as equal upstream latencies would answer them.
    const inFlight: (() => void)[] = [...fa.granted];
    let seen = { a: fa.granted.length, b: 0 };
    const shares: [number, number][] = [];
    while (inFlight.length > 0) {
      (inFlight.shift() as () => void)();
      await tick();
      const now = { a: fa.granted.length, b: fb.granted.length };
      inFlight.push(...fa.granted.slice(seen.a), ...fb.granted.slice(seen.b));
      seen = now;
      if (pool.snapshot().waiting > 0 && now.a < 40 && now.b < 40) shares.push([pool.held(a), pool.held(b)]);
    }
    // B's first 4 grants move it from 0 to 4 slots; from then on both hold exactly half.
    expect(shares.slice(0, 4)).toEqual([
      [7, 1],
      [6, 2],
      [5, 3],
      [4, 4],
    ]);
    expect(shares.slice(4).every(([x, y]) => x === 4 && y === 4)).toBe(true);
    expect(shares.length).toBeGreaterThan(50);
    expect(pool.snapshot()).toEqual({ active: 0, waiting: 0, max: 8, peak: 8 });
  });

  it('a small request behind a 200-call fan-out is done after 8 of the big one complete', async () => {
    const pool = createFairPool(8);
    const big = {};
    const small = {};
    const fb = fanOut(pool, big, 200);
    await tick();
    const fs = fanOut(pool, small, 3);
    let smallDone = false;
    let bigCompleted = 0;
    let bigCompletedWhenSmallDone = -1;
    const inFlight: { owner: object; release: () => void }[] = fb.granted.map((release) => ({
      owner: big,
      release,
    }));
    const seen = { big: fb.granted.length, small: 0 };
    while (inFlight.length > 0) {
      const next = inFlight.shift() as { owner: object; release: () => void };
      next.release();
      if (next.owner === big) bigCompleted += 1;
      await tick();
      for (const release of fb.granted.slice(seen.big)) inFlight.push({ owner: big, release });
      for (const release of fs.granted.slice(seen.small)) inFlight.push({ owner: small, release });
      seen.big = fb.granted.length;
      seen.small = fs.granted.length;
      if (!smallDone && seen.small === 3 && !inFlight.some((f) => f.owner === small)) {
        smallDone = true;
        bigCompletedWhenSmallDone = bigCompleted;
      }
    }
    // FIFO would have served the small request after all 200 (192 completed before its first slot).
    expect(bigCompletedWhenSmallDone).toBe(8);
    expect(bigCompleted).toBe(200);
  });

  it('a waiter that aborts leaves the queue with its reason and takes no slot', async () => {
    const pool = createFairPool(1);
    const release = await pool.acquire({});
    const controller = new AbortController();
    const waiting = pool.acquire({}, controller.signal).catch((e: unknown) => e);
    const after = pool.acquire({});
    controller.abort(new DOMException('late', 'TimeoutError'));
    expect(await waiting).toMatchObject({ name: 'TimeoutError' });
    expect(pool.snapshot()).toEqual({ active: 1, waiting: 1, max: 1, peak: 1 });
    release();
    (await after)();
    expect(pool.idle()).toBe(true);
    await expect(pool.acquire({}, AbortSignal.abort('gone'))).rejects.toBe('gone');
    expect(() => createFairPool(0)).toThrow(RangeError);
  });
});

describe('createUpstreamSlots', () => {
  it('one pool per credential under the process-wide cap; an idle pool is dropped', async () => {
    const slots = createUpstreamSlots(2, 3);
    const a = {};
    const releases = await Promise.all([
      slots.acquire(a, 'service'),
      slots.acquire(a, 'service'),
      slots.acquire(a, 'caller:x'),
    ]);
    const third = slots.acquire(a, 'service');
    const otherCaller = slots.acquire({}, 'caller:x');
    await tick();
    // 'service' is at its pool size (2): the third waits there; the other caller got a slot of its own
    // credential's pool and waits for the process-wide cap (3).
    expect(slots.snapshot()).toEqual({
      concurrency: { active: 3, waiting: 1, max: 3, peak: 3 },
      pool: { active: 4, waiting: 1, max: 2, peak: 2, credentials: 2 },
    });
    releases[2]?.();
    (await otherCaller)();
    releases[0]?.();
    (await third)();
    releases[1]?.();
    expect(slots.snapshot().pool).toEqual({ active: 0, waiting: 0, max: 2, peak: 2, credentials: 0 });
  });
});
