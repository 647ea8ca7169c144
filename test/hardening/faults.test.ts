// Upstream faults over real HTTP (sandbox /_sandbox/faults → upstream client → GraphQL server): retries only
// where safe, the request deadline with partial data, the circuit breaker, the retry budget in a 429 storm.
// Each test starts its own server (fresh breaker and budget) and sandbox.
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO, seedSenderId } from '../../src/sandbox/index.ts';
import { type FaultHarness, startFaultHarness } from '../support/fault-harness.ts';

const LIST = 'RcsSendersController_listSenders_v1';
const GET = 'RcsSendersController_getSender_v1';
const ACCOUNT_ACTIVITIES = 'RcsAccountsController_listActivities_v1';
const CREATE = 'RcsSendersController_createSender_v1';
const RESEND = 'RcsSendersController_retryTestNumber_v1';

const P = DEMO.projectId;
const SENDER_LIST = `{ project(id: "${P}") { rcsSenders(first: 5) { totalCount } } }`;
const oneSender = (key: string) =>
  `{ project(id: "${P}") { rcsSender(id: "${seedSenderId(P, key)}") { id state } } }`;

let h: FaultHarness | undefined;
const harness = async (config: Parameters<typeof startFaultHarness>[0] = {}) => {
  h = await startFaultHarness(config);
  return h;
};
afterEach(async () => {
  if (!h) return;
  await h.close();
  expect(h.sandbox.problems()).toEqual([]);
  h = undefined;
});

describe('retries', () => {
  it('a 429 with Retry-After: 1 is retried after 1 s and the query succeeds', async () => {
    const t = await harness();
    // Warm-up (the first request of a process pays for compiling the schema's resolvers and the sockets).
    expect((await t.query(SENDER_LIST)).errors).toEqual([]);
    await t.inject({ match: { operationId: LIST }, status: 429, retryAfterSeconds: 1, times: 1 });
    const res = await t.query(SENDER_LIST);
    expect(res.errors).toEqual([]);
    expect(res.data).toEqual({ project: { rcsSenders: { totalCount: 14 } } });
    expect(await t.calls(LIST)).toBe(3);
    expect(res.ms).toBeGreaterThanOrEqual(1000);
    expect(res.ms).toBeLessThan(2500);
  });

  it('a GET that gets a connection reset is retried; a POST that gets one is not (1 call)', async () => {
    const t = await harness();
    await t.inject({ match: { operationId: GET }, reset: true, times: 1 });
    const get = await t.query(oneSender('draft-minimal'));
    expect(get.errors).toEqual([]);
    expect(await t.calls(GET)).toBe(2);

    await t.inject({ match: { operationId: CREATE }, reset: true, times: 1 });
    const create = await t.query(
      'mutation($input: CreateRcsSenderInput!) { createRcsSender(input: $input) { __typename } }',
      { input: { projectId: P, region: 'EU', billingCategory: 'CONVERSATIONAL', useCase: 'OTP' } },
    );
    expect(create.data).toEqual({ createRcsSender: null });
    expect(create.errors.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['createRcsSender'], 'UPSTREAM_UNAVAILABLE'],
    ]);
    expect(await t.calls(CREATE)).toBe(1);
  });

  it('the resend-invite GET is never retried (a 503 and a reset: 1 call each)', async () => {
    const t = await harness();
    const resend = `mutation { resendRcsTestNumberInvite(input: { senderId: "${seedSenderId(P, 'in-test-ready-no-video')}",
      projectId: "${P}", number: "+46701234560" }) { __typename } }`;
    await t.inject({ match: { operationId: RESEND }, status: 503, times: 1 });
    const first = await t.query(resend);
    expect(first.errors.map((e) => e.extensions?.code)).toEqual(['UPSTREAM_UNAVAILABLE']);
    expect(await t.calls(RESEND)).toBe(1);
    await t.inject({ match: { operationId: RESEND }, reset: true, times: 1 });
    const second = await t.query(resend);
    expect(second.errors.map((e) => e.extensions?.code)).toEqual(['UPSTREAM_UNAVAILABLE']);
    expect(await t.calls(RESEND)).toBe(2);
  });
});

describe('deadline', () => {
  it('a hang hits the request deadline: only the waiting field fails (UPSTREAM_TIMEOUT), the rest is delivered', async () => {
    const t = await harness({ requestDeadlineMs: 800, upstreamTimeoutMs: 30_000 });
    await t.inject({ match: { operationId: ACCOUNT_ACTIVITIES }, hang: true, times: 1 });
    const res = await t.query(
      `{ project(id: "${P}") { rcsSenders(first: 5) { totalCount } rcsActivities(first: 5) { totalCount } } }`,
    );
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ project: { rcsSenders: { totalCount: 14 }, rcsActivities: null } });
    expect(res.errors.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['project', 'rcsActivities'], 'UPSTREAM_TIMEOUT'],
    ]);
    expect(res.ms).toBeGreaterThanOrEqual(790);
    expect(res.ms).toBeLessThan(1500);
    // A timeout is not retried.
    expect(await t.calls(ACCOUNT_ACTIVITIES)).toBe(1);
  });
});

describe('circuit breaker', () => {
  it('10 consecutive 503s open it; the next request fails in < 10 ms with no upstream call; a probe closes it', async () => {
    const t = await harness({ breakerThreshold: 10, breakerCooldownMs: 1000 });
    await t.inject({ match: { operationId: GET }, status: 503, times: 10 });
    const codes: unknown[] = [];
    while ((await t.calls(GET)) < 10) {
      const res = await t.query(oneSender('draft-minimal'));
      codes.push(res.errors[0]?.extensions?.code);
    }
    // 3 + 3 + 3 attempts, then the 10th failure opens the circuit and the 4th query's retry is refused.
    expect(codes).toEqual([
      'UPSTREAM_UNAVAILABLE',
      'UPSTREAM_UNAVAILABLE',
      'UPSTREAM_UNAVAILABLE',
      'UPSTREAM_UNAVAILABLE',
    ]);
    expect(await t.calls(GET)).toBe(10);

    // The sandbox would answer now (times: 10 is used up): only the breaker stops the calls.
    const fast = [];
    for (let i = 0; i < 5; i++) fast.push(await t.query(oneSender('draft-minimal')));
    for (const res of fast) {
      expect(res.data).toEqual({ project: { rcsSender: null } });
      expect(res.errors.map((e) => e.extensions?.code)).toEqual(['UPSTREAM_UNAVAILABLE']);
      expect(res.errors[0]?.extensions?.retryAfterSeconds).toBe(1);
    }
    // The whole GraphQL round trip over HTTP (the breaker itself takes microseconds, see resilience-sandbox);
    // the best of 5 keeps a loaded 2-core machine's scheduling noise out.
    expect(Math.min(...fast.map((r) => r.ms))).toBeLessThan(10);
    expect(await t.calls(GET)).toBe(10);

    await new Promise((resolve) => setTimeout(resolve, 1000));
    const probe = await t.query(oneSender('draft-minimal'));
    expect(probe.errors).toEqual([]);
    expect(probe.data).toEqual({ project: { rcsSender: { id: expect.any(String), state: 'DRAFT' } } });
    const after = await t.query(oneSender('draft-name-only'));
    expect(after.errors).toEqual([]);
    expect(await t.calls(GET)).toBe(12);
  });
});

describe('retry budget', () => {
  it('a 429 storm: at most 3 upstream calls per logical call, retries within 10 + 10% of requests', async () => {
    const t = await harness();
    await t.inject({ match: { operationId: GET }, status: 429 });
    const perCall: number[] = [];
    let before = 0;
    for (let i = 0; i < 50; i++) {
      const res = await t.query(oneSender('draft-minimal'));
      expect(res.errors.map((e) => e.extensions?.code)).toEqual(['RATE_LIMITED']);
      const now = await t.calls(GET);
      perCall.push(now - before);
      before = now;
    }
    expect(Math.max(...perCall)).toBe(3);
    // Sequential, so exact: the floor of 10 pays 2 retries for calls 1-5, then one per 10 calls (11, 21, 31, 41).
    expect(before).toBe(64);
    expect(before - 50).toBeLessThanOrEqual(10 + 0.1 * 50);
    expect(perCall.filter((n) => n === 3)).toHaveLength(5);
  });
});
