// /_sandbox/*: faults (latency, status, Retry-After, hang, reset, times, rate), stats, reset, advance rules.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { capabilitiesFor, inviteAnswerFor, seedSenderId } from '../../src/sandbox/index.ts';
import { startValidatedSandbox, type ValidatedSandbox } from '../support/sandbox.ts';
import { call } from '../support/sandbox-rest.ts';

const GET_SENDER = '/v1/projects/{projectId}/rcs/senders/{senderId}';
const LAUNCHED = seedSenderId('demo-project', 'launched');

let sb: ValidatedSandbox;
beforeAll(async () => {
  sb = await startValidatedSandbox();
});
afterEach(async () => {
  await sb.reset();
});
afterAll(async () => {
  expect(sb.problems()).toEqual([]);
  await sb.close();
});

const faults = (rules: unknown[]) =>
  call(sb.url, '/_sandbox/faults', { method: 'POST', body: { rules }, auth: null });

describe('faults', () => {
  it('adds fixed latency to matching routes only', async () => {
    await call(sb.url, '~/senders?pageSize=1'); // warm-up: the validator compiles schemas on first use
    await faults([{ match: { route: GET_SENDER }, latencyMs: 150 }]);
    let t = performance.now();
    expect((await call(sb.url, `~/senders/${LAUNCHED}`)).status).toBe(200);
    expect(performance.now() - t).toBeGreaterThanOrEqual(145);
    t = performance.now();
    await call(sb.url, '~/senders?pageSize=1');
    expect(performance.now() - t).toBeLessThan(140);
  });

  it('answers 429 rbm_too_many_requests with Retry-After, for `times` requests, changing nothing', async () => {
    const before = await sb.snapshot();
    await faults([
      {
        match: { operationId: 'RcsSendersController_createSender_v1' },
        status: 429,
        retryAfterSeconds: 7,
        times: 2,
      },
    ]);
    const body = { region: 'EU', billingCategory: 'CONVERSATIONAL', useCase: 'OTP' };
    const replies = [];
    for (let i = 0; i < 3; i++) replies.push(await call(sb.url, '~/senders', { method: 'POST', body }));
    expect(replies.map((r) => r.status)).toEqual([429, 429, 201]);
    expect(replies[0]?.body).toEqual({
      errorCode: 'rbm_too_many_requests',
      message: 'RCS Business Messaging too many requests.',
      resolution: 'Please wait and try again.',
    });
    expect(replies[0]?.headers.get('retry-after')).toBe('7');
    const stats = await sb.stats();
    expect(stats.byOperation).toEqual({ RcsSendersController_createSender_v1: 3 });
    expect(stats.total).toBe(3);
    await call(sb.url, `~/senders/${replies[2]?.body.id}`, { method: 'GET' });
    expect(before).not.toEqual(await sb.snapshot());
  });

  it('applies `rate` deterministically (exactly half of 10 requests with rate 0.5)', async () => {
    await faults([{ match: { senderId: LAUNCHED }, status: 503, rate: 0.5 }]);
    const statuses = [];
    for (let i = 0; i < 10; i++) statuses.push((await call(sb.url, `~/senders/${LAUNCHED}`)).status);
    expect(statuses).toEqual([200, 503, 200, 503, 200, 503, 200, 503, 200, 503]);
  });

  it('hangs a request until the client gives up, and resets sockets', async () => {
    await faults([
      { match: { route: GET_SENDER }, hang: true, times: 1 },
      { match: { method: 'GET', route: '/v1/projects/{projectId}/rcs/activities' }, reset: true },
    ]);
    const hung = call(sb.url, `~/senders/${LAUNCHED}`, { headers: {} });
    const outcome = await Promise.race([
      hung.then(
        () => 'answered',
        () => 'failed',
      ),
      new Promise((r) => setTimeout(() => r('pending'), 200)),
    ]);
    expect(outcome).toBe('pending');
    await expect(call(sb.url, '~/activities')).rejects.toThrow();
    expect((await call(sb.url, `~/senders/${LAUNCHED}`)).status).toBe(200);
    await call(sb.url, '/_sandbox/faults', { method: 'DELETE', auth: null });
    expect((await call(sb.url, '~/activities')).status).toBe(200);
  });

  it('close() ends hanging requests instead of waiting for them', async () => {
    const other = await startValidatedSandbox();
    await call(other.url, '/_sandbox/faults', {
      method: 'POST',
      body: { rules: [{ hang: true }] },
      auth: null,
    });
    const hung = call(other.url, '~/senders').catch(() => 'socket closed');
    await new Promise((r) => setTimeout(r, 50));
    const t = performance.now();
    await other.close();
    expect(await hung).toBe('socket closed');
    expect(performance.now() - t).toBeLessThan(1000);
  });

  it('validates fault rules', async () => {
    const r = await faults([{ status: 418 }]);
    expect(r.status).toBe(400);
  });
});

describe('stats and reset', () => {
  it('counts upstream requests per route template and operation, not /_sandbox/*', async () => {
    await call(sb.url, '~/senders?pageSize=1');
    await call(sb.url, `~/senders/${LAUNCHED}`);
    await call(sb.url, `~/senders/${LAUNCHED}`);
    await call(sb.url, '~/senders/bad-id');
    await sb.snapshot();
    expect(await sb.stats()).toEqual({
      total: 4,
      byRoute: { 'GET /v1/projects/{projectId}/rcs/senders': 1, [`GET ${GET_SENDER}`]: 3 },
      byOperation: { RcsSendersController_listSenders_v1: 1, RcsSendersController_getSender_v1: 3 },
      // Webhook deliveries are requests made BY the sandbox: counted apart, never in total/byRoute.
      deliveries: { attempted: 0, succeeded: 0, failed: 0, retried: 0, givenUp: 0, dropped: 0, pending: 0 },
    });
    await call(sb.url, '/_sandbox/stats/reset', { method: 'POST', auth: null });
    expect((await sb.stats()).total).toBe(0);
  });

  it('reset restores the seed, and can switch to an empty store', async () => {
    const seeded = await sb.snapshot();
    await call(sb.url, `~/senders/${LAUNCHED}/comments`, { method: 'POST', body: { comment: 'x' } });
    await sb.reset();
    expect(await sb.snapshot()).toEqual(seeded);
    await sb.reset({ seed: 'empty' });
    expect((await call(sb.url, '~/senders')).body.totalSize).toBe(0);
  });
});

describe('advance', () => {
  it('answers invites by the documented last-digit rule', async () => {
    await sb.reset({ seed: 'empty' });
    const id = (
      await call(sb.url, '~/senders', {
        method: 'POST',
        body: { region: 'EU', billingCategory: 'CONVERSATIONAL', useCase: 'OTP' },
      })
    ).body.id;
    const numbers = Array.from({ length: 10 }, (_, d) => `+4670123450${d}`);
    await call(sb.url, `~/senders/${id}/testNumbers`, { method: 'POST', body: { testNumbers: numbers } });
    const summary = (
      await call(sb.url, '/_sandbox/advance', { method: 'POST', body: { steps: 1 }, auth: null })
    ).body;
    expect(summary.day).toBe(1);
    const states = (await call(sb.url, `~/senders/${id}`)).body.testNumberStates.map(
      (t: { state: string }) => t.state,
    );
    expect(states).toEqual([
      'VERIFIED',
      'VERIFIED',
      'VERIFIED',
      'VERIFIED',
      'VERIFIED',
      'DECLINED',
      'EXPIRED',
      'REJECTED',
      'VERIFIED',
      'UNVERIFIED',
    ]);
    expect(states).toEqual(
      numbers.map((n) => (inviteAnswerFor(n) === 'NO_ANSWER' ? 'UNVERIFIED' : inviteAnswerFor(n))),
    );
    expect(capabilitiesFor('+46701234500')).toEqual(['REVOCATION', 'ACTION_DIAL', 'ACTION_VIEW_LOCATION']);
  });

  it('enforces the 20 invites per sender per simulated day cap, reset by advance', async () => {
    await sb.reset({ seed: 'empty' });
    const id = (
      await call(sb.url, '~/senders', {
        method: 'POST',
        body: { region: 'EU', billingCategory: 'CONVERSATIONAL', useCase: 'OTP' },
      })
    ).body.id;
    const batch = (from: number, n: number) =>
      Array.from({ length: n }, (_, i) => `+467012${String(from + i).padStart(5, '0')}`);
    expect(
      (
        await call(sb.url, `~/senders/${id}/testNumbers`, {
          method: 'POST',
          body: { testNumbers: batch(0, 20) },
        })
      ).status,
    ).toBe(200);
    const capped = await call(sb.url, `~/senders/${id}/testNumbers`, {
      method: 'POST',
      body: { testNumbers: batch(20, 1) },
    });
    expect([capped.status, capped.body.errorCode]).toEqual([429, 'rbm_too_many_requests']);
    await call(sb.url, '/_sandbox/advance', { method: 'POST', auth: null });
    expect(
      (
        await call(sb.url, `~/senders/${id}/testNumbers`, {
          method: 'POST',
          body: { testNumbers: batch(20, 1) },
        })
      ).status,
    ).toBe(200);
  });

  it('moves the seeded PREPARING_LAUNCH and LAUNCHING senders on', async () => {
    const summary = (await call(sb.url, '/_sandbox/advance', { method: 'POST', auth: null })).body;
    const moves = summary.transitions
      .filter((t: { kind: string }) => t.kind === 'state')
      .map((t: { from: string; to: string }) => `${t.from}→${t.to}`);
    expect(moves.sort()).toEqual(['IN_PROGRESS→IN_TEST', 'LAUNCHING→LAUNCHED', 'PREPARING_LAUNCH→LAUNCHING']);
  });
});
