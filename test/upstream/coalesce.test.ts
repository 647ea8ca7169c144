// In-flight coalescing through the client over real HTTP: identical idempotent GETs in flight share one
// exchange, and only those. The upstream holds requests until the test answers them, so what is shared is
// counted exactly; calls fired in the same tick are in flight together by construction.
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO, seedSenderId } from '../../src/sandbox/index.ts';
import { touches } from '../../src/upstream/coalesce.ts';
import {
  type CallOptions,
  createSinchClient,
  type SinchClient,
  UpstreamAbortedError,
  UpstreamNotFoundError,
  UpstreamTimeoutError,
} from '../../src/upstream/index.ts';
import { createCallMeter } from '../../src/upstream/meter.ts';
import { credentialOf } from '../../src/upstream/wire.ts';
import { type HeldUpstream, type HeldUpstreamOptions, startHeldUpstream } from '../support/held-upstream.ts';
import { startValidatedSandbox, type ValidatedSandbox } from '../support/sandbox.ts';

const A = { kind: 'passthrough', authorization: 'Basic YWxpY2U6c2VjcmV0LWE=' } as const;
const B = { kind: 'passthrough', authorization: 'Basic Ym9iOnNlY3JldC1i' } as const;

let upstream: HeldUpstream | undefined;
let client: SinchClient | undefined;
let sandbox: ValidatedSandbox | undefined;
afterEach(async () => {
  await client?.close();
  await upstream?.close();
  await sandbox?.close();
  expect(sandbox?.problems() ?? []).toEqual([]);
  client = upstream = sandbox = undefined;
});

async function held(opts: HeldUpstreamOptions = {}) {
  upstream = await startHeldUpstream({
    answer: () => ({ status: 200, body: { id: 's', state: 'DRAFT' } }),
    ...opts,
  });
  client = createSinchClient({ baseUrl: upstream.url, resilience: { retry: false } });
  return { h: upstream, c: client };
}

const caught = (p: Promise<unknown>) => p.catch((error: unknown) => error);

describe('identical GETs in flight share one exchange', () => {
  it('5 callers (5 requests) → 1 upstream GET; 1 made and 4 shared; one frozen answer no caller can change', async () => {
    const { h, c } = await held();
    const meters = Array.from({ length: 5 }, () => createCallMeter());
    const calls = meters.map((meter) => c.rcsSenders.get('p', 's', { auth: A, meter }));
    await h.until(() => h.held().length === 1);
    await h.releaseOldest();
    const answers = await Promise.all(calls);
    expect(h.received).toEqual([{ method: 'GET', url: '/v1/projects/p/rcs/senders/s' }]);
    expect(answers).toEqual(Array(5).fill({ id: 's', state: 'DRAFT' }));
    // One object, deeply frozen: a request that tried to change it would throw instead of changing another's.
    expect(new Set(answers).size).toBe(1);
    expect(Object.isFrozen(answers[0])).toBe(true);
    expect(() => {
      (answers[0] as { state: string }).state = 'LAUNCHED';
    }).toThrow(TypeError);
    expect(meters.map((m) => [m.made, m.shared])).toEqual([
      [1, 0],
      [0, 1],
      [0, 1],
      [0, 1],
      [0, 1],
    ]);
  });

  it('never shares a write, nor the resend-invite GET: 3 identical calls of each → 3 exchanges each', async () => {
    const { h, c } = await held({ hold: () => false });
    const o: CallOptions = { auth: A };
    const three = (f: () => Promise<unknown>) => Promise.all([f(), f(), f()]);
    await three(() => c.rcsSenders.update('p', 's', { details: { countries: ['DE'] } }, undefined, o));
    await three(() => c.rcsSenders.createComment('p', 's', { comment: 'c' }, o));
    await three(() => c.rcsSenders.deleteTestNumber('p', 's', '+46700000001', o));
    await three(() => c.rcsSenders.retryTestNumber('p', 's', '+46700000001', o));
    expect(h.received.map((r) => `${r.method} ${r.url.replace('/v1/projects/p/rcs/senders/s', '')}`)).toEqual(
      [
        'PATCH ',
        'PATCH ',
        'PATCH ',
        'POST /comments',
        'POST /comments',
        'POST /comments',
        'DELETE /testNumbers/%2B46700000001',
        'DELETE /testNumbers/%2B46700000001',
        'DELETE /testNumbers/%2B46700000001',
        'GET /testNumbers/%2B46700000001/retry',
        'GET /testNumbers/%2B46700000001/retry',
        'GET /testNumbers/%2B46700000001/retry',
      ],
    );
  });

  it('never across credentials: A, A, B and the service key → 3 exchanges; the key holds no credential', async () => {
    const { h, c } = await held({ hold: () => false });
    await Promise.all([
      c.rcsSenders.get('p', 's', { auth: A }),
      c.rcsSenders.get('p', 's', { auth: A }),
      c.rcsSenders.get('p', 's', { auth: B }),
      c.rcsSenders.get('p', 's', { auth: { kind: 'service' } }).catch(() => undefined),
    ]);
    // The service call (no service credentials configured here) is refused before sending: A's and B's.
    expect(h.received).toHaveLength(2);
    const fingerprints = [credentialOf(A), credentialOf(B), credentialOf({ kind: 'service' })];
    expect(new Set(fingerprints).size).toBe(3);
    expect(credentialOf(A)).toBe(credentialOf({ ...A }));
    for (const f of fingerprints) expect(f).not.toMatch(/YWxpY2U|Ym9i|secret/);
  });
});

describe('each waiter keeps its own cancellation and deadline', () => {
  it('a cancelled waiter leaves at once with its own error; the exchange is aborted when the last one goes', async () => {
    const { h, c } = await held();
    const gone = new AbortController();
    const late = new AbortController();
    const last = new AbortController();
    const calls = [gone, late, last].map((ctl) =>
      caught(c.rcsSenders.get('p', 's', { auth: A, signal: ctl.signal })),
    );
    await h.until(() => h.held().length === 1);
    gone.abort();
    late.abort(new DOMException('late', 'TimeoutError'));
    const [first, second] = await Promise.all([calls[0], calls[1]]);
    expect(first).toBeInstanceOf(UpstreamAbortedError);
    expect(second).toMatchObject({
      name: 'UpstreamTimeoutError',
      errorCode: 'deadline_exceeded',
    });
    // One waiter is left: the exchange is still in flight.
    expect(h.inFlight()).toBe(1);
    last.abort();
    expect(await calls[2]).toBeInstanceOf(UpstreamAbortedError);
    await h.until(() => h.inFlight() === 0);
    expect(h.held()).toEqual([]);
    expect(h.received).toHaveLength(1);
  });

  it('runs under the latest deadline of its waiters: the first caller timing out does not fail a later one', async () => {
    const { h, c } = await held();
    const first = caught(
      c.rcsSenders.get('p', 's', { auth: A, signal: AbortSignal.timeout(50), deadline: Date.now() + 50 }),
    );
    // Joins once the attempt is out, under the first caller's deadline only.
    await h.until(() => h.held().length === 1);
    const meter = createCallMeter();
    const later = c.rcsSenders.get('p', 's', { auth: A, deadline: Date.now() + 10_000, meter });
    expect(meter).toMatchObject({ made: 0, shared: 1 });
    expect(await first).toBeInstanceOf(UpstreamTimeoutError);
    expect(h.inFlight()).toBe(1);
    await h.releaseOldest();
    expect(await later).toEqual({ id: 's', state: 'DRAFT' });
    expect(h.received).toHaveLength(1);
  });
});

describe('a shared failure', () => {
  it('reaches every waiter as its own instance of the same typed error', async () => {
    const { h, c } = await held({
      answer: () => ({
        status: 404,
        body: { errorCode: 'sender_not_found', message: 'Not found.', additionalInformation: { id: 's' } },
      }),
    });
    const calls = [1, 2, 3].map(() => caught(c.rcsSenders.get('p', 's', { auth: A })));
    await h.until(() => h.held().length === 1);
    await h.releaseOldest();
    const errors = (await Promise.all(calls)) as UpstreamNotFoundError[];
    expect(new Set(errors).size).toBe(3);
    for (const e of errors) {
      expect(e).toBeInstanceOf(UpstreamNotFoundError);
      expect(e.toJSON()).toEqual(errors[0]?.toJSON());
    }
    expect(errors[0]?.additionalInformation).not.toBe(errors[1]?.additionalInformation);
    expect(h.received).toHaveLength(1);
  });

  it('is retried once inside the shared exchange: a 503 then 200 costs 2 upstream GETs for 5 waiters', async () => {
    sandbox = await startValidatedSandbox({ seed: 'demo' });
    client = createSinchClient({ baseUrl: sandbox.url });
    const id = seedSenderId(DEMO.projectId, 'draft-minimal');
    const op = 'RcsSendersController_getSender_v1';
    await fetch(`${sandbox.url}/_sandbox/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ rules: [{ match: { operationId: op }, status: 503, times: 1 }] }),
    });
    const auth = {
      kind: 'passthrough',
      authorization: `Basic ${Buffer.from(`${DEMO.keyId}:${DEMO.keySecret}`).toString('base64')}`,
    } as const;
    const c = client;
    const senders = await Promise.all(
      [1, 2, 3, 4, 5].map(() => c.rcsSenders.get(DEMO.projectId, id, { auth })),
    );
    expect(senders.map((s) => s.state)).toEqual(Array(5).fill('DRAFT'));
    expect((await sandbox.stats()).byOperation[op]).toBe(2);
  });
});

describe('read-your-writes', () => {
  it('a read after a completed write to the sender starts its own exchange; one before it joins', async () => {
    const { h, c } = await held({ hold: (r) => r.method === 'GET' });
    const before = c.rcsSenders.get('p', 's', { auth: A });
    const list = c.rcsSenders.list('p', undefined, { auth: A });
    const otherSender = c.rcsSenders.get('p', 'other', { auth: A });
    const otherProject = c.rcsSenders.get('q', 's', { auth: A });
    const joinMeter = createCallMeter();
    const joined = c.rcsSenders.get('p', 's', { auth: A, meter: joinMeter });
    await h.until(() => h.held().length === 4);
    expect(joinMeter).toMatchObject({ made: 0, shared: 1 });
    const meter = createCallMeter();
    await c.rcsSenders.update('p', 's', { details: { countries: ['DE'] } }, undefined, { auth: A });
    const after = [
      c.rcsSenders.get('p', 's', { auth: A, meter }),
      c.rcsSenders.list('p', undefined, { auth: A, meter }),
      c.rcsSenders.get('p', 'other', { auth: A, meter }),
      c.rcsSenders.get('q', 's', { auth: A, meter }),
    ];
    await h.until(() => h.held().length === 6);
    h.releaseAll();
    await Promise.all([before, list, otherSender, otherProject, joined, ...after]);
    // The sender and the project's list were written: fresh GETs. Another sender, another project: joined.
    expect(meter).toMatchObject({ made: 2, shared: 2 });
    expect(h.received.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /v1/projects/p/rcs/senders/s',
      'GET /v1/projects/p/rcs/senders',
      'GET /v1/projects/p/rcs/senders/other',
      'GET /v1/projects/q/rcs/senders/s',
      'PATCH /v1/projects/p/rcs/senders/s',
      'GET /v1/projects/p/rcs/senders/s',
      'GET /v1/projects/p/rcs/senders',
    ]);
  });

  it('what a write touches: its sender and the project-level reads of its project, every credential', () => {
    const s = { projectId: 'p', senderId: 's' };
    expect(touches(s, { projectId: 'p', senderId: 's' })).toBe(true);
    expect(touches(s, { projectId: 'p' })).toBe(true);
    expect(touches(s, { projectId: 'p', senderId: 'other' })).toBe(false);
    expect(touches(s, { projectId: 'q', senderId: 's' })).toBe(false);
    expect(touches({ projectId: 'p' }, { projectId: 'p', senderId: 'any' })).toBe(true);
  });
});
