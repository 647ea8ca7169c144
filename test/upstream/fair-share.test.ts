// The fair pool of upstream slots over real HTTP: the upstream holds every request until the test answers
// the oldest one, so who is in flight is counted exactly (no time involved). Through the client with two
// meters (two GraphQL requests), and through the whole server for a lone request.
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO } from '../../src/sandbox/index.ts';
import { type RunningServer, startServer } from '../../src/server.ts';
import { createSinchClient, type SinchClient } from '../../src/upstream/index.ts';
import { type CallMeter, createCallMeter } from '../../src/upstream/meter.ts';
import { type HeldUpstream, startHeldUpstream } from '../support/held-upstream.ts';
import { startValidatedSandbox, type ValidatedSandbox } from '../support/sandbox.ts';

const AUTH = { kind: 'passthrough', authorization: 'Basic dGVzdDp0ZXN0' } as const;

let upstream: HeldUpstream | undefined;
let client: SinchClient | undefined;
let server: RunningServer | undefined;
let sandbox: ValidatedSandbox | undefined;
afterEach(async () => {
  await server?.close();
  await client?.close();
  await upstream?.close();
  await sandbox?.close();
  expect(sandbox?.problems() ?? []).toEqual([]);
  server = client = upstream = sandbox = undefined;
});

/** `n` capability lookups of request `meter`, each for its own number (nothing to share in flight). */
function fanOut(c: SinchClient, meter: CallMeter, tag: string, n: number): Promise<unknown[]> {
  return Promise.all(
    Array.from({ length: n }, (_, i) =>
      c.rcsSenders.getTestNumberCapabilities('p', tag, `+4670000${String(i).padStart(4, '0')}`, {
        auth: AUTH,
        meter,
      }),
    ),
  );
}

const of = (tag: string) => (r: { url: string }) => r.url.includes(`/senders/${tag}/`);
const heldOf = (h: HeldUpstream, tag: string) => h.held().filter(of(tag)).length;
const receivedOf = (h: HeldUpstream, tag: string) => h.received.filter(of(tag)).length;

async function setup(poolSize: number) {
  upstream = await startHeldUpstream({
    answer: () => ({ status: 200, body: { features: ['RICHCARD_STANDALONE'] } }),
  });
  client = createSinchClient({ baseUrl: upstream.url, resilience: { poolSize, retry: false } });
  return { h: upstream, c: client };
}

describe('fair pool of upstream slots, per credential', () => {
  it('a request alone uses the whole pool: 40 calls, pool 8, peak 8 at the upstream', async () => {
    const { h, c } = await setup(8);
    const meter = createCallMeter();
    const done = fanOut(c, meter, 'a', 40);
    for (let answered = 0; answered < 40; answered++) {
      await h.until(() => h.held().length === Math.min(8, 40 - answered));
      await h.releaseOldest();
    }
    expect(await done).toHaveLength(40);
    expect(h.peak()).toBe(8);
    expect(meter).toMatchObject({ made: 40, shared: 0 });
  });

  it('two requests fanning out 40 calls each share a pool of 8: 4 and 4 while both wait', async () => {
    const { h, c } = await setup(8);
    const a = fanOut(c, createCallMeter(), 'a', 40);
    await h.until(() => h.held().length === 8);
    const b = fanOut(c, createCallMeter(), 'b', 40);
    const shares: [number, number][] = [];
    for (let answered = 0; answered < 80; answered++) {
      await h.until(() => h.held().length === Math.min(8, 80 - answered));
      // Counted while calls of both requests still wait for a slot.
      if (receivedOf(h, 'a') < 40 && receivedOf(h, 'b') < 40) shares.push([heldOf(h, 'a'), heldOf(h, 'b')]);
      await h.releaseOldest();
    }
    await Promise.all([a, b]);
    expect(shares.slice(0, 5)).toEqual([
      [8, 0],
      [7, 1],
      [6, 2],
      [5, 3],
      [4, 4],
    ]);
    expect(shares.length).toBeGreaterThan(40);
    expect(shares.slice(4).filter(([x, y]) => x !== 4 || y !== 4)).toEqual([]);
    expect(h.peak()).toBe(8);
  });

  it('a small request started after a 200-call one is done after 8 of the big one complete', async () => {
    const { h, c } = await setup(8);
    const big = fanOut(c, createCallMeter(), 'big', 200);
    await h.until(() => h.held().length === 8);
    let bigCompletedWhenSmallDone = -1;
    let bigCompleted = 0;
    const small = fanOut(c, createCallMeter(), 'small', 3).then(() => {
      bigCompletedWhenSmallDone = bigCompleted;
    });
    for (let answered = 0; answered < 203; answered++) {
      await h.until(() => h.held().length === Math.min(8, 203 - answered));
      const released = await h.releaseOldest();
      if (released.url.includes('/senders/big/')) bigCompleted += 1;
      // Let the small request's promise settle before the next answer, if it just got its last one.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all([big, small]);
    // One FIFO queue would have served it after the big request's 200 (192 completed first).
    expect(bigCompletedWhenSmallDone).toBe(8);
  });
});

describe('the server with a lone request', () => {
  it('no per-request cap: the 14 activity calls of one request are in flight at once (the old cap was 8)', async () => {
    sandbox = await startValidatedSandbox({ seed: 'demo' });
    const sb = sandbox;
    upstream = await startHeldUpstream({ target: sb.url, hold: (r) => r.url.includes('/activities') });
    const h = upstream;
    server = await startServer({
      env: {},
      config: { port: 0, sinchApiUrl: h.url, credentials: undefined, logLevel: 'silent' },
    });
    const auth = `Basic ${Buffer.from(`${DEMO.keyId}:${DEMO.keySecret}`).toString('base64')}`;
    const answer = fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: auth },
      body: JSON.stringify({
        query: `{ project(id: "${DEMO.projectId}") { rcsSenders(first: 14) { nodes { activities(first: 1) { totalCount } } } } }`,
      }),
    });
    for (let answered = 0; answered < 14; answered++) {
      await h.until(() => h.held().length === 14 - answered);
      await h.releaseOldest();
    }
    const body = (await (await answer).json()) as { data: { project: { rcsSenders: { nodes: unknown[] } } } };
    expect(body.data.project.rcsSenders.nodes).toHaveLength(14);
    expect(h.received.filter((r) => r.url.includes('/activities'))).toHaveLength(14);
    // The list call was answered before the fan-out began: at the peak, the 14 activity calls.
    expect(h.peak()).toBe(14);
  });
});
