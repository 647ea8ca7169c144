// Unit tests of the resilience layer with a manual clock: no real sleeps, exact delays and counts.
import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from '../../src/upstream/breaker.ts';
import { createManualClock } from '../../src/upstream/clock.ts';
import {
  UpstreamAbortedError,
  UpstreamError,
  UpstreamNetworkError,
  UpstreamNotFoundError,
  UpstreamRateLimitError,
  UpstreamServerError,
  UpstreamTimeoutError,
  UpstreamUnavailableError,
} from '../../src/upstream/errors.ts';
import { createFairPool } from '../../src/upstream/pool.ts';
import { type CallShape, createResilience, type ResilienceOptions } from '../../src/upstream/resilience.ts';
import { RetryBudget } from '../../src/upstream/retry.ts';
import { captureLogger } from '../support/upstream-fixtures.ts';

const GET: CallShape = { method: 'GET', route: 'GET /x', operationId: 'getX', idempotent: true };
const POST: CallShape = { method: 'POST', route: 'POST /x', operationId: 'postX', idempotent: false };
const RESEND: CallShape = { method: 'GET', route: 'GET /x/retry', operationId: 'retryX', idempotent: false };

const s503 = () => new UpstreamServerError({ status: 503, errorCode: 'internal_error', message: 'down' });
const s500 = () => new UpstreamServerError({ status: 500, errorCode: 'internal_error', message: 'bug' });
const s429 = (retryAfterSeconds?: number) =>
  new UpstreamRateLimitError({
    status: 429,
    errorCode: 'rbm_too_many_requests',
    message: 'slow',
    retryAfterSeconds,
  });
const reset = () =>
  new UpstreamNetworkError({ errorCode: 'network_error', message: 'reset', code: 'ECONNRESET' });
const timeout = () => new UpstreamTimeoutError({ errorCode: 'timeout', message: 'slow' });
const notFound = () =>
  new UpstreamNotFoundError({ status: 404, errorCode: 'sender_not_found', message: 'no' });

/** An attempt function that fails with the given errors in turn, then answers 'ok'. */
function script(...failures: (() => UpstreamError)[]) {
  const calls: number[] = [];
  const fn = async (timeoutMs: number) => {
    calls.push(timeoutMs);
    const next = failures.shift();
    if (next) throw next();
    return 'ok';
  };
  return { fn, calls };
}

function setup(opts: Omit<ResilienceOptions, 'clock'> = {}, randoms: number[] = [0.5]) {
  const clock = createManualClock(1_000_000, randoms);
  return { clock, r: createResilience({ ...opts, clock }) };
}

const run = { timeoutMs: 10_000 };

describe('retries', () => {
  it('retries a GET on 503 twice with full-jitter exponential backoff, then succeeds', async () => {
    const { clock, r } = setup({}, [0.5, 0.25]);
    const s = script(s503, s503);
    await expect(r.run(GET, run, s.fn)).resolves.toBe('ok');
    expect(s.calls).toHaveLength(3);
    // ceilings 100 then 200 ms (base 100 x 2^n); random 0.5 then 0.25
    expect(clock.sleeps).toEqual([50, 50]);
  });

  it('stops after 2 retries and throws the last error', async () => {
    const { r } = setup();
    const s = script(s503, s429, reset);
    await expect(r.run(GET, run, s.fn)).rejects.toBeInstanceOf(UpstreamNetworkError);
    expect(s.calls).toHaveLength(3);
  });

  it('retries 429, 502, 504 and connection resets; not 500, timeouts or 4xx', async () => {
    const retried = [
      s429,
      () => new UpstreamServerError({ status: 502, errorCode: 'x', message: 'x' }),
      reset,
    ];
    retried.push(() => new UpstreamServerError({ status: 504, errorCode: 'x', message: 'x' }));
    for (const fail of retried) {
      const s = script(fail);
      await expect(setup().r.run(GET, run, s.fn)).resolves.toBe('ok');
      expect(s.calls).toHaveLength(2);
    }
    for (const fail of [s500, timeout, notFound]) {
      const s = script(fail);
      await expect(setup().r.run(GET, run, s.fn)).rejects.toBeInstanceOf(UpstreamError);
      expect(s.calls).toHaveLength(1);
    }
  });

  it('never retries a non-idempotent call (POST, the resend-invite GET)', async () => {
    for (const call of [POST, RESEND]) {
      for (const fail of [s503, s429, reset]) {
        const s = script(fail);
        await expect(setup().r.run(call, run, s.fn)).rejects.toBeInstanceOf(UpstreamError);
        expect(s.calls).toHaveLength(1);
      }
    }
  });

  it('honours Retry-After (at least that long) up to the cap; longer is not waited for', async () => {
    const one = setup();
    await expect(one.r.run(GET, run, script(() => s429(1)).fn)).resolves.toBe('ok');
    expect(one.clock.sleeps).toEqual([1000]);

    const five = setup();
    await expect(five.r.run(GET, run, script(() => s429(5)).fn)).resolves.toBe('ok');
    expect(five.clock.sleeps).toEqual([5000]);

    const six = setup();
    const s = script(() => s429(6));
    const err = await six.r.run(GET, run, s.fn).catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 429, retryAfterSeconds: 6 });
    expect(s.calls).toHaveLength(1);
    expect(six.clock.sleeps).toEqual([]);
  });

  it('never waits past the deadline and cuts each attempt timeout to what is left', async () => {
    const { clock, r } = setup();
    const deadline = clock.now() + 800;
    const s = script(() => s429(1));
    await expect(r.run(GET, { timeoutMs: 10_000, deadline }, s.fn)).rejects.toBeInstanceOf(
      UpstreamRateLimitError,
    );
    expect(s.calls).toEqual([800]);
    expect(clock.sleeps).toEqual([]);

    const late = script();
    const err = await r
      .run(GET, { timeoutMs: 10_000, deadline: clock.now() }, late.fn)
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'UpstreamTimeoutError', errorCode: 'deadline_exceeded' });
    expect(late.calls).toEqual([]);
  });

  it('a fired deadline signal is a timeout, another abort an abort; neither is attempted', async () => {
    const { r } = setup();
    const s = script();
    const timedOut = await r
      .run(GET, { ...run, signal: AbortSignal.abort(new DOMException('late', 'TimeoutError')) }, s.fn)
      .catch((e: unknown) => e);
    expect(timedOut).toMatchObject({
      name: 'UpstreamTimeoutError',
      errorCode: 'deadline_exceeded',
      route: 'GET /x',
    });
    const aborted = await r.run(GET, { ...run, signal: AbortSignal.abort() }, s.fn).catch((e: unknown) => e);
    expect(aborted).toBeInstanceOf(UpstreamAbortedError);
    expect(s.calls).toEqual([]);
  });
});

describe('retry budget', () => {
  it('100 logical calls in a 429 storm make 119 upstream calls: 19 retries <= floor 10 + 10% of 100', async () => {
    const { r } = setup({ breaker: false });
    let upstream = 0;
    const always429 = async () => {
      upstream += 1;
      throw s429();
    };
    for (let i = 0; i < 100; i++)
      await expect(r.run(GET, run, always429)).rejects.toBeInstanceOf(UpstreamRateLimitError);
    // 5 calls spend the floor (2 retries each, +0.1 per call); then one retry per 10 calls (calls 11..91).
    expect(upstream).toBe(119);
    expect(r.snapshot().budget).toEqual({ tokens: 0.9, requests: 100, retries: 19, denied: 95 });
  });

  it('earns exactly one retry per ten requests (no float drift) and caps at the floor', () => {
    const b = new RetryBudget(0.1, 1);
    expect(b.tryRetry()).toBe(true);
    expect(b.tryRetry()).toBe(false);
    for (let i = 0; i < 9; i++) b.recordRequest();
    expect(b.tryRetry()).toBe(false);
    b.recordRequest();
    expect(b.tryRetry()).toBe(true);
    for (let i = 0; i < 100; i++) b.recordRequest();
    expect(b.snapshot().tokens).toBe(1);
  });
});

describe('circuit breaker', () => {
  it('opens after N consecutive failures, fails fast, half-opens after the cool-down, closes on success', async () => {
    const clock = createManualClock();
    const log = captureLogger();
    const r = createResilience(
      { clock, retry: false, breaker: { failureThreshold: 3, cooldownMs: 1000 } },
      log.logger,
    );
    const down = script(s503, s503, s503, s503);
    for (let i = 0; i < 3; i++)
      await expect(r.run(GET, run, down.fn)).rejects.toBeInstanceOf(UpstreamServerError);
    expect(r.snapshot().breaker).toMatchObject({ state: 'open', consecutiveFailures: 3, opened: 1 });
    expect(log.lines.filter((l) => l.level === 'warn').map((l) => l.obj)).toEqual([
      {
        event: 'upstream.circuit',
        state: 'open',
        method: 'GET',
        route: 'GET /x',
        operationId: 'getX',
        cooldownMs: 1000,
      },
    ]);

    const err = await r.run(GET, run, down.fn).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UpstreamUnavailableError);
    expect(err).toMatchObject({ errorCode: 'circuit_open', retryAfterSeconds: 1, route: 'GET /x' });
    expect(down.calls).toHaveLength(3);

    clock.advance(999);
    await expect(r.run(GET, run, down.fn)).rejects.toBeInstanceOf(UpstreamUnavailableError);
    clock.advance(1);
    // The probe fails: open again for a full cool-down.
    await expect(r.run(GET, run, down.fn)).rejects.toBeInstanceOf(UpstreamServerError);
    expect(down.calls).toHaveLength(4);
    expect(r.snapshot().breaker).toMatchObject({ state: 'open', opened: 2 });
    await expect(r.run(GET, run, down.fn)).rejects.toBeInstanceOf(UpstreamUnavailableError);

    clock.advance(1000);
    const up = script();
    await expect(r.run(GET, run, up.fn)).resolves.toBe('ok');
    expect(r.snapshot().breaker).toMatchObject({ state: 'closed', consecutiveFailures: 0 });
  });

  it('lets exactly one probe through while half-open', async () => {
    const clock = createManualClock();
    const b = new CircuitBreaker(clock, { failureThreshold: 1, cooldownMs: 10 });
    b.acquire()?.failure();
    clock.advance(10);
    const probe = b.acquire();
    expect(probe).toBeDefined();
    expect(b.acquire()).toBeUndefined();
    probe?.neutral();
    expect(b.snapshot().state).toBe('half-open');
    b.acquire()?.success();
    expect(b.snapshot().state).toBe('closed');
  });

  it('counts 5xx, timeouts and resets; a 4xx answer resets the count; aborts count for nothing', async () => {
    const { r } = setup({ retry: false, breaker: { failureThreshold: 3 } });
    const s = script(s503, timeout, notFound, reset, s500);
    for (let i = 0; i < 5; i++) await r.run(GET, run, s.fn).catch(() => undefined);
    expect(r.snapshot().breaker).toMatchObject({ state: 'closed', consecutiveFailures: 2 });
    await r.run(GET, { ...run, signal: AbortSignal.abort() }, s.fn).catch(() => undefined);
    expect(r.snapshot().breaker).toMatchObject({ state: 'closed', consecutiveFailures: 2 });
    await r.run(GET, run, script(reset).fn).catch(() => undefined);
    expect(r.snapshot().breaker?.state).toBe('open');
  });

  it('a retry after the circuit opened fails fast without an attempt', async () => {
    const { r } = setup({ breaker: { failureThreshold: 2 } });
    const s = script(s503, s503, s503);
    const err = await r.run(GET, run, s.fn).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UpstreamUnavailableError);
    expect(s.calls).toHaveLength(2);
  });
});

describe('process-wide concurrency cap', () => {
  it('holds at most max attempts at once, FIFO between callers, and a queued caller leaves on abort', async () => {
    const sem = createFairPool(2);
    const a = await sem.acquire({});
    await sem.acquire({});
    const order: string[] = [];
    const c = sem.acquire({}).then((rel) => {
      order.push('c');
      return rel;
    });
    const controller = new AbortController();
    const d = sem.acquire({}, controller.signal).catch((e: unknown) => e);
    const e = sem.acquire({}).then((rel) => {
      order.push('e');
      return rel;
    });
    expect(sem.snapshot()).toEqual({ active: 2, waiting: 3, max: 2, peak: 2 });
    controller.abort(new DOMException('late', 'TimeoutError'));
    expect(await d).toMatchObject({ name: 'TimeoutError' });
    a();
    a(); // a second release of the same slot is ignored
    (await c)();
    await e;
    expect(order).toEqual(['c', 'e']);
    expect(sem.snapshot()).toEqual({ active: 2, waiting: 0, max: 2, peak: 2 });
  });

  it('the layer never runs more than maxConcurrent attempts at once', async () => {
    const { r } = setup({ maxConcurrent: 3 });
    let active = 0;
    let peak = 0;
    const slow = async () => {
      active += 1;
      peak = Math.max(peak, active);
      await new Promise((res) => setImmediate(res));
      active -= 1;
      return 'ok';
    };
    await Promise.all(Array.from({ length: 20 }, () => r.run(GET, run, slow)));
    expect(peak).toBe(3);
    expect(r.snapshot().concurrency).toEqual({ active: 0, waiting: 0, max: 3, peak: 3 });
  });
});
