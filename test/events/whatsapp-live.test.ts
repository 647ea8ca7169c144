// whatsappSenderEvents and whatsappAccountEvents end to end: the real server (startServer, embedded sandbox,
// webhook receiver, in-process bus), a webhook registered through GraphQL for ALL triggers, SSE
// subscriptions, then a WhatsApp sender created, advanced, registered, verified and commented through the
// graph and the sandbox. The sandbox signs and POSTs each WHATSAPP_* callback to the receiver; each
// subscriber gets the matching events in order, filters drop the others, and no event carries a credential.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log.ts';
import { DEMO } from '../../src/sandbox/index.ts';
import { seedWhatsappSenderId } from '../../src/sandbox/whatsapp/seed.ts';
import { encodeWhatsappSenderId } from '../../src/schema/whatsapp/ids.ts';
import { type RunningServer, startServer } from '../../src/server.ts';
import { type SseSubscription, sseSubscribe, until } from '../support/events.ts';

const P = DEMO.projectId;
const SEEDED = seedWhatsappSenderId(P, 'active');
let server: RunningServer;

const gql = async (query: string, variables: Record<string, unknown> = {}) => {
  const res = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  // biome-ignore lint/suspicious/noExplicitAny: answers are read by path in the assertions
  return (await res.json()) as { data: Record<string, any>; errors?: unknown[] };
};
const authCalls = async () =>
  ((await (await fetch(`${server.sandboxUrl}/_sandbox/stats`)).json()) as { byRoute: Record<string, number> })
    .byRoute['GET /v1/projects/{projectId}/rcs/senders'] ?? 0;

const SENDER_EVENTS = `subscription($p: ID!, $ids: [ID!], $types: [WhatsappSenderEventType!]) {
  whatsappSenderEvents(projectId: $p, senderIds: $ids, types: $types) {
    __typename type occurredAt
    sender { id senderId projectId state }
    ... on WhatsappSenderStateChanged { state }
    ... on WhatsappSenderCommentAdded { comment }
  }
}`;
const ACCOUNT_EVENTS = `subscription($p: ID!) {
  whatsappAccountEvents(projectId: $p) {
    __typename type projectId occurredAt account { projectId state }
    ... on WhatsappAccountCommentAdded { comment }
  }
}`;

type Event = Record<string, unknown> & { sender?: { senderId: string } };
const eventOf = (r: { data?: Record<string, unknown> | null }, field: string) =>
  (r.data as Record<string, Event>)[field] as Event;

/** The next `n` events of `sub` that `keep` accepts (others, e.g. seeded senders moving on advance, skipped). */
async function take(sub: SseSubscription, field: string, n: number, keep: (e: Event) => boolean) {
  const got: Event[] = [];
  while (got.length < n) {
    const e = eventOf(await sub.next(10_000), field);
    if (keep(e)) got.push(e);
  }
  return got;
}

beforeAll(async () => {
  server = await startServer({
    env: { PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', NODE_ENV: 'development' },
    logger: silentLogger,
  });
}, 30_000);
afterAll(async () => {
  await server?.close();
});

describe('WhatsApp callbacks → receiver → subscriptions, on the embedded sandbox', () => {
  it('a sender created, advanced, registered, verified and commented: each subscriber gets its events, in order', async () => {
    const registered = await gql(
      `mutation($p: ID!) { createWebhook(input: { projectId: $p, triggers: [ALL] }) {
        __typename ... on CreateWebhookSuccess { webhook { target triggers } } } }`,
      { p: P },
    );
    expect(registered.data.createWebhook).toMatchObject({
      __typename: 'CreateWebhookSuccess',
      webhook: { target: `${server.publicUrl}/webhooks/sinch/${P}`, triggers: ['ALL'] },
    });

    const before = await authCalls();
    const all = await sseSubscribe(server.url, SENDER_EVENTS, { p: P }, {});
    const onlyActive = await sseSubscribe(
      server.url,
      SENDER_EVENTS,
      { p: P, types: ['WHATSAPP_SENDER_ACTIVE'] },
      {},
    );
    const onlySeeded = await sseSubscribe(
      server.url,
      SENDER_EVENTS,
      { p: P, ids: [encodeWhatsappSenderId(P, SEEDED)] },
      {},
    );
    const account = await sseSubscribe(server.url, ACCOUNT_EVENTS, { p: P }, {});
    // Each subscription has passed its one authorization call before the writes start.
    await until(async () => (await authCalls()) - before >= 4);
    await new Promise((r) => setTimeout(r, 200));

    const created = await gql(
      `mutation($input: CreateWhatsappSenderInput!) { createWhatsappSender(input: $input) {
        __typename ... on CreateWhatsappSenderSuccess { sender { id senderId } } } }`,
      {
        input: {
          projectId: P,
          phoneProvisioning: {
            details: { countryCode: '49', phoneNumber: '1707654321', displayName: 'Live Tours' },
          },
        },
      },
    );
    const { id, senderId } = created.data.createWhatsappSender.sender as { id: string; senderId: string };
    const advanced = await fetch(`${server.sandboxUrl}/_sandbox/advance`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ steps: 1 }),
    });
    expect(advanced.status).toBe(200);
    const reg = await gql(
      `mutation($id: ID!) { registerWhatsappSender(input: { id: $id, method: SMS }) { __typename } }`,
      { id },
    );
    expect(reg.data.registerWhatsappSender).toEqual({ __typename: 'RegisterWhatsappSenderSuccess' });
    const ver = await gql(
      `mutation($id: ID!) { verifyWhatsappSender(input: { id: $id, code: "123456" }) { __typename } }`,
      { id },
    );
    expect(ver.data.verifyWhatsappSender).toEqual({ __typename: 'VerifyWhatsappSenderSuccess' });
    for (const target of [id, encodeWhatsappSenderId(P, SEEDED)]) {
      const c = await gql(
        `mutation($id: ID!) { addWhatsappSenderComment(input: { senderId: $id, comment: "Live?" }) { __typename } }`,
        { id: target },
      );
      expect(c.data.addWhatsappSenderComment).toEqual({ __typename: 'AddWhatsappSenderCommentSuccess' });
    }
    const ac = await gql(
      `mutation($p: ID!) { addWhatsappAccountComment(input: { projectId: $p, comment: "Account?" }) { __typename } }`,
      { p: P },
    );
    expect(ac.data.addWhatsappAccountComment).toEqual({ __typename: 'AddWhatsappAccountCommentSuccess' });

    const sender = (state: string) => ({ id, senderId, projectId: P, state });
    const mine = (e: Event) => e.sender?.senderId === senderId;
    const strip = ({ occurredAt, ...rest }: Event) => {
      expect(Number.isNaN(Date.parse(String(occurredAt)))).toBe(false);
      return rest;
    };
    const F = 'whatsappSenderEvents';
    expect((await take(all, F, 3, mine)).map(strip)).toEqual([
      {
        __typename: 'WhatsappSenderStateChanged',
        type: 'WHATSAPP_SENDER_PENDING_VERIFICATION',
        state: 'PENDING_VERIFICATION',
        sender: sender('PENDING_VERIFICATION'),
      },
      {
        __typename: 'WhatsappSenderStateChanged',
        type: 'WHATSAPP_SENDER_ACTIVE',
        state: 'ACTIVE',
        sender: sender('ACTIVE'),
      },
      {
        __typename: 'WhatsappSenderCommentAdded',
        type: 'WHATSAPP_SENDER_COMMENT_ADDED',
        comment: 'Live?',
        sender: sender('ACTIVE'),
      },
    ]);
    // types: only ACTIVE events (any sender); senderIds: only the seeded sender's (its comment).
    const [active] = await take(onlyActive, F, 1, mine);
    expect(active).toMatchObject({ type: 'WHATSAPP_SENDER_ACTIVE', sender: { senderId } });
    expect(onlyActive.received.map((r) => eventOf(r, F).type)).toEqual(['WHATSAPP_SENDER_ACTIVE']);
    const [seeded] = await take(onlySeeded, F, 1, () => true);
    expect(seeded).toMatchObject({ type: 'WHATSAPP_SENDER_COMMENT_ADDED', sender: { senderId: SEEDED } });
    expect(onlySeeded.received.every((r) => eventOf(r, F).sender?.senderId === SEEDED)).toBe(true);

    const [comment] = await take(
      account,
      'whatsappAccountEvents',
      1,
      (e) => e.__typename !== 'WhatsappAccountChanged',
    );
    expect(strip(comment as Event)).toEqual({
      __typename: 'WhatsappAccountCommentAdded',
      type: 'WHATSAPP_ACCOUNT_COMMENT_ADDED',
      projectId: P,
      account: { projectId: P, state: 'ONBOARDED' },
      comment: 'Account?',
    });

    // No credential in any event any subscriber received.
    const text = JSON.stringify([all, onlyActive, onlySeeded, account].map((s) => s.received));
    expect(text).not.toMatch(/bearerToken|authorization|secret/i);
    for (const s of [all, onlyActive, onlySeeded, account]) s.close();
  }, 60_000);
});
