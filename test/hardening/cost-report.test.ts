// Cost control that does not refuse an ordinary dashboard: the W1 dashboard of the performance issue (50
// senders with 3 test numbers each, their capabilities: 151 upstream calls) runs under the default limits,
// an operation estimated over the budget is refused before any call, and every response that executed
// reports extensions.cost = { estimated, actual, budget }. Counted by the sandbox, one request at a time.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/config.ts';
import { DEMO } from '../../src/sandbox/index.ts';
import { DEMO_AUTH } from '../support/credentials.ts';
import { type GraphQLHarness, startGraphQLHarness } from '../support/graphql.ts';
import { GRAPHQL_RESPONSE, post } from '../support/production-server.ts';

const SENDERS = 50;
const NUMBERS = 3;
const BUDGET = DEFAULT_LIMITS.maxUpstreamCalls;

const DASHBOARD = /* GraphQL */ `
  query Dashboard($first: Int) {
    project(id: "${DEMO.projectId}") {
      rcsSenders(first: $first) {
        nodes {
          id
          testNumbers { number capabilities { __typename ... on RcsCapabilities { features } } }
        }
      }
    }
  }
`;
type Dashboard = { project: { rcsSenders: { nodes: { testNumbers: { capabilities: unknown }[] }[] } } };

let h: GraphQLHarness;
let senderIds: string[];

/** POST a document with the DEMO key; the whole body, extensions included. */
const graphql = (body: { query: string; variables?: Record<string, unknown> }, accept = GRAPHQL_RESPONSE) =>
  post(h.url, body, accept, { authorization: DEMO_AUTH });
const costOf = (json: unknown) => (json as { extensions?: { cost?: unknown } } | undefined)?.extensions?.cost;
const upstreamCalls = async () => (await h.stats()).total;

beforeAll(async () => {
  h = await startGraphQLHarness();
  // An empty project, then 50 senders with 3 invited test numbers each, through the sandbox's REST API.
  await h.sandbox.reset({ seed: 'empty' });
  senderIds = [];
  for (let i = 0; i < SENDERS; i += 1) {
    const testNumbers = Array.from(
      { length: NUMBERS },
      (_, j) => `+46700${String(i * NUMBERS + j).padStart(6, '0')}`,
    );
    const res = await fetch(`${h.sandboxUrl}/v1/projects/${DEMO.projectId}/rcs/senders`, {
      method: 'POST',
      headers: { authorization: DEMO_AUTH, 'content-type': 'application/json' },
      body: JSON.stringify({
        region: 'EU',
        billingCategory: 'CONVERSATIONAL',
        useCase: 'OTP',
        details: { testNumbers },
      }),
    });
    expect(res.status).toBe(201);
    senderIds.push(((await res.json()) as { id: string }).id);
  }
}, 60_000);
afterAll(async () => {
  await h.close();
});
beforeEach(async () => {
  await h.resetStats();
});
afterEach(() => {
  expect(h.problems()).toEqual([]);
});

/** An addRcsSenderComment whose result reads the sender back: the write and one GET. */
const commentMutation = () => ({
  query: `mutation { addRcsSenderComment(input: { senderId: "${senderIds[0]}", projectId: "${DEMO.projectId}",
    comment: "cost" }) { __typename ... on AddRcsSenderCommentSuccess { sender { state } } } }`,
});
/** One sender lookup next to a field that fails before its call: partial data. */
const partialQuery = () => ({
  query: `{ project(id: "${DEMO.projectId}") { rcsSender(id: "${senderIds[0]}") { senderId }
    rcsQuestionnaire(useCase: UNRECOGNIZED) { general { key } } } }`,
});

describe('extensions.cost', () => {
  it('the W1 dashboard (first: 50, test numbers, capabilities) runs under the default limits, estimated at 151', async () => {
    const res = await graphql({ query: DASHBOARD, variables: { first: 50 } });
    expect(res.status).toBe(200);
    expect(res.json?.errors).toBeUndefined();
    const data = res.json?.data as Dashboard;
    const nodes = data.project.rcsSenders.nodes;
    expect(nodes).toHaveLength(SENDERS);
    expect(
      nodes.every((n) => n.testNumbers.length === NUMBERS && n.testNumbers.every((t) => t.capabilities)),
    ).toBe(true);
    // 1 list page + 50 senders × 3 expected test numbers × 1 capabilities call; here the real count too.
    expect(costOf(res.json)).toMatchObject({ estimated: 151, budget: BUDGET });
    expect(await upstreamCalls()).toBe(151);
  });

  it('an operation estimated over the budget is refused before any call: 400, LIMIT_EXCEEDED, cost with actual 0', async () => {
    for (const accept of [GRAPHQL_RESPONSE, 'application/json']) {
      // 1 + 100 senders × 3 × 1 = 301 > 250.
      const res = await graphql({ query: DASHBOARD, variables: { first: 100 } }, accept);
      expect(res.status).toBe(400);
      expect(res.json).toEqual({
        errors: [
          {
            message: 'The operation is estimated at 301 upstream calls, the upstream calls limit is 250.',
            extensions: { code: 'LIMIT_EXCEEDED', limit: 'upstream calls' },
          },
        ],
        extensions: { cost: { estimated: 301, actual: 0, budget: BUDGET } },
      });
    }
    expect(await upstreamCalls()).toBe(0);
  });

  it('the estimate follows the variables of the same document, also when it was estimated before (memo)', async () => {
    // One document text, so one parsed document: the estimates are kept per document and variable set.
    const estimates: unknown[] = [];
    for (const first of [2, 100, 2, 100, 5]) {
      const res = await graphql({ query: DASHBOARD, variables: { first } });
      estimates.push((costOf(res.json) as { estimated?: number } | undefined)?.estimated);
      expect(res.status).toBe(first === 100 ? 400 : 200);
    }
    // 1 + first × 3; 100 is refused each time, whatever was estimated before.
    expect(estimates).toEqual([7, 301, 7, 301, 16]);
  });

  it('a mutation and a partial-data answer report their estimate and the budget', async () => {
    const mutation = await graphql(commentMutation());
    expect(mutation.json?.data).toEqual({
      addRcsSenderComment: { __typename: 'AddRcsSenderCommentSuccess', sender: { state: 'DRAFT' } },
    });
    expect(costOf(mutation.json)).toMatchObject({ estimated: 2, budget: BUDGET });

    const partial = await graphql(partialQuery());
    expect(partial.json?.data).toEqual({
      project: { rcsSender: { senderId: senderIds[0] }, rcsQuestionnaire: null },
    });
    expect(partial.json?.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(costOf(partial.json)).toMatchObject({ estimated: 2, budget: BUDGET });
  });

  it('actual is what the request spent upstream: the sandbox count of the same request', async () => {
    const cases = [
      { name: 'W1 dashboard', body: { query: DASHBOARD, variables: { first: 50 } }, calls: 151 },
      { name: 'mutation with read-back', body: commentMutation(), calls: 2 },
      { name: 'partial data', body: partialQuery(), calls: 1 },
      { name: 'no upstream field', body: { query: `{ project(id: "${DEMO.projectId}") { id } }` }, calls: 0 },
    ];
    for (const { name, body, calls } of cases) {
      await h.resetStats();
      const res = await graphql(body);
      expect({ name, sandbox: await upstreamCalls() }).toEqual({ name, sandbox: calls });
      expect({ name, actual: (costOf(res.json) as { actual?: number } | undefined)?.actual }).toEqual({
        name,
        actual: calls,
      });
    }
  });

  it('no cost where nothing was executed: a validation error or a shape limit', async () => {
    const invalid = await graphql({ query: `{ project(id: "${DEMO.projectId}") { nope } }` });
    expect(invalid.status).toBe(400);
    expect(invalid.json?.errors?.[0]?.message).toMatch(/Cannot query field "nope"/);
    expect(invalid.json).not.toHaveProperty('extensions');
    const deep = `{ ${'project(id: "p") { rcsSender(id: "x") { '.repeat(7)}id${' } }'.repeat(7)} }`;
    const refused = await graphql({ query: deep });
    expect(refused.json?.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'depth' });
    expect(refused.json).not.toHaveProperty('extensions');
    expect(await upstreamCalls()).toBe(0);
  });
});
