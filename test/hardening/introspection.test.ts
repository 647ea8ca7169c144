import { getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.ts';
import { type RunningServer, startServer } from '../../src/server.ts';
import {
  GRAPHQL_RESPONSE,
  type ProductionServer,
  post,
  startProductionServer,
} from '../support/production-server.ts';

// Tooling's standard introspection query (15 levels) under the default limits, and the caps that still
// bound a hostile document hidden inside introspection.

const STANDARD = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
});
const ACCEPTS = [GRAPHQL_RESPONSE, 'application/json'];

/** `__type` with `n` nested `ofType` below it: introspection depth n + 2. */
const ofTypes = (n: number) =>
  `{ __type(name: "RcsSender") { ${'ofType { '.repeat(n)}name${' }'.repeat(n)} } }`;
/** Exactly `depth` levels of the operation's own fields: project → rcsSender → project → … → id. */
const deep = (depth: number) => {
  let query = 'id';
  for (let level = depth - 1; level >= 1; level--) {
    const field =
      level === 1 ? 'project(id: "demo-project")' : level % 2 === 0 ? 'rcsSender(id: "x")' : 'project';
    query = `${field} { ${query} }`;
  }
  return query;
};

type Answer = Awaited<ReturnType<typeof post>>;

describe('introspection under the abuse limits', () => {
  let local: RunningServer;
  let prod: ProductionServer;
  let tight: ProductionServer;
  beforeAll(async () => {
    // As `npm start` runs it: the default configuration, the embedded sandbox, no header needed.
    local = await startServer({ env: {}, config: { port: 0, host: '127.0.0.1', logLevel: 'silent' } });
    prod = await startProductionServer();
    tight = await startProductionServer({ env: { MAX_INTROSPECTION_DEPTH: '14', MAX_TOKENS: '100' } });
  });
  afterAll(async () => {
    expect(prod.sandbox.problems()).toEqual([]);
    await Promise.all([local?.close(), prod?.close(), tight?.close()]);
  });

  const expectRefused = (res: Answer, limit: string, message: string) => {
    expect(res.status).toBe(400);
    expect(res.json?.data).toBeUndefined();
    expect(res.json?.errors?.map((e) => [e.message, e.extensions?.code, e.extensions?.limit])).toEqual([
      [message, 'LIMIT_EXCEEDED', limit],
    ]);
  };

  it('getIntrospectionQuery() with every option answers 200 with __schema, default and production configuration', async () => {
    for (const url of [local.url, prod.url]) {
      for (const accept of ACCEPTS) {
        const res = await post(url, { query: STANDARD }, accept);
        expect({ url, accept, status: res.status, errors: res.json?.errors }).toEqual({
          url,
          accept,
          status: 200,
          errors: undefined,
        });
        const data = res.json?.data as IntrospectionQuery | undefined;
        expect(data?.__schema.queryType).toEqual({ name: 'Query', kind: 'OBJECT' });
        expect(data?.__schema.types.map((t) => t.name)).toContain('RcsSender');
      }
    }
  });

  it('MAX_INTROSPECTION_DEPTH is read from the environment: at 14 the standard query (15) is refused', async () => {
    expectRefused(
      await post(tight.url, { query: STANDARD }),
      'introspection depth',
      'Introspection depth 15 exceeds the introspection depth limit of 14.',
    );
    expect(parseConfig({ MAX_INTROSPECTION_DEPTH: '30' }).limits.maxIntrospectionDepth).toBe(30);
    expect(parseConfig({}).limits.maxIntrospectionDepth).toBe(20);
    expect(() => parseConfig({ MAX_INTROSPECTION_DEPTH: '0' })).toThrow(
      'MAX_INTROSPECTION_DEPTH must be an integer 1..1000, got "0"',
    );
  });

  it('nesting hidden inside introspection is capped at 20 levels', async () => {
    const ok = await post(prod.url, { query: ofTypes(18) });
    expect([ok.status, ok.json?.errors]).toEqual([200, undefined]);
    expectRefused(
      await post(prod.url, { query: ofTypes(19) }),
      'introspection depth',
      'Introspection depth 21 exceeds the introspection depth limit of 20.',
    );
  });

  it("graphql's MaxIntrospectionDepthRule still refuses nested fields/type lists (exponential answers)", async () => {
    const query = `{ __type(name: "RcsSender") { fields { type { fields { type { fields { type { fields { name } } } } } } } } }`;
    for (const accept of ACCEPTS) {
      const res = await post(prod.url, { query }, accept);
      expect(res.json?.data).toBeUndefined();
      expect(res.json?.errors?.map((e) => e.message)).toEqual(['Maximum introspection depth exceeded']);
    }
  });

  it('introspection next to a too-deep operation of its own is refused by MAX_DEPTH', async () => {
    const query = STANDARD.replace('__schema {', `${deep(13)} __schema {`);
    expectRefused(await post(prod.url, { query }), 'depth', 'Query depth 13 exceeds the depth limit of 12.');
    const fits = await post(prod.url, { query: STANDARD.replace('__schema {', `${deep(12)} __schema {`) });
    expect([fits.status, fits.json?.errors]).toEqual([200, undefined]);
  });

  it('tokens: introspection does not count against MAX_TOKENS; the parser stops at MAX_TOKENS + 1000', async () => {
    // `tight` has MAX_TOKENS=100. 508 tokens, all but the outer braces inside __schema: runs.
    const names = (n: number) => `{ __schema { types { ${'name '.repeat(n)}} } }`;
    const many = await post(tight.url, { query: names(500) });
    expect([many.status, many.json?.errors]).toEqual([200, undefined]);
    // The operation's own tokens still count: 2 + 7 + 95 + 1 = 105 next to a small introspection.
    const own = `{ __schema { queryType { name } } project(id: "demo-project") { ${'id '.repeat(95)}} }`;
    expectRefused(
      await post(tight.url, { query: own }),
      'tokens',
      'The document has more than 100 tokens (the token limit).',
    );
    // Over the hard cap the parser stops, whatever the tokens are.
    expectRefused(
      await post(tight.url, { query: names(1100) }),
      'tokens',
      'The document has more than 1100 tokens (the token limit of 100 plus 1000 for introspection).',
    );
  });

  it('aliases inside introspection are counted apart from the operation’s, under the same cap', async () => {
    const aliased = (n: number) => Array.from({ length: n }, (_, i) => `t${i}: queryType { name }`).join(' ');
    const own = (n: number) => Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ');
    const fits = await post(prod.url, { query: `{ ${own(30)} __schema { ${aliased(30)} } }` });
    expect([fits.status, fits.json?.errors]).toEqual([200, undefined]);
    expectRefused(
      await post(prod.url, { query: `{ __schema { ${aliased(31)} } }` }),
      'aliases',
      'Too many aliases in introspection: 31, the limit is 30.',
    );
    expectRefused(
      await post(prod.url, { query: `{ ${own(31)} __schema { queryType { name } } }` }),
      'aliases',
      'Too many aliases: 31, the limit is 30.',
    );
  });
});
