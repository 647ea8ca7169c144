import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO } from '../../src/sandbox/index.ts';
import { encodeSenderId } from '../../src/schema/rcs-senders/ids.ts';
import {
  NodesDocument,
  ProjectSendersBudgetDocument,
  SenderAliasesDocument,
  SenderPageDocument,
} from '../generated/graphql.ts';
import { DEMO_AUTH } from '../support/credentials.ts';
import { type GraphQLHarness, startGraphQLHarness } from '../support/graphql.ts';

// Upstream-call budgets, counted by the sandbox (/_sandbox/stats byOperation).
const LIST = 'RcsSendersController_listSenders_v1';
const GET = 'RcsSendersController_getSender_v1';
const ACTIVITIES = 'RcsSendersController_listActivities_v1';
const CAPABILITIES = 'RcsSendersController_getTestNumberCapabilities_v1';

let h: GraphQLHarness;
const project = DEMO.projectId;

async function calls() {
  const s = await h.stats();
  return {
    total: s.total,
    list: s.byOperation[LIST] ?? 0,
    get: s.byOperation[GET] ?? 0,
    activities: s.byOperation[ACTIVITIES] ?? 0,
    capabilities: s.byOperation[CAPABILITIES] ?? 0,
  };
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

async function createSenders(n: number) {
  for (let i = 0; i < n; i += 1) {
    const res = await fetch(`${h.sandboxUrl}/v1/projects/${project}/rcs/senders`, {
      method: 'POST',
      headers: { authorization: DEMO_AUTH, 'content-type': 'application/json' },
      body: JSON.stringify({ region: 'EU', billingCategory: 'CONVERSATIONAL', useCase: 'OTP' }),
    });
    expect(res.status).toBe(201);
  }
}

describe('upstream-call budgets', () => {
  it('20 senders with test numbers, capabilities and activities: 1 list, 20 activities, 1 capabilities per distinct number, 0 gets', async () => {
    const seeded = await h.request(SenderPageDocument, { projectId: project, first: 100 });
    const seededCount = seeded.project.rcsSenders?.totalCount ?? 0;
    expect(seededCount).toBeGreaterThan(0);
    expect(seededCount).toBeLessThanOrEqual(20);
    await createSenders(20 - seededCount);
    const numbers = await h.request<
      { project: { rcsSenders: { nodes: { senderId: string; testNumbers: { number: string }[] }[] } } },
      Record<string, never>
    >(
      `{ project(id: "${project}") { rcsSenders(first: 20) { nodes { senderId testNumbers { number } } } } }`,
    );
    const distinct = new Set(
      numbers.project.rcsSenders.nodes.flatMap((s) => s.testNumbers.map((n) => `${s.senderId}|${n.number}`)),
    );
    expect(distinct.size).toBeGreaterThan(0);
    await h.resetStats();

    const data = await h.request(ProjectSendersBudgetDocument, { projectId: project, first: 20 });

    const nodes = data.project.rcsSenders?.nodes ?? [];
    expect(nodes).toHaveLength(20);
    expect(nodes.every((n) => typeof n.activities?.totalCount === 'number')).toBe(true);
    const c = await calls();
    expect(c).toEqual({
      total: 1 + 20 + distinct.size,
      list: 1,
      get: 0,
      activities: 20,
      capabilities: distinct.size,
    });
    process.stdout.write(
      `budget: list=${c.list} activities=${c.activities} capabilities=${c.capabilities} get=${c.get}\n`,
    );
  });

  it('one sender through three aliases and node costs one get-sender call', async () => {
    const page = await h.request(SenderPageDocument, { projectId: project, first: 1 });
    const senderId = page.project.rcsSenders?.edges[0]?.node.senderId ?? '';
    await h.resetStats();

    const globalId = encodeSenderId(project, senderId);
    const data = await h.request(SenderAliasesDocument, { projectId: project, senderId, globalId });

    expect(data.project.a?.id).toBe(globalId);
    expect(data.project.b?.senderId).toBe(senderId);
    expect(data.project.c?.projectId).toBe(project);
    expect(data.node).toEqual({ id: globalId, senderId });
    expect(await calls()).toMatchObject({ total: 1, get: 1 });
  });

  it('a sender listed in the request is not fetched again by rcsSender in the same request', async () => {
    const page = await h.request(SenderPageDocument, { projectId: project, first: 3 });
    const senderId = page.project.rcsSenders?.edges[2]?.node.senderId ?? '';
    await h.resetStats();
    const data = await h.request<
      { project: { rcsSenders: { nodes: unknown[] }; one: { senderId: string } } },
      Record<string, never>
    >(
      `{ project(id: "${project}") { rcsSenders(first: 3) { nodes { senderId } } one: rcsSender(id: "${senderId}") { senderId } } }`,
    );
    expect(data.project.one.senderId).toBe(senderId);
    expect(await calls()).toMatchObject({ total: 1, list: 1, get: 0 });
  });

  it('nodes: one call per distinct sender, null for unknown ids and non-sender ids', async () => {
    const page = await h.request(SenderPageDocument, { projectId: project, first: 2 });
    const [a, b] = (page.project.rcsSenders?.edges ?? []).map((e) => e.node.id);
    await h.resetStats();
    const missing = encodeSenderId(project, '00000000-0000-4000-8000-000000000000');
    const data = await h.request(NodesDocument, { ids: [a ?? '', b ?? '', a ?? '', missing] });
    expect(data.nodes.map((n) => n?.id ?? null)).toEqual([a, b, a, null]);
    expect(await calls()).toMatchObject({ total: 3, get: 3 });
  });

  it('first outside 1..100 is refused with HTTP 400, BAD_USER_INPUT and no upstream call', async () => {
    await h.resetStats();
    for (const first of [0, 101, -1]) {
      const res = await h.raw(SenderPageDocument, { projectId: project, first });
      expect(res.status).toBe(400);
      expect(res.errors.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors[0]?.message).toBe(`\`first\` must be between 1 and 100, got ${first}.`);
      expect(res.data ?? null).toBeNull();
    }
    expect((await calls()).total).toBe(0);
  });

  it('Query.project alone costs nothing', async () => {
    await h.resetStats();
    const data = await h.request<{ project: { id: string } }, Record<string, never>>(
      '{ project(id: "anything") { id } }',
    );
    expect(data.project.id).toBe('anything');
    expect((await calls()).total).toBe(0);
  });
});
