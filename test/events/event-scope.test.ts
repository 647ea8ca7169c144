// Each event resolves like a request of its own: fields below the event that call the upstream get a fresh
// deadline, loaders and call budget (the subscription's own request deadline passed long ago), and their
// failures carry the same error codes a query's would.
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { DEMO, seedSenderId } from '../../src/sandbox/index.ts';
import { type EventsHarness, startEventsHarness, until } from '../support/events.ts';
import { senderDto, subscribe, type Transport } from '../support/subscriptions.ts';

const P = DEMO.projectId;
const SENDER = seedSenderId(P, 'launched');
const DEADLINE_MS = 300;
const QUERY = `subscription($p: ID!) {
  rcsSenderEvents(projectId: $p) { type sender { senderId activities(first: 1) { totalCount } } }
}`;

let h: EventsHarness;
beforeAll(async () => {
  h = await startEventsHarness({ requestDeadlineMs: DEADLINE_MS });
});
afterAll(async () => {
  await h.close();
});
afterEach(() => {
  expect(h.sandbox.problems()).toEqual([]);
});

it.each<Transport>(['sse', 'ws'])(
  'over %s: fields below an event call the upstream with a fresh deadline, and map their failures',
  async (transport) => {
    const dto = await senderDto(h, P, SENDER);
    const activities = (
      (await (
        await fetch(`${h.sandbox.url}/v1/projects/${P}/rcs/senders/${SENDER}/activities?pageSize=1`, {
          headers: { authorization: `Basic ${Buffer.from('demo-key:demo-secret').toString('base64')}` },
        })
      ).json()) as { totalSize: number }
    ).totalSize;
    const sub = await subscribe(h, transport, QUERY, { p: P });
    await until(() => h.bus.subscriberCount(P) === 1, 5_000, 'the subscription');
    // Well past the subscription request's own deadline.
    await new Promise((r) => setTimeout(r, DEADLINE_MS * 2));
    await h.resetStats();
    await h.publish(P, { type: 'RCS_SENDER_COMMENT_ADDED', payload: dto, comment: 'one' });
    expect(await sub.next()).toEqual({
      data: {
        rcsSenderEvents: {
          type: 'RCS_SENDER_COMMENT_ADDED',
          sender: { senderId: SENDER, activities: { totalCount: activities } },
        },
      },
    });
    // One call for this event; the next event reads afresh (no loader entry kept from the first).
    await h.publish(P, { type: 'RCS_SENDER_COMMENT_ADDED', payload: dto, comment: 'two' });
    await sub.next();
    expect((await h.stats()).byOperation).toEqual({ RcsSendersController_listActivities_v1: 2 });

    await fetch(`${h.sandbox.url}/_sandbox/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        rules: [{ match: { operationId: 'RcsSendersController_listActivities_v1' }, status: 503 }],
      }),
    });
    await h.publish(P, { type: 'RCS_SENDER_COMMENT_ADDED', payload: dto, comment: 'three' });
    const failed = await sub.next();
    expect(failed.data).toEqual({
      rcsSenderEvents: { type: 'RCS_SENDER_COMMENT_ADDED', sender: { senderId: SENDER, activities: null } },
    });
    expect(failed.errors?.map((e) => [e.extensions?.code, (e as { path?: unknown }).path])).toEqual([
      ['UPSTREAM_UNAVAILABLE', ['rcsSenderEvents', 'sender', 'activities']],
    ]);
    await fetch(`${h.sandbox.url}/_sandbox/faults`, { method: 'DELETE' });
    await sub.close();
    await until(() => h.bus.subscriberCount(P) === 0, 5_000, 'the subscriber to go');
  },
);
