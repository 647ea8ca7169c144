// whatsappSenderEvents and whatsappAccountEvents over SSE, with events published on the bus as the receiver
// publishes them: every published callback example reads into its event type (sender or account from the
// payload, no upstream call, no bearerToken), unknown WHATSAPP_* types are the generic members, template
// and RCS events reach neither, and a credential that cannot read the project is refused.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../../src/sandbox/index.ts';
import { encodeWhatsappSenderId } from '../../src/schema/whatsapp/ids.ts';
import { OTHER_AUTH } from '../support/credentials.ts';
import { type EventsHarness, startEventsHarness, until } from '../support/events.ts';
import { subscribe } from '../support/subscriptions.ts';
import { loadWhatsappExample, whatsappExampleFiles } from '../support/whatsapp.ts';

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
const SENDER_EVENTS = `subscription($p: ID!) {
  whatsappSenderEvents(projectId: $p) {
    __typename type occurredAt
    sender { senderId projectId state qualityRating metadata { displayName { value status } } }
    ... on WhatsappSenderStateChanged { state }
    ... on WhatsappSenderRejected { changes { status } }
    ... on WhatsappSenderFailed { errorReason changes { status } }
    ... on WhatsappSenderCommentAdded { comment }
    ... on WhatsappSenderQualityRatingChanged { qualityRating }
    ... on WhatsappSenderDisplayNameUpdated { displayName { value status } }
    ... on WhatsappSenderUsernameUpdated { username { value } }
    ... on WhatsappSenderDailyLimitChanged { dailyLimit }
    ... on WhatsappUnknownSenderEvent { rawType }
  }
}`;
const ACCOUNT_EVENTS = `subscription($p: ID!) {
  whatsappAccountEvents(projectId: $p) {
    __typename type projectId occurredAt account { state wabaId changes { status } }
    ... on WhatsappAccountCommentAdded { comment }
    ... on WhatsappUnknownAccountEvent { rawType }
  }
}`;

const callbacks = whatsappExampleFiles('callbacks/').filter((f) => f.startsWith('WHATSAPP_'));
const senderFiles = callbacks.filter((f) => f.startsWith('WHATSAPP_SENDER_'));
const accountFiles = callbacks.filter((f) => !f.startsWith('WHATSAPP_SENDER_'));
const example = (f: string) => loadWhatsappExample(`callbacks/${f}`);
const field = (r: { data?: Record<string, unknown> | null }, name: string) =>
  (r.data as Record<string, Record<string, unknown>>)[name] as Record<string, unknown>;

const SENDER_TYPENAME: Record<string, string> = {
  ACTIVE: 'WhatsappSenderStateChanged',
  INACTIVE: 'WhatsappSenderStateChanged',
  PENDING_VERIFICATION: 'WhatsappSenderStateChanged',
  REJECTED: 'WhatsappSenderRejected',
  ERROR: 'WhatsappSenderFailed',
  COMMENT_ADDED: 'WhatsappSenderCommentAdded',
  QUALITY_RATING_CHANGED: 'WhatsappSenderQualityRatingChanged',
  DISPLAY_NAME_UPDATED: 'WhatsappSenderDisplayNameUpdated',
  USERNAME_UPDATED: 'WhatsappSenderUsernameUpdated',
  DELETED: 'WhatsappSenderDeleted',
  DAILY_LIMIT_CHANGED: 'WhatsappSenderDailyLimitChanged',
};

describe('whatsappSenderEvents', () => {
  it('reads every published sender callback into its type, in order, with no upstream call and no bearerToken', async () => {
    expect(senderFiles).toHaveLength(11);
    const sub = await subscribe(h, 'sse', SENDER_EVENTS, { p: P });
    await until(() => h.bus.subscriberCount(P) === 1, 5_000, 'the subscription');
    await h.resetStats();
    const at = 1_764_700_000;
    for (const [i, f] of senderFiles.entries()) await h.publish(P, example(f), at + i);
    // Neither an account event, a template event, nor an RCS event reaches it.
    await h.publish(P, example('WHATSAPP_ACCOUNT_COMMENT_ADDED.json'));
    await h.publish(P, { type: 'WHATSAPP_TEMPLATE_APPROVED', payload: { id: 't-1' } });
    await h.publish(P, { type: 'RCS_ACCOUNT_COMMENT_ADDED', comment: 'rcs' });
    await h.publish(P, {
      type: 'WHATSAPP_SENDER_BANNED',
      payload: example(senderFiles[0] as string).payload,
    });
    const got: Record<string, unknown>[] = [];
    for (let i = 0; i <= senderFiles.length; i++) got.push(field(await sub.next(), 'whatsappSenderEvents'));
    expect(got.map((e) => e.type)).toEqual([
      ...senderFiles.map((f) => f.replace('.json', '')),
      'UNRECOGNIZED',
    ]);
    for (const [i, f] of senderFiles.entries()) {
      const e = got[i] as Record<string, unknown>;
      const body = example(f);
      expect(e.__typename).toBe(SENDER_TYPENAME[f.replace('WHATSAPP_SENDER_', '').replace('.json', '')]);
      expect(e.occurredAt).toBe(new Date((at + i) * 1000).toISOString());
      expect(e.sender).toMatchObject({
        senderId: body.payload.id,
        projectId: P,
        state: body.payload.state ?? null,
      });
    }
    const by = (t: string) => got.find((e) => e.type === t) as Record<string, unknown>;
    expect(by('WHATSAPP_SENDER_ACTIVE')).toMatchObject({ state: 'ACTIVE' });
    expect(by('WHATSAPP_SENDER_PENDING_VERIFICATION')).toMatchObject({ state: 'PENDING_VERIFICATION' });
    expect(by('WHATSAPP_SENDER_REJECTED')).toMatchObject({ changes: { status: 'REJECTED' } });
    expect(by('WHATSAPP_SENDER_ERROR')).toMatchObject({
      errorReason: 'Reach out to support at support@sinch.com',
      changes: { status: 'ERROR' },
    });
    expect(by('WHATSAPP_SENDER_COMMENT_ADDED')).toMatchObject({ comment: 'Example comment' });
    expect(by('WHATSAPP_SENDER_QUALITY_RATING_CHANGED')).toMatchObject({ qualityRating: 'YELLOW' });
    expect(by('WHATSAPP_SENDER_DISPLAY_NAME_UPDATED')).toMatchObject({
      displayName: { value: 'New Display Name', status: 'PENDING' },
    });
    expect(by('WHATSAPP_SENDER_DAILY_LIMIT_CHANGED')).toMatchObject({ dailyLimit: 'TIER_100K' });
    expect(by('UNRECOGNIZED')).toMatchObject({
      __typename: 'WhatsappUnknownSenderEvent',
      rawType: 'WHATSAPP_SENDER_BANNED',
    });
    expect((await h.stats()).byOperation).toEqual({});
    expect(JSON.stringify(got)).not.toMatch(/bearerToken|aaaaAAAA/);
    await sub.close();
  });

  it("refuses OTHER's credential on DEMO's project at once (UNAUTHENTICATED), after one call", async () => {
    await h.resetStats();
    for (const query of [SENDER_EVENTS, ACCOUNT_EVENTS]) {
      const sub = await subscribe(h, 'sse', query, { p: P }, OTHER_AUTH);
      const result = await sub.next();
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
      expect(await sub.completed()).toBe(true);
      await sub.close();
    }
    expect(h.bus.subscriberCount(P)).toBe(0);
    expect((await h.stats()).byOperation).toEqual({ RcsSendersController_listSenders_v1: 2 });
  });

  it('refuses a senderIds entry that is another project’s global id (BAD_USER_INPUT)', async () => {
    const query = `subscription($p: ID!, $ids: [ID!]) { whatsappSenderEvents(projectId: $p, senderIds: $ids) { type } }`;
    const sub = await subscribe(h, 'sse', query, { p: P, ids: [encodeWhatsappSenderId('elsewhere', 's-1')] });
    const result = await sub.next();
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    await sub.close();
  });
});

describe('whatsappAccountEvents', () => {
  it('reads every published account callback, then unknown WHATSAPP_ account types as WhatsappUnknownAccountEvent', async () => {
    expect(accountFiles).toHaveLength(6);
    const sub = await subscribe(h, 'sse', ACCOUNT_EVENTS, { p: P });
    await until(() => h.bus.subscriberCount(P) === 1, 5_000, 'the subscription');
    await h.publish(P, example('WHATSAPP_SENDER_ACTIVE.json'));
    for (const f of accountFiles) await h.publish(P, example(f));
    await h.publish(P, {
      type: 'WHATSAPP_ACCOUNT_BANNED',
      payload: example(accountFiles[0] as string).payload,
    });
    const got: Record<string, unknown>[] = [];
    for (let i = 0; i <= accountFiles.length; i++) got.push(field(await sub.next(), 'whatsappAccountEvents'));
    expect(got.map((e) => [e.__typename, e.type])).toEqual([
      ...accountFiles.map((f) => [
        f.includes('COMMENT') ? 'WhatsappAccountCommentAdded' : 'WhatsappAccountChanged',
        f.replace('.json', ''),
      ]),
      ['WhatsappUnknownAccountEvent', 'UNRECOGNIZED'],
    ]);
    for (const [i, f] of accountFiles.entries()) {
      const payload = example(f).payload;
      expect(got[i]).toMatchObject({
        projectId: P,
        account: {
          state: payload.state ?? null,
          wabaId: payload.wabaId,
          changes: payload.changes ? { status: payload.changes.status } : null,
        },
      });
    }
    expect(got.find((e) => e.type === 'WHATSAPP_ACCOUNT_COMMENT_ADDED')).toMatchObject({
      comment: 'Example comment',
    });
    expect(got.at(-1)).toMatchObject({ rawType: 'WHATSAPP_ACCOUNT_BANNED' });
    await sub.close();
  });
});
