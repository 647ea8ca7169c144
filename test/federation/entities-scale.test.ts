// `_entities` at the scale a gateway sends: 1,000 representations in one call, directly against our
// subgraph (the plain server, passthrough auth) wired to the validated sandbox with 200 senders.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO } from '../../src/sandbox/index.ts';
import { createSenders, representations, UNKNOWN_SENDERS } from '../support/federation/scale-data.ts';
import { type GraphQLHarness, startGraphQLHarness } from '../support/graphql.ts';

const SENDER_GET = 'GET /v1/projects/{projectId}/rcs/senders/{senderId}';
const ENTITIES = /* GraphQL */ `
  query Entities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      __typename
      ... on RcsSender { id senderId projectId state brand { name } }
      ... on Project { id }
    }
  }
`;
type Entity = { __typename: string; id: string; senderId?: string; projectId?: string; state?: string };

let h: GraphQLHarness;
let senderIds: string[];
let created: string[];

beforeAll(async () => {
  h = await startGraphQLHarness();
  const data = await h.request<
    { project: { rcsSenders: { nodes: { senderId: string }[] } } },
    Record<string, never>
  >(`{ project(id: "${DEMO.projectId}") { rcsSenders(first: 100) { nodes { senderId } } } }`);
  const seeded = data.project.rcsSenders.nodes.map((n) => n.senderId);
  created = await createSenders(h.sandboxUrl, 200 - seeded.length);
  senderIds = [...seeded, ...created];
});
afterAll(async () => {
  await h.close();
});
beforeEach(async () => {
  await h.resetStats();
});
afterEach(() => {
  expect(h.problems()).toEqual([]);
});

describe('_entities with 1,000 representations', () => {
  it('answers in order (unknown → null, no errors) with one GET per distinct sender', async () => {
    expect(new Set(senderIds).size).toBe(200);
    const { reps, expected } = representations(senderIds);
    expect(reps).toHaveLength(1000);
    expect(new Set(expected.filter((e) => e && e !== 'project')).size).toBe(200);

    const res = await h.raw<{ _entities: (Entity | null)[] }, Record<string, unknown>>(ENTITIES, {
      representations: reps,
    });
    expect(res.status).toBe(200);
    expect(res.errors).toEqual([]);
    const entities = res.data?._entities ?? [];
    expect(entities).toHaveLength(1000);
    expect(entities.map((e) => (e?.__typename === 'Project' ? 'project' : (e?.senderId ?? null)))).toEqual(
      expected,
    );
    for (const e of entities) {
      if (e?.__typename === 'Project') expect(e).toEqual({ __typename: 'Project', id: DEMO.projectId });
      if (e?.__typename !== 'RcsSender') continue;
      expect(e.projectId).toBe(DEMO.projectId);
      // The senders this file created have a known state and brand; the seeded ones vary by design.
      const index = created.indexOf(e.senderId ?? '');
      if (index >= 0) expect(e).toMatchObject({ state: 'DRAFT', brand: { name: `Scale ${index}` } });
    }

    // 200 known + 10 unknown senders (a 404 each): one GET per distinct sender, nothing else upstream.
    const stats = await h.stats();
    expect(stats.byRoute[SENDER_GET]).toBe(200 + UNKNOWN_SENDERS.length);
    expect(stats.total).toBe(210);
  });

  it('is bounded by the upstream-call budget of its distinct senders, not by MAX_LIST_ITEMS', async () => {
    const reps = (ids: readonly string[]) =>
      ids.map((senderId) => ({ __typename: 'RcsSender', projectId: DEMO.projectId, senderId }));
    // 251 distinct senders: over MAX_UPSTREAM_CALLS (250), refused before any call.
    const many = Array.from(
      { length: 251 },
      (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    );
    const refused = await h.raw<unknown, Record<string, unknown>>(ENTITIES, { representations: reps(many) });
    expect(refused.status).toBe(400);
    expect(refused.errors.map((e) => [e.message, e.extensions?.code, e.extensions?.limit])).toEqual([
      [
        'The operation is estimated at 251 upstream calls, the upstream calls limit is 250.',
        'LIMIT_EXCEEDED',
        'upstream calls',
      ],
    ]);
    expect((await h.stats()).total).toBe(0);

    // What is selected below counts once per distinct sender, not per representation.
    const nested = `query N($r: [_Any!]!) { _entities(representations: $r) { ... on RcsSender {
      ${Array.from({ length: 25 }, (_, i) => `a${i}: activities(first: 1) { totalCount }`).join(' ')} } } }`;
    const thrice = (n: number) => {
      const distinct = reps(senderIds.slice(0, n));
      return [...distinct, ...distinct, ...distinct];
    };
    // 10 distinct senders × (1 GET + 25 activity pages) = 260: refused.
    const over = await h.raw<unknown, Record<string, unknown>>(nested, { r: thrice(10) });
    expect(over.errors.map((e) => e.message)).toEqual([
      'The operation is estimated at 260 upstream calls, the upstream calls limit is 250.',
    ]);
    // 9 × 26 = 234 fits (27 representations; counted per representation it would be 702).
    const fits = await h.raw<{ _entities: unknown[] }, Record<string, unknown>>(nested, { r: thrice(9) });
    expect(fits.errors).toEqual([]);
    expect(fits.data?._entities).toHaveLength(27);
    // The real count is lower still: one GET per sender, and the 25 identical pages are one loader key.
    expect((await h.stats()).total).toBe(9 + 9);
  });
});
