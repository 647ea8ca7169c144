// Acceptance 3 over HTTP: `_entities` on our subgraph (the plain server), wired to the validated sandbox,
// passthrough auth. 100 representations cost one upstream GET per distinct sender.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO, OTHER, seedSenderId } from '../../src/sandbox/index.ts';
import { encodeSenderId } from '../../src/schema/rcs-senders/ids.ts';
import { OTHER_AUTH } from '../support/credentials.ts';
import { OUR_SUBGRAPH_SDL } from '../support/federation/compose.ts';
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
type Entity = { __typename: string; id: string; senderId?: string; projectId?: string } | null;

let h: GraphQLHarness;
let senders: { id: string; senderId: string }[];

beforeAll(async () => {
  h = await startGraphQLHarness();
  const data = await h.request<
    { project: { rcsSenders: { nodes: { id: string; senderId: string }[] } } },
    Record<string, never>
  >(`{ project(id: "${DEMO.projectId}") { rcsSenders(first: 100) { nodes { id senderId } } } }`);
  senders = data.project.rcsSenders.nodes;
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

const gets = async () => (await h.stats()).byRoute[SENDER_GET] ?? 0;

describe('_service', () => {
  it('answers the checked-in subgraph SDL', async () => {
    const data = await h.request<{ _service: { sdl: string } }, Record<string, never>>(
      '{ _service { sdl } }',
    );
    expect(`${data._service.sdl.trimEnd()}\n`).toBe(OUR_SUBGRAPH_SDL);
  });
});

describe('_entities', () => {
  it('100 representations (both keys, duplicates, 2 unknown): 1 GET per distinct sender, in order', async () => {
    expect(senders.length).toBe(14);
    const unknownA = '00000000-0000-4000-8000-00000000000a';
    const unknownB = '00000000-0000-4000-8000-00000000000b';
    const reps: Record<string, string>[] = [];
    const expected: (string | null)[] = [];
    for (let i = 0; reps.length < 100; i += 1) {
      if (reps.length === 37) {
        reps.push({ __typename: 'RcsSender', id: encodeSenderId(DEMO.projectId, unknownA) });
        expected.push(null);
        continue;
      }
      if (reps.length === 81) {
        reps.push({ __typename: 'RcsSender', projectId: DEMO.projectId, senderId: unknownB });
        expected.push(null);
        continue;
      }
      const s = senders[(i * 5) % senders.length] as { id: string; senderId: string };
      // Alternate the two keys, so a sender asked for both ways is still one loader key.
      reps.push(
        i % 2 === 0
          ? { __typename: 'RcsSender', id: s.id }
          : { __typename: 'RcsSender', projectId: DEMO.projectId, senderId: s.senderId },
      );
      expected.push(s.senderId);
    }
    const res = await h.raw<{ _entities: Entity[] }, Record<string, unknown>>(ENTITIES, {
      representations: reps,
    });
    expect(res.errors).toEqual([]);
    expect(res.data?._entities).toHaveLength(100);
    expect(res.data?._entities.map((e) => e?.senderId ?? null)).toEqual(expected);
    for (const e of res.data?._entities ?? []) {
      if (e) expect(e).toMatchObject({ __typename: 'RcsSender', projectId: DEMO.projectId });
    }
    // 14 distinct known senders + the 2 unknown ones (a 404 each): 16 GETs for 16 distinct ids, so exactly
    // one per distinct sender; nothing else went upstream.
    const stats = await h.stats();
    expect(stats.byRoute[SENDER_GET]).toBe(16);
    expect(stats.total).toBe(16);
  });

  it('malformed keys resolve to null without an upstream call', async () => {
    const reps = [
      { __typename: 'RcsSender', id: 'not-a-global-id' },
      { __typename: 'RcsSender', id: Buffer.from('Project:demo-project').toString('base64') },
      { __typename: 'RcsSender', projectId: '', senderId: '' },
      { __typename: 'RcsSender', projectId: DEMO.projectId },
    ];
    const res = await h.raw<{ _entities: Entity[] }, Record<string, unknown>>(ENTITIES, {
      representations: reps,
    });
    expect(res.errors).toEqual([]);
    expect(res.data?._entities).toEqual([null, null, null, null]);
    expect((await h.stats()).total).toBe(0);
  });

  it('Project representations are handles: no upstream call', async () => {
    const res = await h.raw<{ _entities: Entity[] }, Record<string, unknown>>(ENTITIES, {
      representations: [
        { __typename: 'Project', id: DEMO.projectId },
        { __typename: 'Project', id: 'any-project' },
      ],
    });
    expect(res.errors).toEqual([]);
    expect(res.data?._entities).toEqual([
      { __typename: 'Project', id: DEMO.projectId },
      { __typename: 'Project', id: 'any-project' },
    ]);
    expect((await h.stats()).total).toBe(0);
  });

  it("resolves with the caller's credentials: OTHER's key reads OTHER's sender, not DEMO's", async () => {
    const otherSender = seedSenderId(OTHER.projectId, 'other-draft');
    const res = await h.raw<{ _entities: Entity[] }, Record<string, unknown>>(
      ENTITIES,
      {
        representations: [
          { __typename: 'RcsSender', projectId: OTHER.projectId, senderId: otherSender },
          { __typename: 'RcsSender', id: senders[0]?.id },
        ],
      },
      { authorization: OTHER_AUTH },
    );
    expect(res.data?._entities[0]).toMatchObject({ senderId: otherSender, projectId: OTHER.projectId });
    expect(res.data?._entities[1]).toBeNull();
    expect(res.errors.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['_entities', 1], 'UNAUTHENTICATED'],
    ]);
    expect(await gets()).toBe(2);
  });
});
