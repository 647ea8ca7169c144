// The subscriptions as `startServer` wires them (its bus, receiver, public URL and secret), over real HTTP:
// a webhook registered through GraphQL with its defaults, a sandbox change, its signed delivery to the
// receiver, and the event on an SSE and a WebSocket subscriber; then a graceful shutdown that ends open
// subscriptions instead of waiting for them.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO, seedSenderId } from '../../src/sandbox/index.ts';
import { type RunningServer, startServer } from '../../src/server.ts';
import { DEMO_AUTH } from '../support/credentials.ts';
import { type EventsHarness, until } from '../support/events.ts';
import { startValidatedSandbox, type ValidatedSandbox } from '../support/sandbox.ts';
import { addSecret } from '../support/secrets.ts';
import { subscribe } from '../support/subscriptions.ts';

const P = DEMO.projectId;
const SENDER = seedSenderId(P, 'launched');

const SECRET = 'wiring-test-secret-5e1c0b7a9d';
addSecret(SECRET);

let sandbox: ValidatedSandbox;
let server: RunningServer;
beforeAll(async () => {
  sandbox = await startValidatedSandbox({ seed: 'demo' });
  server = await startServer({
    env: {},
    config: {
      port: 0,
      host: '127.0.0.1',
      sinchApiUrl: sandbox.url,
      sinchAuthUrl: `${sandbox.url}/oauth2/token`,
      logLevel: 'silent',
      webhookSecrets: [SECRET],
    },
  });
});
afterAll(async () => {
  await server.close();
  await sandbox.close();
  expect(sandbox.problems()).toEqual([]);
});

async function graphql(query: string) {
  const res = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: DEMO_AUTH },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as { data: Record<string, unknown> };
}

/** The bits of the events harness `subscribe` uses, pointed at the started server. */
const target = () =>
  ({ url: server.url, wsUrl: server.url.replace(/^http/, 'ws'), sandbox }) as unknown as EventsHarness;

it('a delivery of the sandbox reaches SSE and WebSocket subscribers; shutdown ends them with SHUTTING_DOWN', async () => {
  const created = await graphql(
    `mutation { createWebhook(input: { projectId: "${P}" }) { __typename ... on CreateWebhookSuccess { created } } }`,
  );
  expect(created.data.createWebhook).toEqual({ __typename: 'CreateWebhookSuccess', created: true });
  const query = `subscription($p: ID!) {
    rcsSenderEvents(projectId: $p) { type sender { senderId } ... on RcsSenderCommentAdded { comment } }
  }`;
  const sse = await subscribe(target(), 'sse', query, { p: P });
  const ws = await subscribe(target(), 'ws', query, { p: P });
  const numbers = await subscribe(
    target(),
    'ws',
    'subscription($p: ID!, $s: ID!) { rcsTestNumberStateChanged(projectId: $p, senderId: $s) { number } }',
    {
      p: P,
      s: SENDER,
    },
  );
  // Both event subscriptions have passed their authorization once the one list call of each is answered.
  await until(
    async () => ((await sandbox.stats()).byOperation.RcsSendersController_listSenders_v1 ?? 0) >= 2,
  );
  await new Promise((r) => setTimeout(r, 100));
  const res = await fetch(`${sandbox.url}/v1/projects/${P}/rcs/senders/${SENDER}/comments`, {
    method: 'POST',
    headers: { authorization: DEMO_AUTH, 'content-type': 'application/json' },
    body: JSON.stringify({ comment: 'end to end' }),
  });
  expect(res.status).toBe(201);
  const expected = {
    data: {
      rcsSenderEvents: {
        type: 'RCS_SENDER_COMMENT_ADDED',
        sender: { senderId: SENDER },
        comment: 'end to end',
      },
    },
  };
  expect(await sse.next()).toEqual(expected);
  expect(await ws.next()).toEqual(expected);

  const started = Date.now();
  const drained = await server.shutdown();
  // Not the 10 s drain timeout: the open streams were ended, not waited for.
  expect(Date.now() - started).toBeLessThan(3_000);
  expect(drained.cutOff).toBe(0);
  for (const sub of [sse, ws, numbers]) {
    const last = await sub.next(2_000);
    expect(last.errors?.map((e) => e.extensions?.code)).toEqual(['SHUTTING_DOWN']);
    await sub.close();
  }
});
