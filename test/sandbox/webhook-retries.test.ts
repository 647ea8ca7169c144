// At-least-once delivery: failed attempts (a non-2xx answer, a refused connection, no answer in time) are
// retried after the configured delays and then given up; a webhook sees one sender's events in order even
// across retries; the request that caused an event never waits for its delivery.
import { createServer } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../../src/sandbox/index.ts';
import { verifyWebhookSignature } from '../../src/upstream/webhook-signature.ts';
import { startValidatedSandbox, type ValidatedSandbox } from '../support/sandbox.ts';
import { call } from '../support/sandbox-rest.ts';
import { type Receiver, startReceiver } from '../support/webhook-receiver.ts';

const SECRET = 'retries-secret-0b7d44';
const DELAYS = [50, 100];

let sb: ValidatedSandbox;
let rx: Receiver;
let senderId = '';
beforeAll(async () => {
  sb = await startValidatedSandbox({ seed: 'empty', webhookRetryDelaysMs: DELAYS, webhookTimeoutMs: 300 });
  rx = await startReceiver();
});
afterEach(async () => {
  await sb.reset();
  rx.received.length = 0;
  rx.respond = () => 200;
});
afterAll(async () => {
  expect(sb.problems()).toEqual([]);
  await sb.close();
  await rx.close();
});

async function setUp(target: string): Promise<string> {
  const hook = await call(sb.url, `/v1/projects/${DEMO.projectId}/webhooks`, {
    method: 'POST',
    body: { target, secret: SECRET, triggers: ['RCS_SENDER_COMMENT_ADDED'] },
  });
  expect(hook.status).toBe(201);
  const created = await call(sb.url, '~/senders', {
    method: 'POST',
    body: { region: 'EU', billingCategory: 'CONVERSATIONAL', useCase: 'OTP' },
  });
  senderId = created.body.id;
  return hook.body.id;
}
const comment = (text: string) =>
  call(sb.url, `~/senders/${senderId}/comments`, { method: 'POST', body: { comment: text } });
const deliveries = async () =>
  (await call(sb.url, '/_sandbox/webhooks/deliveries?wait=5000', { auth: null })).body;

describe('retries', () => {
  it('retries a 500 after the configured delays, then succeeds', async () => {
    rx.respond = (_r, i) => (i < 2 ? 500 : 204);
    await setUp(`${rx.url}/hook`);
    await comment('retry me');
    const state = await deliveries();
    expect(state.idle).toBe(true);
    expect(state.counts).toEqual({
      attempted: 3,
      succeeded: 1,
      failed: 2,
      retried: 2,
      givenUp: 0,
      dropped: 0,
      pending: 0,
    });
    expect(state.deliveries).toEqual([
      {
        id: 1,
        projectId: DEMO.projectId,
        webhookId: state.deliveries[0].webhookId,
        target: `${rx.url}/hook`,
        type: 'RCS_SENDER_COMMENT_ADDED',
        senderId,
        status: 'delivered',
        attempts: 3,
        last: 204,
      },
    ]);
    const got = rx.at('/hook');
    expect(got.map((r) => r.body.comment)).toEqual(['retry me', 'retry me', 'retry me']);
    // The same bytes each time, signed afresh (a new nonce per attempt), every one verifiable.
    expect(new Set(got.map((r) => r.raw.toString())).size).toBe(1);
    expect(new Set(got.map((r) => r.headers['x-sinch-webhook-signature-nonce'])).size).toBe(3);
    for (const r of got) {
      const check = verifyWebhookSignature([SECRET], r.raw, (n) => r.headers[n] as string | undefined);
      expect(check.ok).toBe(true);
    }
    const [a, b, c] = got.map((r) => r.at) as [number, number, number];
    expect(b - a).toBeGreaterThanOrEqual(45);
    expect(c - b).toBeGreaterThanOrEqual(95);
  });

  it('gives up after one attempt plus one per delay', async () => {
    rx.respond = () => 503;
    await setUp(`${rx.url}/down`);
    await comment('never lands');
    const state = await deliveries();
    expect(rx.at('/down')).toHaveLength(3);
    expect(state.counts).toEqual({
      attempted: 3,
      succeeded: 0,
      failed: 3,
      retried: 2,
      givenUp: 1,
      dropped: 0,
      pending: 0,
    });
    expect(state.deliveries[0]).toMatchObject({ status: 'given_up', attempts: 3, last: 503 });
    expect((await sb.stats()).deliveries.givenUp).toBe(1);
  });

  it('treats a refused connection and a receiver that never answers as failures', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', () => resolve()));
    const port = (closed.address() as { port: number }).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await setUp(`http://127.0.0.1:${port}/gone`);
    await comment('nobody home');
    expect((await deliveries()).deliveries[0]).toMatchObject({
      status: 'given_up',
      attempts: 3,
      last: 'ECONNREFUSED',
    });

    await sb.reset();
    rx.respond = () => 'hang';
    await setUp(`${rx.url}/slow`);
    await comment('too slow');
    const state = await deliveries();
    expect(state.deliveries[0]).toMatchObject({ status: 'given_up', attempts: 3, last: 'timeout' });
    expect(rx.at('/slow')).toHaveLength(3);
  });
});

describe('order and independence', () => {
  it("keeps one sender's events in order while the first is retried", async () => {
    rx.respond = (_r, i) => (i === 0 ? 500 : 200);
    await setUp(`${rx.url}/ordered`);
    await comment('c1');
    await comment('c2');
    await comment('c3');
    await deliveries();
    expect(rx.at('/ordered').map((r) => r.body.comment)).toEqual(['c1', 'c1', 'c2', 'c3']);
  });

  it('answers the request at once while its delivery hangs', async () => {
    rx.respond = () => 'hang';
    await setUp(`${rx.url}/hang`);
    const t = performance.now();
    const r = await comment('quick');
    expect(r.status).toBe(201);
    expect(performance.now() - t).toBeLessThan(150);
    const now = (await call(sb.url, '/_sandbox/webhooks/deliveries', { auth: null })).body;
    expect(now.idle).toBe(false);
    expect(now.counts.pending).toBe(1);
  });

  it('drops a delivery whose webhook is deleted before its retry, and everything on reset', async () => {
    // A retry delay long enough to delete the webhook in between (reset takes delivery options too).
    const slow = { seed: 'empty', webhookRetryDelaysMs: [1000] };
    expect((await call(sb.url, '/_sandbox/reset', { method: 'POST', body: slow, auth: null })).status).toBe(
      200,
    );
    rx.respond = () => 500;
    const hookId = await setUp(`${rx.url}/deleted`);
    await comment('orphan');
    await expect.poll(() => rx.at('/deleted').length).toBe(1);
    await call(sb.url, `/v1/projects/${DEMO.projectId}/webhooks/${hookId}`, { method: 'DELETE' });
    const state = await deliveries();
    expect(state.counts).toMatchObject({ attempted: 1, dropped: 1, givenUp: 0, pending: 0 });
    expect(state.deliveries[0].status).toBe('dropped');

    await sb.reset({ seed: 'empty' });
    rx.respond = () => 'hang';
    await setUp(`${rx.url}/reset`);
    await comment('in flight');
    await expect.poll(() => rx.at('/reset').length).toBe(1);
    await sb.reset();
    const after = await deliveries();
    expect(after.idle).toBe(true);
    expect(after.counts.pending).toBe(0);
    expect(after.deliveries).toEqual([]);
  });
});
