import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO, seedSenderId } from '../../src/sandbox/index.ts';
import {
  GRAPHQL_RESPONSE,
  type ProductionServer,
  post,
  startProductionServer,
} from '../support/production-server.ts';

// Requests the docs answer with a plain, coded error: a representation `_entities` cannot use, a body
// that is not JSON (production), a body without Content-Length over the size limit.

const ACCEPTS = [GRAPHQL_RESPONSE, 'application/json'];
const ENTITIES = `query E($r: [_Any!]!) { _entities(representations: $r) { __typename ... on RcsSender { senderId } } }`;
const UNUSABLE =
  'Not a representation of this subgraph\'s entities: __typename must be one of "Project", "RcsSender", "WhatsappSender".';

describe('malformed requests', () => {
  let prod: ProductionServer;
  let dev: ProductionServer;
  beforeAll(async () => {
    prod = await startProductionServer();
    dev = await startProductionServer({ env: { NODE_ENV: 'development' } });
  });
  afterAll(async () => {
    expect(prod.sandbox.problems()).toEqual([]);
    await Promise.all([prod?.close(), dev?.close()]);
  });
  beforeEach(async () => {
    await prod.resetStats();
  });

  it('_entities: an unusable representation costs its own item (BAD_USER_INPUT there), the rest resolve', async () => {
    const senderId = seedSenderId(DEMO.projectId, 'draft-minimal');
    const r = [
      {},
      { __typename: 'RcsSender', projectId: DEMO.projectId, senderId },
      'not an object',
      { __typename: 'RcsTestNumber', number: '+46123123111' },
      { id: 'no typename' },
      { __typename: 'Project' },
      { __typename: 'Project', id: DEMO.projectId },
    ];
    const res = await post(prod.url, { query: ENTITIES, variables: { r } });
    expect(res.status).toBe(200);
    expect(res.json?.data).toEqual({
      _entities: [
        null,
        { __typename: 'RcsSender', senderId },
        null,
        null,
        null,
        // A known entity with a malformed key: null without an error, as docs/federation.md says.
        null,
        { __typename: 'Project' },
      ],
    });
    const errors = res.json?.errors as { message: string; path: unknown[]; extensions: unknown }[];
    expect(errors.map((e) => [e.path, e.message, e.extensions])).toEqual(
      [0, 2, 3, 4].map((i) => [['_entities', i], UNUSABLE, { code: 'BAD_USER_INPUT' }]),
    );
    expect(await prod.upstreamCalls()).toBe(1);
  });

  it('_entities(representations: [{}]) alone: null with the error, not a masked failure of the whole answer', async () => {
    const res = await post(prod.url, { query: ENTITIES, variables: { r: [{}] } });
    expect(res.json).toEqual({
      data: { _entities: [null] },
      errors: [
        {
          message: UNUSABLE,
          locations: [{ line: 1, column: 25 }],
          path: ['_entities', 0],
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
      // An unusable representation costs no upstream call, estimated or made.
      extensions: { cost: { estimated: 0, actual: 0, budget: 250 } },
    });
  });

  it('production: a body that is not JSON is a 400 with a plain coded error (no originalError, no stack)', async () => {
    for (const body of ['{"query": ', 'not json', '[1,']) {
      for (const accept of ACCEPTS) {
        const res = await post(prod.url, body, accept);
        expect({ body, accept, status: res.status, json: res.json }).toEqual({
          body,
          accept,
          status: 400,
          json: {
            errors: [{ message: 'POST body sent invalid JSON.', extensions: { code: 'BAD_REQUEST' } }],
          },
        });
      }
    }
    // Development keeps yoga's detail (the parser's SyntaxError), which is what production must not show.
    const detailed = await post(dev.url, 'not json');
    expect(detailed.status).toBe(400);
    expect(detailed.json?.errors?.[0]?.extensions?.originalError).toMatchObject({ name: 'SyntaxError' });
  });

  it('a chunked body (no Content-Length) over the limit: 400 LIMIT_EXCEEDED naming the request body', async () => {
    const chunk = new TextEncoder().encode(`{"query":"{ __typename }","pad":"${'x'.repeat(600_000)}`);
    for (const accept of ACCEPTS) {
      const body = new ReadableStream({
        start(c) {
          c.enqueue(chunk);
          c.enqueue(chunk);
          c.enqueue(new TextEncoder().encode('"}'));
          c.close();
        },
      });
      const res = await fetch(prod.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept },
        body,
        duplex: 'half',
      } as RequestInit);
      // The unread rest of the body leaves the connection unusable: the answer closes it.
      expect(res.headers.get('connection')).toBe('close');
      expect({ accept, status: res.status, json: await res.json() }).toEqual({
        accept,
        status: 400,
        json: {
          errors: [
            {
              message: 'Request body exceeds the request body limit of 1048576 bytes.',
              extensions: { code: 'LIMIT_EXCEEDED', limit: 'request body' },
            },
          ],
        },
      });
    }
    expect(await prod.upstreamCalls()).toBe(0);
  });

  it('a chunked body (no Content-Length) within the limit is read and answered, after a refused one', async () => {
    const parts = ['{"query":"{ __typ', 'ename }', ' '.repeat(300_000), '"}'];
    const body = new ReadableStream({
      start(c) {
        for (const part of parts) c.enqueue(new TextEncoder().encode(part));
        c.close();
      },
    });
    const res = await fetch(prod.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: GRAPHQL_RESPONSE },
      body,
      duplex: 'half',
    } as RequestInit);
    const json = (await res.json()) as { data?: unknown; errors?: unknown };
    expect({ status: res.status, data: json.data, errors: json.errors }).toEqual({
      status: 200,
      data: { __typename: 'Query' },
      errors: undefined,
    });
  });
});
