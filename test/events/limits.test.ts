// Subscription limits (per WebSocket connection, per credential), the slow subscriber that ends alone, and
// the periodic re-check of a forwarded credential.
import { type ExecutionResult, subscribe as execSubscribe, parse } from 'graphql';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createContext, fingerprint as fingerprintOf } from '../../src/context.ts';
import { DEMO, seedSenderId } from '../../src/sandbox/index.ts';
import { openSubscriptions } from '../../src/schema/events/session.ts';
import { schema } from '../../src/schema/index.ts';
import { createCallMeter } from '../../src/upstream/meter.ts';
import { DEMO_AUTH, OTHER_AUTH } from '../support/credentials.ts';
import { type EventsHarness, startEventsHarness, until, wsClient, wsSubscribe } from '../support/events.ts';
import { senderDto, subscribe } from '../support/subscriptions.ts';

const P = DEMO.projectId;
const ACCOUNT = 'subscription($p: ID!) { rcsAccountEvents(projectId: $p) { type } }';
const SENDER_COMMENTS = `subscription($p: ID!) {
  rcsSenderEvents(projectId: $p) { ... on RcsSenderCommentAdded { comment } sender { senderId } }
}`;
const codes = (r: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  r.errors?.map((e) => e.extensions?.code);

describe('limits', () => {
  let h: EventsHarness;
  beforeAll(async () => {
    h = await startEventsHarness({ subscriptionLimits: { perCredential: 25, bufferSize: 3 } });
  });
  afterAll(async () => {
    await h.close();
  });
  afterEach(() => {
    expect(h.sandbox.problems()).toEqual([]);
  });

  it('one WebSocket connection holds at most 20 subscriptions; closing one makes room', async () => {
    const client = wsClient(h.wsUrl);
    const subs = Array.from({ length: 20 }, () => wsSubscribe(client, ACCOUNT, { p: P }));
    await until(() => h.bus.subscriberCount(P) === 20, 5_000, '20 subscriptions');
    await h.resetStats();
    const refused = wsSubscribe(client, ACCOUNT, { p: P });
    const result = await refused.next();
    expect(codes(result)).toEqual(['LIMIT_EXCEEDED']);
    expect(result.errors?.[0]?.extensions?.limit).toBe('subscriptions per connection');
    // Refused before the authorization call.
    expect((await h.stats()).total).toBe(0);
    await subs[0]?.close();
    await until(() => h.bus.subscriberCount(P) === 19, 5_000, 'one to close');
    const again = wsSubscribe(client, ACCOUNT, { p: P });
    await until(() => h.bus.subscriberCount(P) === 20, 5_000, 'the replacement');
    await h.publish(P, { type: 'RCS_ACCOUNT_COMMENT_ADDED', comment: 'x' });
    expect(await again.next()).toEqual({ data: { rcsAccountEvents: { type: 'RCS_ACCOUNT_COMMENT_ADDED' } } });
    await client.dispose();
    await until(() => h.bus.subscriberCount(P) === 0, 5_000, 'all to close');
    expect(openSubscriptions(h.deps, `caller:${fingerprintOf(DEMO_AUTH)}`)).toBe(0);
  });

  it('a credential holds at most perCredential subscriptions over SSE and WebSocket together; others are not affected', async () => {
    const clients = [wsClient(h.wsUrl), wsClient(h.wsUrl)];
    const subs = Array.from({ length: 25 }, (_, i) =>
      wsSubscribe(clients[i % 2] as never, ACCOUNT, { p: P }),
    );
    await until(() => h.bus.subscriberCount(P) === 25, 5_000, '25 subscriptions');
    const sse = await subscribe(h, 'sse', ACCOUNT, { p: P });
    const result = await sse.next();
    expect(codes(result)).toEqual(['LIMIT_EXCEEDED']);
    expect(result.errors?.[0]?.extensions?.limit).toBe('subscriptions per credential');
    // Another credential has its own count (and its own project).
    const other = await subscribe(h, 'sse', ACCOUNT, { p: 'other-project' }, OTHER_AUTH);
    await until(() => h.bus.subscriberCount('other-project') === 1, 5_000, "OTHER's subscription");
    await other.close();
    await sse.close();
    expect(subs.length).toBe(25);
    for (const c of clients) await c.dispose();
    await until(() => h.bus.subscriberCount(P) === 0, 5_000, 'all to close');
  });

  it('a subscriber too slow for the events ends alone with SUBSCRIBER_TOO_SLOW', async () => {
    // Executed in process so the test decides who reads when (a network client reads eagerly).
    const context = () =>
      createContext({
        requestId: 'slow-test',
        auth: { kind: 'passthrough', authorization: DEMO_AUTH },
        authKey: 'caller:slow-test',
        deps: h.deps,
        meter: createCallMeter(250),
      });
    const document = parse(SENDER_COMMENTS);
    const open = async () =>
      (await execSubscribe({
        schema,
        document,
        variableValues: { p: P },
        contextValue: context(),
      })) as AsyncGenerator<ExecutionResult>;
    const fast = await open();
    const slow = await open();
    expect(h.bus.subscriberCount(P)).toBe(2);
    const dto = await senderDto(h, P, seedSenderId(P, 'launched'));
    const got: unknown[] = [];
    for (let i = 0; i < 5; i += 1) {
      await h.publish(P, { type: 'RCS_SENDER_COMMENT_ADDED', payload: dto, comment: `c${i}` });
      got.push((await fast.next()).value);
    }
    expect(
      got.map((r) => (r as { data: { rcsSenderEvents: { comment: string } } }).data.rcsSenderEvents.comment),
    ).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
    const last = (await slow.next()).value as ExecutionResult;
    expect(last.data).toBeNull();
    expect(last.errors?.map((e) => e.extensions?.code)).toEqual(['SUBSCRIBER_TOO_SLOW']);
    expect((await slow.next()).done).toBe(true);
    // The fast one goes on.
    await h.publish(P, { type: 'RCS_SENDER_COMMENT_ADDED', payload: dto, comment: 'c5' });
    expect(((await fast.next()).value as ExecutionResult).data).toEqual({
      rcsSenderEvents: { comment: 'c5', sender: { senderId: dto.id } },
    });
    await fast.return(undefined);
    expect(h.bus.subscriberCount(P)).toBe(0);
  });
});

describe('passthrough re-check', () => {
  let h: EventsHarness;
  beforeAll(async () => {
    h = await startEventsHarness({ authRecheckMs: 200 });
  });
  afterAll(async () => {
    await h.close();
  });

  it('ends the stream with UNAUTHENTICATED once the forwarded credential is refused', async () => {
    const sse = await subscribe(h, 'sse', ACCOUNT, { p: P });
    const ws = await subscribe(h, 'ws', ACCOUNT, { p: P });
    await until(() => h.bus.subscriberCount(P) === 2, 5_000, 'both subscriptions');
    await h.resetStats();
    await new Promise((r) => setTimeout(r, 500));
    // Re-checked while accepted (twice or so each), and the events still flow.
    expect((await h.stats()).byOperation.RcsSendersController_listSenders_v1).toBeGreaterThanOrEqual(2);
    await h.publish(P, { type: 'RCS_ACCOUNT_COMMENT_ADDED', comment: 'still here' });
    expect(await sse.next()).toEqual({ data: { rcsAccountEvents: { type: 'RCS_ACCOUNT_COMMENT_ADDED' } } });
    expect(await ws.next()).toEqual({ data: { rcsAccountEvents: { type: 'RCS_ACCOUNT_COMMENT_ADDED' } } });
    await fetch(`${h.sandbox.url}/_sandbox/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        rules: [{ match: { operationId: 'RcsSendersController_listSenders_v1' }, status: 401 }],
      }),
    });
    for (const sub of [sse, ws]) {
      const last = await sub.next(2_000);
      expect(codes(last)).toEqual(['UNAUTHENTICATED']);
      expect(await sub.completed()).toBe(true);
      await sub.close();
    }
    await until(() => h.bus.subscriberCount(P) === 0, 5_000, 'the bus subscribers to go');
  });
});
