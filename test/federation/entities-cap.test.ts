// `_entities` resolves through the request's sender loader under the request's concurrency cap: executed
// in process against a counting fake client, so the peak of concurrent upstream calls is exact.
import { execute, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { type Context, createContext } from '../../src/context.ts';
import { createLimiter } from '../../src/loaders/limit.ts';
import { silentLogger } from '../../src/log.ts';
import { schema } from '../../src/schema/index.ts';
import { encodeSenderId } from '../../src/schema/rcs-senders/ids.ts';
import { UpstreamNotFoundError } from '../../src/upstream/errors.ts';

const DOC = parse(
  `query ($r: [_Any!]!) { _entities(representations: $r) { ... on RcsSender { senderId } } }`,
);

function fakeContext(known: Set<string>, cap: number) {
  const calls: string[] = [];
  let active = 0;
  let peak = 0;
  const rcsSenders = {
    async get(projectId: string, senderId: string) {
      calls.push(`${projectId}/${senderId}`);
      active += 1;
      peak = Math.max(peak, active);
      await new Promise((r) => setTimeout(r, 2));
      active -= 1;
      if (!known.has(senderId)) {
        throw new UpstreamNotFoundError({
          status: 404,
          errorCode: 'sender_not_found',
          message: 'Not found.',
        });
      }
      return { id: senderId, state: 'DRAFT' };
    },
  };
  const ctx: Context = createContext({
    requestId: 'cap-test',
    auth: { kind: 'service' },
    authKey: 'service',
    deps: { client: { rcsSenders } as never, logger: silentLogger, upstreamConcurrency: cap },
    limit: createLimiter(cap),
  });
  return { ctx, calls, peak: () => peak };
}

describe('_entities under the concurrency cap', () => {
  it('40 distinct senders, each asked for twice (80 representations), cap 4: 40 calls, peak 4', async () => {
    const ids = Array.from({ length: 40 }, (_, i) => `s-${String(i).padStart(2, '0')}`);
    const known = new Set(ids.slice(0, 38));
    const { ctx, calls, peak } = fakeContext(known, 4);
    const reps = [
      ...ids.map((id) => ({ __typename: 'RcsSender', id: encodeSenderId('p', id) })),
      ...ids.map((id) => ({ __typename: 'RcsSender', projectId: 'p', senderId: id })),
    ];
    const result = await execute({ schema, document: DOC, variableValues: { r: reps }, contextValue: ctx });
    expect(result.errors).toBeUndefined();
    const entities = (result.data as { _entities: ({ senderId: string } | null)[] })._entities;
    const expected = [...ids, ...ids].map((id) => (known.has(id) ? { senderId: id } : null));
    expect(entities).toEqual(expected);
    expect(calls).toHaveLength(40);
    expect(new Set(calls).size).toBe(40);
    expect(peak()).toBe(4);
  });
});
