// Live events end to end, the way a dashboard gets them: the real server (startServer, embedded sandbox,
// webhook receiver, in-process bus), a webhook registered through GraphQL with its defaults (this server's
// receiver, its secret), subscriptions over SSE and over WebSocket, then a sender created, updated, advanced
// through review and commented through GraphQL and the sandbox. The sandbox signs and POSTs each change to
// the receiver, which verifies and publishes it; both subscribers receive each documented event in order,
// and no event costs an upstream call (its sender comes from the payload).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log.ts';
import { DEMO } from '../../src/sandbox/index.ts';
import { type RunningServer, startServer } from '../../src/server.ts';
import { type StreamResult, sseSubscribe, until, wsClient, wsSubscribe } from '../support/events.ts';

const P = DEMO.projectId;
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
const stats = async () =>
  (await (await fetch(`${server.sandboxUrl}/_sandbox/stats`)).json()) as { byRoute: Record<string, number> };

const EVENTS = `subscription($p: ID!) {
  rcsSenderEvents(projectId: $p) {
    __typename type
    sender { senderId state }
    ... on RcsSenderStatusUpdated { previousState currentState }
    ... on RcsSenderCommentAdded { comment }
  }
}`;

beforeAll(async () => {
  server = await startServer({
    env: { PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', NODE_ENV: 'development' },
    logger: silentLogger,
  });
}, 30_000);
afterAll(async () => {
  await server?.close();
});

describe('webhook → receiver → subscription, on the embedded sandbox', () => {
  it('a sender created, named, advanced through review and commented: each event reaches SSE and WebSocket subscribers, in order', async () => {
    const registered = await gql(
      `mutation($p: ID!) { createWebhook(input: { projectId: $p }) {
        __typename ... on CreateWebhookSuccess { created webhook { target triggers } } } }`,
      { p: P },
    );
    expect(registered.data.createWebhook).toMatchObject({
      __typename: 'CreateWebhookSuccess',
      created: true,
      webhook: { target: `${server.publicUrl}/webhooks/sinch/${P}` },
    });

    const sse = await sseSubscribe(server.url, EVENTS, { p: P }, {});
    const ws = wsClient(server.url.replace('http://', 'ws://'), {});
    const wsSub = wsSubscribe(ws, EVENTS, { p: P });
    // Both subscriptions have passed their one authorization call (a 1-item sender list) once that call is
    // counted twice; only then do the writes start.
    await until(async () => ((await stats()).byRoute['GET /v1/projects/{projectId}/rcs/senders'] ?? 0) >= 2);
    await new Promise((r) => setTimeout(r, 200));
    const before = await stats();

    const created = await gql(
      `mutation($p: ID!) { createRcsSender(input: { projectId: $p, region: EU, billingCategory: CONVERSATIONAL,
        useCase: PROMOTIONAL }) { __typename ... on CreateRcsSenderSuccess { sender { id senderId } } } }`,
      { p: P },
    );
    const { id, senderId } = created.data.createRcsSender.sender as { id: string; senderId: string };
    const updated = await gql(
      `mutation($id: ID!) { updateRcsSender(input: { id: $id, details: { brand: { name: "Live",
        emails: [{ label: "Support", address: "help@live.example" }] } } }) { __typename } }`,
      { id },
    );
    expect(updated.data.updateRcsSender).toEqual({ __typename: 'UpdateRcsSenderSuccess' });
    const advanced = await fetch(`${server.sandboxUrl}/_sandbox/advance`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ steps: 1 }),
    });
    expect(advanced.status).toBe(200);
    const commented = await gql(
      `mutation($id: ID!) { addRcsSenderComment(input: { senderId: $id, comment: "Ready for review?" }) { __typename } }`,
      { id },
    );
    expect(commented.data.addRcsSenderComment).toEqual({ __typename: 'AddRcsSenderCommentSuccess' });

    const expected = [
      {
        __typename: 'RcsSenderStatusUpdated',
        type: 'RCS_SENDER_STATUS_UPDATED',
        previousState: 'DRAFT',
        currentState: 'IN_PROGRESS',
        sender: { senderId, state: 'IN_PROGRESS' },
      },
      {
        __typename: 'RcsSenderStatusUpdated',
        type: 'RCS_SENDER_STATUS_UPDATED',
        previousState: 'IN_PROGRESS',
        currentState: 'IN_TEST',
        sender: { senderId, state: 'IN_TEST' },
      },
      {
        __typename: 'RcsSenderCommentAdded',
        type: 'RCS_SENDER_COMMENT_ADDED',
        comment: 'Ready for review?',
        sender: { senderId, state: 'IN_TEST' },
      },
    ];
    const take = async (next: (ms?: number) => Promise<StreamResult>) => {
      const got: unknown[] = [];
      for (let i = 0; i < expected.length; i++) {
        // Only this test's sender: the demo project's other senders may move on advance too.
        for (;;) {
          const r = await next(10_000);
          const e = (r.data as Record<string, { sender: { senderId: string } }>).rcsSenderEvents;
          if (e?.sender.senderId === senderId) {
            got.push(e);
            break;
          }
        }
      }
      return got;
    };
    expect(await take((ms) => sse.next(ms))).toEqual(expected);
    expect(await take((ms) => wsSub.next(ms))).toEqual(expected);

    // The writes made their own calls; the events added none (no GET of the sender, no further list).
    const after = await stats();
    const delta = (route: string) => (after.byRoute[route] ?? 0) - (before.byRoute[route] ?? 0);
    expect(delta('GET /v1/projects/{projectId}/rcs/senders/{senderId}')).toBe(0);
    expect(delta('GET /v1/projects/{projectId}/rcs/senders')).toBe(0);

    sse.close();
    await wsSub.close();
    await ws.dispose();
  }, 60_000);
});
