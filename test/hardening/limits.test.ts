import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/config.ts';
import {
  GRAPHQL_RESPONSE,
  type ProductionServer,
  post,
  startProductionServer,
} from '../support/production-server.ts';

// Every abuse limit refuses with an HTTP 400 (both accept types the GraphQL-over-HTTP spec defines) and a
// message naming the limit, before any upstream call.

const ACCEPTS = [GRAPHQL_RESPONSE, 'application/json'];
const L = DEFAULT_LIMITS;

/** `n` aliased sender lookups: each alone would be an upstream GET. */
const aliases = (n: number, field = (i: number) => `rcsSender(id: "s-${i}") { id }`) =>
  `{ project(id: "demo-project") { ${Array.from({ length: n }, (_, i) => `a${i}: ${field(i)}`).join(' ')} } }`;
/** Exactly `depth` levels: project → rcsSender → project → … → id. */
const deep = (depth: number) => {
  let query = 'id';
  for (let level = depth - 1; level >= 1; level--) {
    const field =
      level === 1 ? 'project(id: "demo-project")' : level % 2 === 0 ? 'rcsSender(id: "x")' : 'project';
    query = `${field} { ${query} }`;
  }
  return `{ ${query} }`;
};

describe('abuse limits (production configuration)', () => {
  let s: ProductionServer;
  beforeAll(async () => {
    s = await startProductionServer();
  });
  afterAll(async () => {
    expect(s.sandbox.problems()).toEqual([]);
    await s.close();
  });
  beforeEach(async () => {
    await s.resetStats();
  });

  const refused = async (body: unknown, limit: string, message: RegExp) => {
    for (const accept of ACCEPTS) {
      const res = await post(s.url, body, accept);
      expect({ accept, status: res.status }).toEqual({ accept, status: 400 });
      expect(res.json?.data).toBeUndefined();
      expect(res.json?.errors?.[0]?.message).toMatch(message);
      expect(res.json?.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit });
    }
    expect(await s.upstreamCalls()).toBe(0);
  };

  it('a 1,000-alias document of upstream lookups: 400, zero upstream calls (the token limit comes first)', async () => {
    await refused(
      { query: aliases(1000) },
      'tokens',
      /^The document has more than 6000 tokens \(the token limit of 5000 plus 1000 for introspection\)\.$/,
    );
  });

  it('a 1,000-alias document within the token limit: 400 naming the alias limit, zero upstream calls', async () => {
    await refused(
      { query: aliases(1000, () => '__typename') },
      'aliases',
      /^Too many aliases: 1000, the limit is 30\.$/,
    );
    await refused(
      { query: aliases(L.maxAliases + 1) },
      'aliases',
      /^Too many aliases: 31, the limit is 30\.$/,
    );
  });

  it('aliases at the limit run (30 lookups of unknown senders: 30 GETs)', async () => {
    const res = await post(s.url, { query: aliases(L.maxAliases) });
    expect(res.status).toBe(200);
    expect(await s.upstreamCalls()).toBe(30);
  });

  it('depth over the limit is refused; at the limit it runs', async () => {
    await refused(
      { query: deep(L.maxDepth + 1) },
      'depth',
      /^Query depth 13 exceeds the depth limit of 12\.$/,
    );
    const ok = await post(s.url, { query: deep(L.maxDepth) });
    expect(ok.status).toBe(200);
  });

  it('depth counts through fragments', async () => {
    const query = `query { ...A } fragment A on Query { project(id: "p") { ...B } }
      fragment B on Project { rcsSender(id: "x") { project { rcsSender(id: "y") { project { rcsSender(id: "z") { project { rcsSender(id: "w") { project { rcsSender(id: "v") { project { rcsSender(id: "u") { project { id } } } } } } } } } } } } }`;
    await refused({ query }, 'depth', /^Query depth 14 exceeds the depth limit of 12\.$/);
  });

  it('directives over the limit', async () => {
    const query = `{ project(id: "demo-project") { id ${'@include(if: true) '.repeat(L.maxDirectives + 1)} } }`;
    await refused({ query }, 'directives', /^Too many directives: 51, the limit is 50\.$/);
  });

  it('tokens over the limit (refused while parsing)', async () => {
    const query = `{ project(id: "demo-project") { ${'id '.repeat(L.maxTokens)} } }`;
    await refused({ query }, 'tokens', /^The document has more than 5000 tokens \(the token limit\)\.$/);
  });

  it('upstream-call estimate: 100 senders × 3 expected test numbers × capabilities is refused before it runs', async () => {
    const query = `query Caps($first: Int) { project(id: "demo-project") { rcsSenders(first: $first) {
      nodes { testNumbers { capabilities { __typename } } } } } }`;
    await refused(
      { query, variables: { first: 100 } },
      'upstream calls',
      /^The operation is estimated at 301 upstream calls, the upstream calls limit is 250\.$/,
    );
    // The same document with a smaller page fits (1 + 50 × 3 = 151).
    const ok = await post(s.url, { query, variables: { first: 50 } });
    expect(ok.status).toBe(200);
    expect(ok.json?.errors).toBeUndefined();
  });

  it('upstream-call estimate multiplies through aliases and fragments', async () => {
    const fragment = `fragment P on Project {
      rcsSenders(first: 100) { edges { node { activities(first: 1) { totalCount } } } } }`;
    const aliased = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `p${i}: project(id: "demo-project") { ...P }`).join(' ')} } ${fragment}`;
    // n × (1 list call + 100 × 1 activities call): 3 → 303 > 250 is refused; 2 → 202 runs.
    await refused(
      { query: aliased(3) },
      'upstream calls',
      /^The operation is estimated at 303 upstream calls, the upstream calls limit is 250\.$/,
    );
    const ok = await post(s.url, { query: aliased(2) });
    expect(ok.status).toBe(200);
    expect(ok.json?.errors).toBeUndefined();
  });

  it('nodes(ids) over 100 ids is refused', async () => {
    const ids = Array.from({ length: 101 }, (_, i) => `id-${i}`);
    await refused(
      { query: 'query N($ids: [ID!]!) { nodes(ids: $ids) { id } }', variables: { ids } },
      'list items',
      /^A list argument has 101 items, the list items limit is 100\.$/,
    );
  });

  it('a request body over 1 MB is refused with 400 naming the limit, before it is read', async () => {
    const body = JSON.stringify({
      query: `{ project(id: "demo-project") { id } }`,
      pad: 'x'.repeat(1_048_576),
    });
    const res = await post(s.url, body);
    expect(res.status).toBe(400);
    expect(res.json?.errors?.[0]?.message).toBe(
      `Request body of ${Buffer.byteLength(body)} bytes exceeds the request body limit of 1048576 bytes.`,
    );
    expect(await s.upstreamCalls()).toBe(0);
  });

  it('batched requests are off: a JSON array is a 400', async () => {
    const q = { query: '{ project(id: "demo-project") { id } }' };
    for (const accept of ACCEPTS) {
      const res = await post(s.url, [q, q], accept);
      expect(res.status).toBe(400);
      expect(res.text).toMatch(/batch/i);
    }
  });
});
