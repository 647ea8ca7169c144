// `_entities` resolves through the request's sender loader, and the upstream client's pool of slots bounds
// the calls: executed in process with the real client against an upstream that answers one held request at a
// time, so the peak of concurrent upstream calls is exact.
import { execute, parse } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { type Context, createContext } from '../../src/context.ts';
import { silentLogger } from '../../src/log.ts';
import { schema } from '../../src/schema/index.ts';
import { encodeSenderId } from '../../src/schema/rcs-senders/ids.ts';
import { createSinchClient, type SinchClient } from '../../src/upstream/index.ts';
import { createCallMeter } from '../../src/upstream/meter.ts';
import { type HeldUpstream, startHeldUpstream } from '../support/held-upstream.ts';

const DOC = parse(
  `query ($r: [_Any!]!) { _entities(representations: $r) { ... on RcsSender { senderId } } }`,
);

let upstream: HeldUpstream | undefined;
let client: SinchClient | undefined;
afterEach(async () => {
  await client?.close();
  await upstream?.close();
});

describe('_entities under the upstream pool', () => {
  it('40 distinct senders, each asked for twice (80 representations), pool 4: 40 calls, peak 4', async () => {
    const ids = Array.from({ length: 40 }, (_, i) => `s-${String(i).padStart(2, '0')}`);
    const known = new Set(ids.slice(0, 38));
    upstream = await startHeldUpstream({
      answer: (req) => {
        const id = req.url.split('/').pop() ?? '';
        return known.has(id)
          ? { status: 200, body: { id, state: 'DRAFT' } }
          : { status: 404, body: { errorCode: 'sender_not_found', message: 'Not found.' } };
      },
    });
    const c = createSinchClient({ baseUrl: upstream.url, resilience: { poolSize: 4, retry: false } });
    client = c;
    const ctx: Context = createContext({
      requestId: 'cap-test',
      auth: { kind: 'passthrough', authorization: 'Basic dGVzdDp0ZXN0' },
      authKey: 'test',
      deps: { client: c, logger: silentLogger },
      meter: createCallMeter(),
    });
    const reps = [
      ...ids.map((id) => ({ __typename: 'RcsSender', id: encodeSenderId('p', id) })),
      ...ids.map((id) => ({ __typename: 'RcsSender', projectId: 'p', senderId: id })),
    ];
    const running = execute({ schema, document: DOC, variableValues: { r: reps }, contextValue: ctx });
    const h = upstream;
    for (let answered = 0; answered < 40; answered++) {
      await h.until(() => h.held().length === Math.min(4, 40 - answered));
      await h.releaseOldest();
    }
    const result = await running;
    expect(result.errors).toBeUndefined();
    const entities = (result.data as { _entities: ({ senderId: string } | null)[] })._entities;
    const expected = [...ids, ...ids].map((id) => (known.has(id) ? { senderId: id } : null));
    expect(entities).toEqual(expected);
    expect(h.received).toHaveLength(40);
    expect(new Set(h.received.map((r) => r.url)).size).toBe(40);
    expect(h.peak()).toBe(4);
    expect(ctx.meter).toEqual({ made: 40, shared: 0, budget: Number.POSITIVE_INFINITY });
  });
});
