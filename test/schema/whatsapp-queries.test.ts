// The WhatsApp read side of the graph over HTTP against the sandbox: the seeded senders (every state and
// change status) with details, changes, metadata and activities; the account (and null for a project
// without one); one fragment on `Sender` rendering RCS and WhatsApp senders; filters refused before any
// upstream call; and no credential (bearerToken) in any answer.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO, DISABLED, seedSenderId } from '../../src/sandbox/index.ts';
import { seedWhatsappSenderId } from '../../src/sandbox/whatsapp/seed.ts';
import { encodeSenderId } from '../../src/schema/rcs-senders/ids.ts';
import { encodeWhatsappSenderId } from '../../src/schema/whatsapp/ids.ts';
import { DEMO_AUTH, DISABLED_AUTH } from '../support/credentials.ts';
import { type GraphQLHarness, startGraphQLHarness } from '../support/graphql.ts';
import { captureLog } from '../support/log-capture.ts';

const P = DEMO.projectId;
let h: GraphQLHarness;

beforeAll(async () => {
  h = await startGraphQLHarness();
});
afterAll(async () => {
  await h.close();
});
beforeEach(async () => {
  await h.reset();
});
afterEach(() => {
  expect(h.problems()).toEqual([]);
});

interface ListedSender {
  id: string;
  senderId: string;
  channel: string;
  state: string;
  details: { displayName: string; vertical: string } | null;
  changes: { status: string; errorCode: string | null; details: Record<string, unknown> | null } | null;
  metadata: { displayName: { value: string | null; status: string } | null } | null;
  qualityRating: string | null;
  activities: { totalCount: number; nodes: { type: string; author: string | null }[] } | null;
}

const LIST = `query($p: ID!, $filter: WhatsappSenderFilter) { project(id: $p) { whatsappSenders(first: 100, filter: $filter) {
  totalCount pageInfo { hasNextPage }
  nodes { id senderId channel state qualityRating
    details { displayName vertical }
    changes { status errorCode details { displayName about description } }
    metadata { displayName { value status } }
    activities(first: 5) { totalCount nodes { type author } } } } } }`;

const list = (filter?: Record<string, unknown>) =>
  h.request<
    { project: { whatsappSenders: { totalCount: number; nodes: ListedSender[] } } },
    Record<string, unknown>
  >(LIST, { p: P, filter });

describe('Project.whatsappSenders', () => {
  it('reads every seeded sender: every state and change status, with details, changes, metadata and activities', async () => {
    const { nodes, totalCount } = (await list()).project.whatsappSenders;
    expect(nodes).toHaveLength(totalCount);
    expect(new Set(nodes.map((n) => n.state))).toEqual(
      new Set(['ACTIVE', 'IN_PROGRESS', 'INACTIVE', 'PENDING_VERIFICATION', 'SUSPENDED', 'ERROR']),
    );
    expect(new Set(nodes.flatMap((n) => (n.changes ? [n.changes.status] : [])))).toEqual(
      new Set(['DRAFT', 'ERROR', 'IN_PROGRESS', 'MULTIPLE_WABA_ERROR', 'REJECTED']),
    );
    expect(nodes.every((n) => n.channel === 'WHATSAPP' && n.activities !== null)).toBe(true);
    const byId = new Map(nodes.map((n) => [n.senderId, n]));
    const active = byId.get(seedWhatsappSenderId(P, 'active'));
    expect(active).toMatchObject({
      id: encodeWhatsappSenderId(P, seedWhatsappSenderId(P, 'active')),
      state: 'ACTIVE',
      qualityRating: 'GREEN',
      details: { displayName: 'Demo Travel' },
    });
    expect(active?.activities?.nodes.map((a) => a.type)).toContain('COMMENT_ADDED');
    expect(byId.get(seedWhatsappSenderId(P, 'active-draft-changes'))?.changes).toMatchObject({
      status: 'DRAFT',
      details: { about: 'Books for everyone (draft)' },
    });
    expect(byId.get(seedWhatsappSenderId(P, 'active-changes-error'))?.changes?.errorCode).toBe(
      'UNKNOWN_ERROR',
    );
    expect(
      byId.get(seedWhatsappSenderId(P, 'active-display-name-pending'))?.metadata?.displayName?.status,
    ).toBe('PENDING');
  });

  it('filters by state and by change status (sent upstream as filterStates / filterStatuses)', async () => {
    const active = (await list({ states: ['ACTIVE'] })).project.whatsappSenders.nodes;
    expect(active.length).toBeGreaterThan(0);
    expect(active.every((n) => n.state === 'ACTIVE')).toBe(true);
    const drafts = (await list({ changeStatuses: ['DRAFT', 'REJECTED'] })).project.whatsappSenders.nodes;
    expect(drafts.length).toBeGreaterThan(0);
    expect(drafts.every((n) => ['DRAFT', 'REJECTED'].includes(n.changes?.status ?? ''))).toBe(true);
  });

  it('refuses an UNRECOGNIZED filter value before any upstream call', async () => {
    await h.resetStats();
    for (const filter of [{ states: ['UNRECOGNIZED'] }, { changeStatuses: ['UNRECOGNIZED'] }]) {
      const res = await h.raw(LIST, { p: P, filter });
      expect(res.errors.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    }
    expect((await h.stats()).total).toBe(0);
  });
});

describe('Project.whatsappSender and Project.whatsappAccount', () => {
  it('one sender by upstream or global id; null for an unknown one and in a project without an account', async () => {
    const senderId = seedWhatsappSenderId(P, 'pending-verification');
    const q = `query($p: ID!, $s: ID!) { project(id: $p) { whatsappSender(id: $s) { senderId state conversationApiApp { id } } } }`;
    for (const s of [senderId, encodeWhatsappSenderId(P, senderId)]) {
      const data = await h.request<
        { project: { whatsappSender: { senderId: string; state: string } } },
        Record<string, string>
      >(q, { p: P, s });
      expect(data.project.whatsappSender).toMatchObject({ senderId, state: 'PENDING_VERIFICATION' });
    }
    const missing = await h.raw(q, { p: P, s: '00000000-0000-4000-8000-000000000000' });
    expect(missing.errors).toEqual([]);
    expect(missing.data).toEqual({ project: { whatsappSender: null } });
    const uninitialized = await h.raw(
      q,
      { p: DISABLED.projectId, s: senderId },
      { authorization: DISABLED_AUTH },
    );
    expect(uninitialized.errors).toEqual([]);
    expect(uninitialized.data).toEqual({ project: { whatsappSender: null } });
  });

  it('reads the account, its activities and comments; null (no error) for a project without one', async () => {
    const q = `query($p: ID!) { project(id: $p) { whatsappAccount {
      projectId state businessManager compatibleRegions details { wabaName }
      activities(first: 10) { totalCount nodes { type } } comments(first: 10) { nodes { comment } } } } }`;
    const data = await h.request<
      { project: { whatsappAccount: { state: string; activities: { totalCount: number } } } },
      Record<string, string>
    >(q, { p: P });
    expect(data.project.whatsappAccount).toMatchObject({ projectId: P, state: 'ONBOARDED' });
    expect(data.project.whatsappAccount.activities.totalCount).toBeGreaterThan(0);
    const none = await h.raw(q, { p: DISABLED.projectId }, { authorization: DISABLED_AUTH });
    expect(none.errors).toEqual([]);
    expect(none.data).toEqual({ project: { whatsappAccount: null } });
  });

  it('the sender list of a project without an account is NOT_FOUND (project_not_initialized), the rest delivered', async () => {
    const q = `query($p: ID!) { project(id: $p) { id whatsappSenders(first: 5) { nodes { id } } } }`;
    const res = await h.raw<{ project: { id: string; whatsappSenders: null } }, Record<string, string>>(
      q,
      { p: DISABLED.projectId },
      { authorization: DISABLED_AUTH },
    );
    expect(res.data).toEqual({ project: { id: DISABLED.projectId, whatsappSenders: null } });
    expect(res.errors).toHaveLength(1);
    expect(res.errors[0]).toMatchObject({
      path: ['project', 'whatsappSenders'],
      extensions: { code: 'NOT_FOUND', upstreamCode: 'project_not_initialized' },
    });
  });
});

const SENDER_FRAGMENT = `fragment AnySender on Sender {
  __typename id senderId projectId channel createdAt
  activities(first: 3) { totalCount edges { cursor node { createdAt author comment } } pageInfo { hasNextPage } }
  comments(first: 3) { nodes { comment author createdAt } }
}`;

describe('the Sender interface', () => {
  it('one fragment on Sender renders an RCS and a WhatsApp sender from nodes(ids)', async () => {
    const rcs = encodeSenderId(P, seedSenderId(P, 'in-test-ready-gb-fr'));
    const wa = encodeWhatsappSenderId(P, seedWhatsappSenderId(P, 'active'));
    const data = await h.request<{ nodes: Record<string, unknown>[] }, { ids: string[] }>(
      `query($ids: [ID!]!) { nodes(ids: $ids) { ...AnySender } } ${SENDER_FRAGMENT}`,
      { ids: [rcs, wa] },
    );
    expect(data.nodes.map((n) => [n.__typename, n.id, n.channel])).toEqual([
      ['RcsSender', rcs, 'RCS'],
      ['WhatsappSender', wa, 'WHATSAPP'],
    ]);
    for (const n of data.nodes) {
      expect(n.projectId).toBe(P);
      expect(typeof n.createdAt).toBe('string');
      expect((n.activities as { totalCount: number }).totalCount).toBeGreaterThan(0);
    }
    expect(
      (data.nodes[1]?.comments as { nodes: { comment: string }[] } | undefined)?.nodes.map((c) => c.comment),
    ).toContain('Welcome aboard.');
  });
});

describe('credentials', () => {
  it('no bearerToken, nor its value, in any answer or log line: the field does not exist and the sandbox sends one', async () => {
    const raw = await fetch(
      `${h.sandboxUrl}/v1/projects/${P}/whatsapp/senders/${seedWhatsappSenderId(P, 'active')}`,
      {
        headers: { authorization: DEMO_AUTH },
      },
    );
    const token = ((await raw.json()) as { bearerToken?: string }).bearerToken;
    expect(token).toBeTruthy();
    const bad = await h.raw(`{ project(id: "${P}") { whatsappSenders { nodes { bearerToken } } } }`);
    expect(bad.errors[0]?.message).toContain('Cannot query field "bearerToken"');
    const log = captureLog();
    const everything = await h.raw(
      `query($p: ID!) { project(id: $p) { whatsappSenders(first: 20) { nodes { ...AnySender ... on WhatsappSender {
        state details { displayName email } changes { status } metadata { displayName { value } } conversationApiApp { id channelStatus }
      } } } } } ${SENDER_FRAGMENT}`,
      { p: P },
    );
    expect(everything.errors).toEqual([]);
    // A failing read logs too: the upstream's answer must not carry the token into a log line either.
    await h.raw(
      `{ project(id: "${P}") { whatsappSender(id: "${seedWhatsappSenderId(P, 'active')}") { state } a: whatsappSenders(first: 0) { totalCount } } }`,
    );
    log.stop();
    const lines = log.lines();
    expect(lines.length).toBeGreaterThan(0);
    for (const text of [JSON.stringify(everything), ...lines.map((l) => l.raw)]) {
      expect(text).not.toMatch(/bearerToken/i);
      expect(text).not.toContain(token);
    }
  });
});
