// Project.webhooks and the webhook mutations against the sandbox: the defaults of createWebhook (this
// server's receiver, the configured secret, the RCS triggers), its idempotent second call, validation before
// any upstream call, the 409/424/404 answers as result members, and the secret never in a response.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO, seedSenderId } from '../../src/sandbox/index.ts';
import { verifyWebhookSignature } from '../../src/upstream/webhook-signature.ts';
import { DEMO_AUTH } from '../support/credentials.ts';
import { type EventsHarness, startEventsHarness } from '../support/events.ts';
import { addSecret } from '../support/secrets.ts';
import { type Receiver, startReceiver } from '../support/webhook-receiver.ts';

const P = DEMO.projectId;
const SECRET = 'wh-secret-test-7f3a9c1e5b2d4f60';
const OTHER_SECRET = 'wh-other-secret-0a1b2c3d4e5f6789';
addSecret(SECRET);
addSecret(OTHER_SECRET);

const ERRORS = `
  __typename
  ... on Error { code message }
  ... on ValidationError { fieldErrors { path message } }
  ... on NotFoundError { resourceId }
`;
const WEBHOOK = 'webhook { id projectId target triggers }';
const CREATE = `mutation($input: CreateWebhookInput!) {
  createWebhook(input: $input) { ${ERRORS} ... on CreateWebhookSuccess { created ${WEBHOOK} } }
}`;
const UPDATE = `mutation($input: UpdateWebhookInput!) {
  updateWebhook(input: $input) { ${ERRORS} ... on UpdateWebhookSuccess { ${WEBHOOK} } }
}`;
const DELETE = `mutation($input: DeleteWebhookInput!) {
  deleteWebhook(input: $input) { ${ERRORS} ... on DeleteWebhookSuccess { projectId deletedId } }
}`;
const LIST = `query($p: ID!, $first: Int, $after: String) {
  project(id: $p) { webhooks(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id target triggers }
  } }
}`;
const RCS_TRIGGERS = [
  'RCS_SENDER_STATUS_UPDATED',
  'RCS_SENDER_OPERATOR_STATUS_UPDATED',
  'RCS_BRAND_REGISTRATION_PROCESS_STATUS_UPDATED',
  'RCS_SENDER_COMMENT_ADDED',
  'RCS_ACCOUNT_COMMENT_ADDED',
];

let receiver: Receiver;
let h: EventsHarness;
let bare: EventsHarness;
const responses: string[] = [];

beforeAll(async () => {
  receiver = await startReceiver();
  h = await startEventsHarness({ publicUrl: `${receiver.url}/`, webhookSecrets: [SECRET, OTHER_SECRET] });
  bare = await startEventsHarness();
});
afterAll(async () => {
  await h.close();
  await bare.close();
  await receiver.close();
  for (const text of responses) {
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(OTHER_SECRET);
  }
});
beforeEach(async () => {
  await h.sandbox.reset();
});
afterEach(() => {
  expect(h.sandbox.problems()).toEqual([]);
});

async function run(query: string, variables: Record<string, unknown>, on = h) {
  const res = await on.graphql<Record<string, Record<string, unknown>>>(query, variables);
  responses.push(JSON.stringify(res));
  expect(res.errors).toBeUndefined();
  return Object.values(res.data ?? {})[0] as Record<string, unknown>;
}

/** Makes the sandbox deliver an RCS_SENDER_COMMENT_ADDED and returns what arrived at `path`. */
async function deliveryTo(path: string, comment: string) {
  const res = await fetch(
    `${h.sandbox.url}/v1/projects/${P}/rcs/senders/${seedSenderId(P, 'launched')}/comments`,
    {
      method: 'POST',
      headers: { authorization: DEMO_AUTH, 'content-type': 'application/json' },
      body: JSON.stringify({ comment }),
    },
  );
  expect(res.status).toBe(201);
  await h.sandbox.sandbox.deliveriesIdle();
  const delivery = receiver.at(path).at(-1);
  expect(delivery?.body).toMatchObject({ type: 'RCS_SENDER_COMMENT_ADDED', comment });
  const header = (name: string) => delivery?.headers[name] as string | undefined;
  const raw = delivery?.raw ?? new Uint8Array();
  return { signedWith: (secret: string) => verifyWebhookSignature([secret], raw, header).ok };
}

describe('createWebhook', () => {
  it("defaults to this server's receiver, the first configured secret and the five RCS triggers", async () => {
    const created = await run(CREATE, { input: { projectId: P } });
    expect(created).toMatchObject({
      __typename: 'CreateWebhookSuccess',
      created: true,
      webhook: { projectId: P, target: `${receiver.url}/webhooks/sinch/${P}`, triggers: RCS_TRIGGERS },
    });
    // The sandbox signs its deliveries with the webhook's secret: the first configured one.
    const delivery = await deliveryTo(`/webhooks/sinch/${P}`, 'hello');
    expect(delivery.signedWith(SECRET)).toBe(true);
    expect(delivery.signedWith(OTHER_SECRET)).toBe(false);
  });

  it('a second identical call answers with the existing webhook (created: false), found with one list call', async () => {
    const first = await run(CREATE, { input: { projectId: P } });
    await h.resetStats();
    const second = await run(CREATE, { input: { projectId: P } });
    expect(second).toEqual({ ...first, created: false });
    expect((await h.stats()).byOperation).toEqual({
      WebhookWebhookController_createWebhook_v1: 1,
      WebhookWebhookController_listWebhooks_v1: 1,
    });
    const listed = await run(LIST, { p: P });
    expect((listed.webhooks as { totalCount: number }).totalCount).toBe(1);
  });

  it('takes an explicit target, secret and triggers', async () => {
    const target = `${receiver.url}/explicit`;
    const created = await run(CREATE, {
      input: { projectId: P, target, secret: OTHER_SECRET, triggers: ['ALL'] },
    });
    expect(created).toMatchObject({ created: true, webhook: { target, triggers: ['ALL'] } });
    const delivery = await deliveryTo('/explicit', 'explicit');
    expect(delivery.signedWith(OTHER_SECRET)).toBe(true);
    expect(delivery.signedWith(SECRET)).toBe(false);
  });

  it('refuses invalid input and a missing default before any upstream call', async () => {
    await h.resetStats();
    const invalid = await run(CREATE, {
      input: {
        projectId: P,
        target: 'ftp://nope',
        secret: 'x'.repeat(129),
        triggers: ['RCS_SENDER_STATUS_UPDATED', 'RCS_SENDER_STATUS_UPDATED', 'UNRECOGNIZED'],
      },
    });
    expect(invalid).toMatchObject({ __typename: 'ValidationError', code: 'invalid_input' });
    expect((invalid.fieldErrors as { path: string[] }[]).map((e) => e.path.join('.'))).toEqual([
      'input.target',
      'input.secret',
      'input.triggers.1',
      'input.triggers.2',
    ]);
    expect(JSON.stringify(invalid)).not.toContain('xxxxxxxx');
    const none = await run(CREATE, { input: { projectId: P } }, bare);
    expect((none.fieldErrors as { path: string[] }[]).map((e) => e.path.join('.'))).toEqual([
      'input.target',
      'input.secret',
    ]);
    expect((await h.stats()).total).toBe(0);
    expect((await bare.stats()).total).toBe(0);
  });

  it('answers the 16th webhook with LimitReachedError (424 webhook_limit_reached)', async () => {
    for (let i = 0; i < 15; i += 1) {
      const ok = await run(CREATE, {
        input: { projectId: P, target: `https://hooks.example.com/${String(i).padStart(2, '0')}` },
      });
      expect(ok.created).toBe(true);
    }
    const refused = await run(CREATE, { input: { projectId: P, target: 'https://hooks.example.com/16' } });
    expect(refused).toMatchObject({ __typename: 'LimitReachedError', code: 'webhook_limit_reached' });
  });
});

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: { id: string; target: string; triggers: string[] }[];
}

describe('Project.webhooks', () => {
  it('pages through the upstream list in its order, at most 15 per page', async () => {
    for (const name of ['c', 'a', 'b'])
      await run(CREATE, { input: { projectId: P, target: `https://hooks.example.com/${name}` } });
    const page1 = (await run(LIST, { p: P, first: 2 })).webhooks as Page;
    expect(page1.totalCount).toBe(3);
    expect(page1.nodes.map((n: { target: string }) => n.target)).toEqual([
      'https://hooks.example.com/a',
      'https://hooks.example.com/b',
    ]);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await run(LIST, { p: P, first: 2, after: page1.pageInfo.endCursor })).webhooks as Page;
    expect(page2.nodes.map((n: { target: string }) => n.target)).toEqual(['https://hooks.example.com/c']);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    const tooMany = await h.graphql(LIST, { p: P, first: 16 });
    expect(tooMany.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('updateWebhook and deleteWebhook', () => {
  it('patch only what is given; 409 webhook_exists, 404 and a malformed id are result members', async () => {
    const a = (await run(CREATE, { input: { projectId: P, target: 'https://hooks.example.com/a' } }))
      .webhook as { id: string };
    await run(CREATE, { input: { projectId: P, target: 'https://hooks.example.com/b' } });
    const patched = await run(UPDATE, {
      input: { projectId: P, id: a.id, triggers: ['RCS_SENDER_STATUS_UPDATED'] },
    });
    expect(patched).toEqual({
      __typename: 'UpdateWebhookSuccess',
      webhook: {
        id: a.id,
        projectId: P,
        target: 'https://hooks.example.com/a',
        triggers: ['RCS_SENDER_STATUS_UPDATED'],
      },
    });
    const rotated = await run(UPDATE, { input: { projectId: P, id: a.id, secret: OTHER_SECRET } });
    expect(rotated.__typename).toBe('UpdateWebhookSuccess');
    const taken = await run(UPDATE, {
      input: { projectId: P, id: a.id, target: 'https://hooks.example.com/b' },
    });
    expect(taken).toMatchObject({ __typename: 'ConflictError', code: 'webhook_exists' });
    const empty = await run(UPDATE, { input: { projectId: P, id: a.id } });
    expect(empty).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: ['input'] }] });

    const missing = '00000000-0000-4000-8000-000000000000';
    const notFound = await run(DELETE, { input: { projectId: P, id: missing } });
    expect(notFound).toMatchObject({
      __typename: 'NotFoundError',
      code: 'webhook_not_found',
      resourceId: missing,
    });
    const malformed = await run(UPDATE, { input: { projectId: P, id: 'not-a-uuid', triggers: ['ALL'] } });
    expect(malformed).toMatchObject({
      __typename: 'ValidationError',
      code: 'invalid_id_format',
      fieldErrors: [{ path: ['input', 'id'] }],
    });
    const deleted = await run(DELETE, { input: { projectId: P, id: a.id } });
    expect(deleted).toEqual({ __typename: 'DeleteWebhookSuccess', projectId: P, deletedId: a.id });
    const listed = (await run(LIST, { p: P })).webhooks as { nodes: { target: string }[] };
    expect(listed.nodes.map((n) => n.target)).toEqual(['https://hooks.example.com/b']);
  });
});
