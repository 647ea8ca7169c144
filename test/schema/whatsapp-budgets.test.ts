// Upstream-call budgets of the WhatsApp reads, counted by the sandbox (/_sandbox/stats byOperation), as
// budgets.test.ts does for RCS: a list of senders with activities, mixed `Sender` lists through `nodes`,
// and the loaders' sharing (a listed sender is not fetched again; `comments` reuses `activities` pages).
import { parse } from 'graphql';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { estimateUpstreamCalls } from '../../src/plugins/upstream-cost.ts';
import { DEMO, seedSenderId } from '../../src/sandbox/index.ts';
import { seedWhatsappSenderId } from '../../src/sandbox/whatsapp/seed.ts';
import { schema } from '../../src/schema/index.ts';
import { encodeSenderId } from '../../src/schema/rcs-senders/ids.ts';
import { encodeWhatsappSenderId } from '../../src/schema/whatsapp/ids.ts';
import { type GraphQLHarness, startGraphQLHarness } from '../support/graphql.ts';

const P = DEMO.projectId;
const OPS = {
  waList: 'WhatsappSendersController_listSenders_v1',
  waGet: 'WhatsappSendersController_get_v1',
  waActivities: 'WhatsappSendersController_listActivities_v1',
  rcsGet: 'RcsSendersController_getSender_v1',
  rcsActivities: 'RcsSendersController_listActivities_v1',
} as const;

let h: GraphQLHarness;

async function calls() {
  const s = await h.stats();
  const counted = Object.fromEntries(Object.entries(OPS).map(([k, op]) => [k, s.byOperation[op] ?? 0]));
  return { total: s.total, ...counted };
}

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

const wa = (key: string) => encodeWhatsappSenderId(P, seedWhatsappSenderId(P, key));
const rcs = (key: string) => encodeSenderId(P, seedSenderId(P, key));

describe('WhatsApp upstream-call budgets', () => {
  it('every seeded sender with its activities: 1 list call and 1 activities call per sender, no get', async () => {
    const data = await h.request<
      {
        project: { whatsappSenders: { totalCount: number; nodes: { activities: { totalCount: number } }[] } };
      },
      Record<string, never>
    >(
      `{ project(id: "${P}") { whatsappSenders(first: 100) { totalCount nodes { senderId activities(first: 10) { totalCount nodes { type } } } } } }`,
    );
    const n = data.project.whatsappSenders.nodes.length;
    expect(n).toBe(data.project.whatsappSenders.totalCount);
    expect(n).toBeGreaterThanOrEqual(16);
    expect(await calls()).toEqual({
      total: 1 + n,
      waList: 1,
      waGet: 0,
      waActivities: n,
      rcsGet: 0,
      rcsActivities: 0,
    });
  });

  it('a mixed Sender list through nodes: one get per distinct sender of each kind, one activities page each', async () => {
    const missing = encodeWhatsappSenderId(P, '00000000-0000-4000-8000-000000000000');
    const ids = [
      rcs('in-test-ready-gb-fr'),
      wa('active'),
      rcs('launched'),
      wa('inactive'),
      wa('active'),
      rcs('in-test-ready-gb-fr'),
      missing,
    ];
    const query = `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Sender { channel activities(first: 5) { totalCount } } } }`;
    // The estimate that gates the request counts the WhatsApp ids too: 5 distinct senders, 1 page each.
    expect(estimateUpstreamCalls(schema, parse(query), null, { ids })?.calls).toBe(10);
    const data = await h.request<{ nodes: ({ channel: string } | null)[] }, { ids: string[] }>(query, {
      ids,
    });
    expect(data.nodes.map((n) => n?.channel ?? null)).toEqual([
      'RCS',
      'WHATSAPP',
      'RCS',
      'WHATSAPP',
      'WHATSAPP',
      'RCS',
      null,
    ]);
    expect(await calls()).toEqual({
      total: 2 + 3 + 2 + 2,
      waList: 0,
      waGet: 3,
      waActivities: 2,
      rcsGet: 2,
      rcsActivities: 2,
    });
  });

  it('a sender listed in the request is not fetched again by whatsappSender or node', async () => {
    const id = seedWhatsappSenderId(P, 'active');
    await h.request(
      `{ project(id: "${P}") { whatsappSenders(first: 100) { nodes { senderId } } one: whatsappSender(id: "${id}") { senderId } }
         node(id: "${wa('active')}") { id } }`,
    );
    expect(await calls()).toMatchObject({ total: 1, waList: 1, waGet: 0 });
  });

  it('activities(first: 100) and comments of a sender share their one activities page', async () => {
    await h.request(
      `{ node(id: "${wa('active')}") { ... on WhatsappSender { activities(first: 100) { totalCount } comments { nodes { comment } } } } }`,
    );
    expect(await calls()).toMatchObject({ total: 2, waGet: 1, waActivities: 1 });
  });

  it('a refused filter or page size costs no upstream call', async () => {
    for (const args of ['first: 0', 'first: 101', 'filter: { states: [UNRECOGNIZED] }']) {
      const res = await h.raw(`{ project(id: "${P}") { whatsappSenders(${args}) { totalCount } } }`);
      expect(res.errors.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    }
    expect((await calls()).total).toBe(0);
  });
});
