// rcsSenderEvents and rcsAccountEvents over SSE and over WebSocket, with events published on the bus as the
// receiver publishes them: filtering, order, the sender from the payload with no upstream call, unknown
// types and values, isolation between projects and credentials.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, OTHER, seedSenderId } from '../../src/sandbox/index.ts';
import { encodeSenderId } from '../../src/schema/rcs-senders/ids.ts';
import { OTHER_AUTH } from '../support/credentials.ts';
import { type EventsHarness, startEventsHarness, until } from '../support/events.ts';
import { senderDto, subscribe, type Transport } from '../support/subscriptions.ts';

let h: EventsHarness;
beforeAll(async () => {
  h = await startEventsHarness();
});
afterAll(async () => {
  await h.close();
});
afterEach(() => {
  expect(h.sandbox.problems()).toEqual([]);
});

const P = DEMO.projectId;
const IN_TEST = seedSenderId(P, 'in-test-ready-gb-fr');
const LAUNCHED = seedSenderId(P, 'launched');

const SENDER_EVENTS = `subscription($p: ID!, $ids: [ID!], $types: [RcsSenderEventType!]) {
  rcsSenderEvents(projectId: $p, senderIds: $ids, types: $types) {
    __typename type occurredAt
    sender { id senderId projectId state brand { name } }
    ... on RcsSenderStatusUpdated { previousState currentState }
    ... on RcsSenderOperatorStatusUpdated { operator operatorCountry operatorPreviousStatus operatorCurrentStatus comment }
    ... on RcsBrandRegistrationStatusUpdated { status comment }
    ... on RcsSenderCommentAdded { comment }
    ... on RcsUnknownSenderEvent { rawType }
  }
}`;

const ACCOUNT_EVENTS = `subscription($p: ID!) {
  rcsAccountEvents(projectId: $p) {
    __typename type projectId occurredAt
    ... on RcsAccountCommentAdded { comment }
    ... on RcsUnknownAccountEvent { rawType }
  }
}`;

const event = (r: { data?: Record<string, unknown> | null }, field = 'rcsSenderEvents') =>
  (r.data as Record<string, Record<string, unknown>>)[field] as Record<string, unknown>;

describe.each<Transport>(['sse', 'ws'])('over %s', (transport) => {
  it('delivers the four sender event types in order, each with the payload sender and no upstream call', async () => {
    const dto = await senderDto(h, P, IN_TEST);
    const sub = await subscribe(h, transport, SENDER_EVENTS, { p: P });
    await until(() => h.bus.subscriberCount(P) === 1, 5_000, 'the subscription');
    await h.resetStats();
    const at = 1_764_640_000;
    await h.publish(
      P,
      {
        type: 'RCS_SENDER_STATUS_UPDATED',
        payload: dto,
        previousState: 'IN_PROGRESS',
        currentState: 'IN_TEST',
      },
      at,
    );
    await h.publish(
      P,
      {
        type: 'RCS_SENDER_OPERATOR_STATUS_UPDATED',
        payload: dto,
        operator: 'Orange',
        operatorCountry: 'FR',
        operatorPreviousStatus: 'PENDING',
        operatorCurrentStatus: 'LAUNCHED',
      },
      at + 1,
    );
    await h.publish(
      P,
      {
        type: 'RCS_BRAND_REGISTRATION_PROCESS_STATUS_UPDATED',
        payload: dto,
        status: 'COMPLETED',
        comment: 'Brand registration approved',
      },
      at + 2,
    );
    await h.publish(
      P,
      { type: 'RCS_SENDER_COMMENT_ADDED', payload: dto, comment: 'Please add a logo.' },
      at + 3,
    );

    const sender = {
      id: encodeSenderId(P, IN_TEST),
      senderId: IN_TEST,
      projectId: P,
      state: dto.state,
      brand: { name: (dto.details as { brand: { name: string } }).brand.name },
    };
    expect(event(await sub.next())).toEqual({
      __typename: 'RcsSenderStatusUpdated',
      type: 'RCS_SENDER_STATUS_UPDATED',
      occurredAt: new Date(at * 1000).toISOString(),
      sender,
      previousState: 'IN_PROGRESS',
      currentState: 'IN_TEST',
    });
    expect(event(await sub.next())).toEqual({
      __typename: 'RcsSenderOperatorStatusUpdated',
      type: 'RCS_SENDER_OPERATOR_STATUS_UPDATED',
      occurredAt: new Date((at + 1) * 1000).toISOString(),
      sender,
      operator: 'Orange',
      operatorCountry: 'FR',
      operatorPreviousStatus: 'PENDING',
      operatorCurrentStatus: 'LAUNCHED',
      comment: null,
    });
    expect(event(await sub.next())).toMatchObject({
      __typename: 'RcsBrandRegistrationStatusUpdated',
      status: 'COMPLETED',
      comment: 'Brand registration approved',
      sender,
    });
    expect(event(await sub.next())).toMatchObject({
      __typename: 'RcsSenderCommentAdded',
      type: 'RCS_SENDER_COMMENT_ADDED',
      comment: 'Please add a logo.',
      sender,
    });
    expect((await h.stats()).total).toBe(0);
    await sub.close();
    await until(() => h.bus.subscriberCount(P) === 0, 5_000, 'the bus subscriber to go');
  });

  it('filters by sender (global or upstream id) and by type; unknown types and values are forward compatible', async () => {
    const inTest = await senderDto(h, P, IN_TEST);
    const launched = await senderDto(h, P, LAUNCHED);
    const sub = await subscribe(h, transport, SENDER_EVENTS, {
      p: P,
      ids: [encodeSenderId(P, IN_TEST), LAUNCHED],
      types: ['RCS_SENDER_STATUS_UPDATED', 'UNRECOGNIZED'],
    });
    await until(() => h.bus.subscriberCount(P) === 1, 5_000, 'the subscription');
    const other = await senderDto(h, P, seedSenderId(P, 'launching'));
    // Not delivered: another sender, another type, another channel, an account event.
    await h.publish(P, {
      type: 'RCS_SENDER_STATUS_UPDATED',
      payload: other,
      previousState: 'IN_TEST',
      currentState: 'LAUNCHING',
    });
    await h.publish(P, { type: 'RCS_SENDER_COMMENT_ADDED', payload: inTest, comment: 'filtered out' });
    await h.publish(P, { type: 'WHATSAPP_SENDER_ACTIVE', payload: { id: IN_TEST } });
    await h.publish(P, { type: 'RCS_ACCOUNT_COMMENT_ADDED', comment: 'account' });
    // Delivered: a status of a listed sender with a state this version does not know, and an unknown type.
    await h.publish(P, {
      type: 'RCS_SENDER_STATUS_UPDATED',
      payload: launched,
      previousState: 'LAUNCHED',
      currentState: 'HIBERNATING',
    });
    await h.publish(P, { type: 'RCS_SENDER_ARCHIVED', payload: inTest });

    expect(event(await sub.next())).toMatchObject({
      __typename: 'RcsSenderStatusUpdated',
      sender: { senderId: LAUNCHED },
      previousState: 'LAUNCHED',
      currentState: 'UNRECOGNIZED',
    });
    expect(event(await sub.next())).toMatchObject({
      __typename: 'RcsUnknownSenderEvent',
      type: 'UNRECOGNIZED',
      rawType: 'RCS_SENDER_ARCHIVED',
      sender: { senderId: IN_TEST },
    });
    await sub.close();
  });

  it("never delivers another project's events", async () => {
    const demo = await subscribe(h, transport, SENDER_EVENTS, { p: P });
    const other = await subscribe(h, transport, SENDER_EVENTS, { p: OTHER.projectId }, OTHER_AUTH);
    await until(() => h.bus.subscriberCount(P) === 1 && h.bus.subscriberCount(OTHER.projectId) === 1);
    const otherSender = seedSenderId(OTHER.projectId, 'other-in-test');
    const otherDto = await senderDto(h, OTHER.projectId, otherSender, OTHER_AUTH);
    await h.publish(OTHER.projectId, {
      type: 'RCS_SENDER_COMMENT_ADDED',
      payload: otherDto,
      comment: 'for OTHER',
    });
    await h.publish(P, {
      type: 'RCS_SENDER_COMMENT_ADDED',
      payload: await senderDto(h, P, IN_TEST),
      comment: 'for DEMO',
    });
    expect(event(await demo.next())).toMatchObject({ comment: 'for DEMO', sender: { projectId: P } });
    expect(event(await other.next())).toMatchObject({
      comment: 'for OTHER',
      sender: { senderId: otherSender },
    });
    await demo.close();
    await other.close();
  });

  it("refuses OTHER's credential on DEMO's project at once, with the code queries get", async () => {
    await h.resetStats();
    const sub = await subscribe(h, transport, SENDER_EVENTS, { p: P }, OTHER_AUTH);
    const result = await sub.next();
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(await sub.completed()).toBe(true);
    expect(h.bus.subscriberCount(P)).toBe(0);
    // The one authorization call, nothing else.
    expect((await h.stats()).byOperation).toEqual({ RcsSendersController_listSenders_v1: 1 });
    await sub.close();
  });

  it('delivers account comments and unknown account events on rcsAccountEvents only', async () => {
    const sub = await subscribe(h, transport, ACCOUNT_EVENTS, { p: P });
    await until(() => h.bus.subscriberCount(P) === 1, 5_000, 'the subscription');
    const at = 1_764_650_000;
    await h.publish(P, {
      type: 'RCS_SENDER_COMMENT_ADDED',
      payload: await senderDto(h, P, IN_TEST),
      comment: 'sender',
    });
    await h.publish(P, { type: 'RCS_ACCOUNT_COMMENT_ADDED', comment: 'Account approved.' }, at);
    await h.publish(P, { type: 'RCS_ACCOUNT_SUSPENDED' }, at + 1);
    expect(event(await sub.next(), 'rcsAccountEvents')).toEqual({
      __typename: 'RcsAccountCommentAdded',
      type: 'RCS_ACCOUNT_COMMENT_ADDED',
      projectId: P,
      occurredAt: new Date(at * 1000).toISOString(),
      comment: 'Account approved.',
    });
    expect(event(await sub.next(), 'rcsAccountEvents')).toEqual({
      __typename: 'RcsUnknownAccountEvent',
      type: 'UNRECOGNIZED',
      projectId: P,
      occurredAt: new Date((at + 1) * 1000).toISOString(),
      rawType: 'RCS_ACCOUNT_SUSPENDED',
    });
    await sub.close();
  });
});

describe('arguments', () => {
  it('a sender global id of another project is refused before any upstream call', async () => {
    await h.resetStats();
    const sub = await subscribe(h, 'sse', SENDER_EVENTS, {
      p: P,
      ids: [encodeSenderId(OTHER.projectId, seedSenderId(OTHER.projectId, 'other-in-test'))],
    });
    const result = await sub.next();
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect((await h.stats()).total).toBe(0);
    await sub.close();
  });
});
