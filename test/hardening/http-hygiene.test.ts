import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.ts';
import { DEMO } from '../../src/sandbox/index.ts';
import { CSRF_HEADER } from '../../src/yoga.ts';
import { basicAuth } from '../support/credentials.ts';
import {
  GRAPHQL_RESPONSE,
  type ProductionServer,
  post,
  startProductionServer,
} from '../support/production-server.ts';

// CSRF prevention, production error hygiene (no suggestions, masked errors), the introspection switch and
// the request log line, each compared with the configuration that lacks it.

const LIST = 'RcsSendersController_listSenders_v1';
const get = (url: string, query: string, headers: Record<string, string> = {}) => {
  const u = new URL(url);
  u.searchParams.set('query', query);
  return fetch(u, { headers: { accept: GRAPHQL_RESPONSE, ...headers } });
};

describe('HTTP hygiene', () => {
  let prod: ProductionServer;
  let dev: ProductionServer;
  let closed: ProductionServer;
  const lines: string[] = [];
  beforeAll(async () => {
    prod = await startProductionServer({ logger: createLogger('info', (line) => lines.push(line)) });
    dev = await startProductionServer({ env: { NODE_ENV: 'development' }, serviceAuth: false });
    closed = await startProductionServer({ env: { INTROSPECTION: 'false' } });
  });
  afterAll(async () => {
    await Promise.all([prod.close(), dev.close(), closed.close()]);
  });

  it('CSRF: a GET needs the header; POST application/json does not; a simple-content-type POST is refused', async () => {
    const q = '{ project(id: "demo-project") { id } }';
    expect((await get(prod.url, q)).status).toBe(403);
    expect((await get(prod.url, q, { [CSRF_HEADER]: '1' })).status).toBe(200);
    expect((await post(prod.url, { query: q })).status).toBe(200);
    const plain = await fetch(prod.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: q }),
    });
    expect(plain.status).toBe(403);
  });

  it('production: no "Did you mean" in validation or variable errors; development keeps them', async () => {
    const typo = { query: '{ project(id: "demo-project") { rcsSendrs { totalCount } } }' };
    const p = await post(prod.url, typo);
    expect(p.json?.errors?.[0]?.message).toBe('Cannot query field "rcsSendrs" on type "Project".');
    const d = await post(dev.url, typo, GRAPHQL_RESPONSE, {
      authorization: basicAuth(DEMO.keyId, DEMO.keySecret),
    });
    expect(d.json?.errors?.[0]?.message).toBe(
      'Cannot query field "rcsSendrs" on type "Project". Did you mean "rcsSenders" or "rcsSender"?',
    );

    const enumVar = {
      query:
        'query Q($o: RcsSenderOrder) { project(id: "demo-project") { rcsSenders(orderBy: $o) { totalCount } } }',
      variables: { o: { field: 'CREATED_A' } },
    };
    const pe = await post(prod.url, enumVar);
    expect(pe.json?.errors?.[0]?.message).not.toContain('Did you mean');
  });

  it('production: an upstream 500 is a stable code with no details (status, body, URL, stack)', async () => {
    await fetch(`${prod.sandbox.url}/_sandbox/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ rules: [{ match: { operationId: LIST }, status: 500, times: 3 }] }),
    });
    const res = await post(prod.url, {
      query: '{ project(id: "demo-project") { rcsSenders(first: 1) { totalCount } } }',
    });
    await fetch(`${prod.sandbox.url}/_sandbox/faults`, { method: 'DELETE' });
    const error = res.json?.errors?.[0];
    expect(error?.message).toBe('The upstream failed.');
    expect(error?.extensions).toEqual({ code: 'UPSTREAM_ERROR' });
    expect(res.text).not.toMatch(/stack|127\.0\.0\.1|internal_error/);
  });

  it('introspection is on by default (GraphiQL served) and off with INTROSPECTION=false (no GraphiQL)', async () => {
    const q = { query: '{ __schema { queryType { name } } }' };
    const on = await post(prod.url, q);
    expect(on.json?.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const off = await post(closed.url, q);
    expect(off.json?.errors?.[0]?.message).toBe(
      'GraphQL introspection has been disabled, but the requested query contained the field "__schema".',
    );
    expect((await post(closed.url, { query: '{ __typename }' })).json?.data).toEqual({ __typename: 'Query' });
    const html = (url: string) => fetch(url, { headers: { accept: 'text/html' } });
    expect((await (await html(prod.url)).text()).includes('<html')).toBe(true);
    expect((await (await html(closed.url)).text()).includes('<html')).toBe(false);
  });

  it('one JSON log line per request: request id (echoed), operation, status, duration, upstream calls', async () => {
    lines.length = 0;
    await prod.resetStats();
    const query =
      'query Two($n: Int) { project(id: "demo-project") { rcsSenders(first: $n) { nodes { activities(first: 1) { totalCount } } } } }';
    const given = await fetch(prod.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-request-id': 'req-42',
        authorization: 'Bearer not-logged-123',
      },
      body: JSON.stringify({ query, variables: { n: 2 } }),
    });
    expect(given.headers.get('x-request-id')).toBe('req-42');
    const fresh = await post(prod.url, { query: '{ __typename }' });
    expect(fresh.status).toBe(200);
    const bad = await fetch(prod.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'bad id with spaces' },
      body: '{"query":"{ __typename }"}',
    });
    const generated = bad.headers.get('x-request-id');
    expect(generated).toMatch(/^[0-9a-f-]{36}$/);

    const logged = lines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => l.msg === 'request');
    expect(logged).toHaveLength(3);
    expect(logged[0]).toMatchObject({
      level: 'info',
      requestId: 'req-42',
      method: 'POST',
      path: '/graphql',
      operationName: 'Two',
      status: 200,
      upstreamCalls: 3,
    });
    expect(await prod.upstreamCalls()).toBe(3);
    expect(typeof logged[0]?.durationMs).toBe('number');
    expect(logged[1]).toMatchObject({ operationName: null, status: 200, upstreamCalls: 0 });
    expect(logged[2]?.requestId).toBe(generated);
    const all = lines.join('');
    for (const absent of ['not-logged-123', 'rcsSenders', '"n":2', 'authorization'])
      expect(all).not.toContain(absent);
  });
});
