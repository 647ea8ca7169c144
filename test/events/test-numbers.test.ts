// rcsTestNumberStateChanged: one shared poller per (credential, sender), one GET per interval however many
// listen, none once they left; only changes are emitted; the number filter; repeated auth failures end it.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO, inviteAnswerFor, seedSenderId } from '../../src/sandbox/index.ts';
import { runningPollers } from '../../src/schema/events/test-number-poller.ts';
import { encodeSenderId } from '../../src/schema/rcs-senders/ids.ts';
import { DEMO_AUTH } from '../support/credentials.ts';
import { type EventsHarness, startEventsHarness, until } from '../support/events.ts';
import { type Subscription, subscribe } from '../support/subscriptions.ts';

const POLL_MS = 250;
const P = DEMO.projectId;
const SENDER = seedSenderId(P, 'in-test-ready-gb-fr');
const GET_SENDER = 'GET /v1/projects/{projectId}/rcs/senders/{senderId}';
// Ends in 1: the sandbox's tester accepts the invite on the next simulated day (docs/sandbox.md).
const NEW_NUMBER = '+447700900171';

const CHANGES = `subscription($p: ID!, $s: ID!, $numbers: [PhoneNumber!]) {
  rcsTestNumberStateChanged(projectId: $p, senderId: $s, numbers: $numbers) {
    senderId number previousState currentState at
  }
}`;

let h: EventsHarness;
beforeAll(async () => {
  h = await startEventsHarness({ testNumberPollMs: POLL_MS });
});
afterAll(async () => {
  await h.close();
});
beforeEach(async () => {
  await h.sandbox.reset();
});
afterEach(() => {
  expect(h.sandbox.problems()).toEqual([]);
  expect(runningPollers(h.deps)).toBe(0);
});

const polls = async () => (await h.stats()).byRoute[GET_SENDER] ?? 0;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const change = (r: { data?: Record<string, unknown> | null }) =>
  (r.data as { rcsTestNumberStateChanged: Record<string, unknown> }).rcsTestNumberStateChanged;

async function addNumber(number: string) {
  const res = await fetch(`${h.sandbox.url}/v1/projects/${P}/rcs/senders/${SENDER}/testNumbers`, {
    method: 'POST',
    headers: { authorization: DEMO_AUTH, 'content-type': 'application/json' },
    body: JSON.stringify({ testNumbers: [number] }),
  });
  expect(res.status).toBe(200);
}

async function numberStates(): Promise<Map<string, string>> {
  const res = await fetch(`${h.sandbox.url}/v1/projects/${P}/rcs/senders/${SENDER}`, {
    headers: { authorization: DEMO_AUTH },
  });
  const dto = (await res.json()) as { testNumberStates: { number: string; state: string }[] };
  return new Map(dto.testNumberStates.map((t) => [t.number, t.state]));
}

async function advanceOneDay() {
  const res = await fetch(`${h.sandbox.url}/_sandbox/advance`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"steps":1}',
  });
  expect(res.status).toBe(200);
}

describe('rcsTestNumberStateChanged', () => {
  it('20 subscribers share one poll per interval, each gets every change once, and polling stops when they leave', async () => {
    expect(inviteAnswerFor(NEW_NUMBER)).toBe('VERIFIED');
    const subs: Subscription[] = [];
    for (let i = 0; i < 20; i += 1)
      subs.push(await subscribe(h, i % 2 === 0 ? 'sse' : 'ws', CHANGES, { p: P, s: SENDER }));
    // A subscription's stream is open once its authorization answered (SSE: the response; WS: its first wait).
    await until(() => runningPollers(h.deps) === 1, 5_000, 'the poller');
    await sleep(100);
    await h.resetStats();
    await sleep(POLL_MS * 8 + POLL_MS / 2);
    const n = await polls();
    // One GET per interval (8 intervals, give or take the one in flight), not 20 per interval.
    expect(n).toBeGreaterThanOrEqual(6);
    expect(n).toBeLessThanOrEqual(9);

    await addNumber(NEW_NUMBER);
    for (const sub of subs) {
      expect(change(await sub.next(3_000))).toMatchObject({
        senderId: encodeSenderId(P, SENDER),
        number: NEW_NUMBER,
        previousState: null,
        currentState: 'UNVERIFIED',
      });
    }
    const before = await numberStates();
    await advanceOneDay();
    const after = await numberStates();
    const expected = [...after]
      .filter(([number, state]) => before.get(number) !== state)
      .map(([number, state]) => ({ number, previousState: before.get(number) ?? null, currentState: state }));
    // The day answers every open invite: the number added above and the seed's own.
    expect(expected).toContainEqual({
      number: NEW_NUMBER,
      previousState: 'UNVERIFIED',
      currentState: 'VERIFIED',
    });
    for (const sub of subs) {
      const got = [];
      for (const _ of expected) got.push(change(await sub.next(3_000)));
      expect(
        got.map(({ number, previousState, currentState }) => ({ number, previousState, currentState })),
      ).toEqual(expected);
    }
    // Exactly once each: nothing more arrives.
    await expect(subs[0]?.next(POLL_MS * 3)).rejects.toThrow(/no SSE result/);
    await expect(subs[1]?.next(POLL_MS)).rejects.toThrow(/no WebSocket result/);
    for (const sub of subs) await sub.close();
    await until(() => runningPollers(h.deps) === 0, 5_000, 'the poller to stop');
    await h.resetStats();
    await sleep(POLL_MS * 4);
    expect(await polls()).toBe(0);
  });

  it('emits only changes, of the numbers asked for', async () => {
    const only = await subscribe(h, 'sse', CHANGES, {
      p: P,
      s: encodeSenderId(P, SENDER),
      numbers: [NEW_NUMBER],
    });
    await until(() => runningPollers(h.deps) === 1, 5_000, 'the poller');
    await sleep(POLL_MS * 2);
    await addNumber('+447700900172');
    await addNumber(NEW_NUMBER);
    const first = change(await only.next(3_000));
    expect(first).toMatchObject({ number: NEW_NUMBER, previousState: null, currentState: 'UNVERIFIED' });
    expect(Date.parse(first.at as string)).toBeGreaterThan(Date.now() - 5_000);
    await advanceOneDay();
    expect(change(await only.next(3_000))).toMatchObject({
      number: NEW_NUMBER,
      previousState: 'UNVERIFIED',
      currentState: 'VERIFIED',
    });
    // Nothing else changes for it: no further result.
    await expect(only.next(POLL_MS * 4)).rejects.toThrow(/no SSE result/);
    await only.close();
    await until(() => runningPollers(h.deps) === 0, 5_000, 'the poller to stop');
  });

  it('an unknown sender fails at once with NOT_FOUND and starts no poller', async () => {
    const sub = await subscribe(h, 'ws', CHANGES, { p: P, s: '00000000-0000-4000-8000-000000000000' });
    const result = await sub.next();
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    expect(runningPollers(h.deps)).toBe(0);
    await sub.close();
  });

  it('ends every stream of the poller with UNAUTHENTICATED after 3 consecutive refused polls', async () => {
    const a = await subscribe(h, 'sse', CHANGES, { p: P, s: SENDER });
    const b = await subscribe(h, 'ws', CHANGES, { p: P, s: SENDER });
    await until(() => runningPollers(h.deps) === 1, 5_000, 'the poller');
    await sleep(50);
    await fetch(`${h.sandbox.url}/_sandbox/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        rules: [{ match: { operationId: 'RcsSendersController_getSender_v1' }, status: 401 }],
      }),
    });
    await h.resetStats();
    for (const sub of [a, b]) {
      const last = await sub.next(POLL_MS * 8);
      expect(last.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
      expect(await sub.completed()).toBe(true);
    }
    expect(await polls()).toBe(3);
    expect(runningPollers(h.deps)).toBe(0);
    await a.close();
    await b.close();
  });
});
