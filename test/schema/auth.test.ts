import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, OTHER } from '../../src/sandbox/index.ts';
import { SenderPageDocument } from '../generated/graphql.ts';
import { basicAuth, DEMO_AUTH, OTHER_AUTH } from '../support/credentials.ts';
import { type GraphQLHarness, startGraphQLHarness } from '../support/graphql.ts';

describe('passthrough auth (no service credentials)', () => {
  let h: GraphQLHarness;
  beforeAll(async () => {
    h = await startGraphQLHarness();
  });
  afterAll(async () => {
    await h.close();
  });
  afterEach(() => {
    expect(h.problems()).toEqual([]);
  });

  it('a request without Authorization is UNAUTHENTICATED with HTTP 401 and no upstream call', async () => {
    await h.resetStats();
    const res = await h.raw(SenderPageDocument, { projectId: DEMO.projectId, first: 1 }, {});
    expect(res.status).toBe(401);
    expect(res.errors.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect((await h.stats()).total).toBe(0);
  });

  it('an Authorization the upstream rejects is UNAUTHENTICATED, and the secret is not echoed', async () => {
    const res = await h.raw(
      SenderPageDocument,
      { projectId: DEMO.projectId, first: 1 },
      {
        authorization: basicAuth('demo-key', 'wrong-secret-xyz'),
      },
    );
    expect(res.errors.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    // An execution error beside partial data (project is a handle) keeps HTTP 200.
    expect(res.status).toBe(200);
    expect(JSON.stringify(res)).not.toContain('wrong-secret-xyz');
    expect(JSON.stringify(res)).not.toContain(h.sandboxUrl);
  });

  it('two concurrent callers with different credentials see only their own projects, repeatedly', async () => {
    const demo = () =>
      h.request(SenderPageDocument, { projectId: DEMO.projectId, first: 100 }, { authorization: DEMO_AUTH });
    const other = () =>
      h.request(
        SenderPageDocument,
        { projectId: OTHER.projectId, first: 100 },
        { authorization: OTHER_AUTH },
      );
    const crossed = () =>
      h.raw(SenderPageDocument, { projectId: DEMO.projectId, first: 100 }, { authorization: OTHER_AUTH });
    const results = await Promise.all([demo(), other(), crossed(), demo(), other(), crossed()]);
    const ids = (r: (typeof results)[0]) =>
      (r.project.rcsSenders?.edges ?? []).map((e) => e.node.senderId).sort();
    const demoIds = ids(results[0]);
    const otherIds = ids(results[1]);
    expect(demoIds.length).toBeGreaterThan(0);
    expect(otherIds.length).toBeGreaterThan(0);
    expect(demoIds.filter((id) => otherIds.includes(id))).toEqual([]);
    expect(ids(results[3])).toEqual(demoIds);
    expect(ids(results[4])).toEqual(otherIds);
    // OTHER's key asking for DEMO's project: the upstream refuses, nothing of DEMO's leaks from any cache.
    const crossedA = results[2] as unknown as Awaited<ReturnType<typeof crossed>>;
    expect(crossedA.data?.project.rcsSenders ?? null).toBeNull();
    expect(crossedA.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const crossedB = results[5] as unknown as Awaited<ReturnType<typeof crossed>>;
    expect(crossedB.data?.project.rcsSenders ?? null).toBeNull();
  });

  it('a sender global id of DEMO read with OTHER credentials is not served from anywhere', async () => {
    const page = await h.request(SenderPageDocument, { projectId: DEMO.projectId, first: 1 });
    const id = page.project.rcsSenders?.edges[0]?.node.id ?? '';
    const [mine, theirs] = await Promise.all([
      h.raw(`query($id: ID!) { node(id: $id) { id } }`, { id }, { authorization: DEMO_AUTH }),
      h.raw(`query($id: ID!) { node(id: $id) { id } }`, { id }, { authorization: OTHER_AUTH }),
    ]);
    expect(mine.data).toEqual({ node: { id } });
    expect((theirs.data as { node: unknown } | null)?.node ?? null).toBeNull();
    expect(theirs.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('service credentials', () => {
  let h: GraphQLHarness;
  beforeAll(async () => {
    h = await startGraphQLHarness({ serviceCredentials: true });
  });
  afterAll(async () => {
    await h.close();
  });

  it('answers without any Authorization header, authenticating itself (OAuth2)', async () => {
    const data = await h.request(SenderPageDocument, { projectId: DEMO.projectId, first: 2 }, {});
    expect(data.project.rcsSenders?.edges).toHaveLength(2);
    const stats = await h.stats();
    expect(stats.byRoute['POST /oauth2/token']).toBe(1);
    expect(h.problems()).toEqual([]);
  });
});
