import { describe, expect, it } from 'vitest';
import type { Context } from '../../src/context.ts';
import {
  type CapabilitiesKey,
  capabilitiesKey,
  loadRcsTestNumberCapabilitiesByNumber,
} from '../../src/loaders/capabilities.ts';
import { loadRcsSendersById, senderKey } from '../../src/loaders/rcs-senders.ts';
import { silentLogger } from '../../src/log.ts';
import { UpstreamNotFoundError, UpstreamServerError } from '../../src/upstream/errors.ts';

function ctxWith(senders: Record<string, unknown>): { ctx: Context; peak: () => number } {
  let active = 0;
  let peak = 0;
  const call = async <T>(fn: () => T): Promise<T> => {
    active += 1;
    peak = Math.max(peak, active);
    await new Promise((r) => setTimeout(r, 1));
    active -= 1;
    return fn();
  };
  const rcsSenders = {
    get: (projectId: string, senderId: string) =>
      call(() => {
        if (senderId === 'boom')
          throw new UpstreamServerError({ status: 500, errorCode: 'internal_error', message: 'x' });
        if (senderId === 'gone' || projectId !== 'p') {
          throw new UpstreamNotFoundError({
            status: 404,
            errorCode: 'sender_not_found',
            message: 'Sender not found.',
          });
        }
        return senders[senderId];
      }),
    getTestNumberCapabilities: (_p: string, _s: string, number: string) =>
      call(() => {
        if (number === '+100') {
          throw new UpstreamNotFoundError({
            status: 404,
            errorCode: 'user_has_not_accepted_invite',
            message: 'Not yet.',
          });
        }
        if (number === '+200') {
          throw new UpstreamNotFoundError({
            status: 404,
            errorCode: 'sender_not_found',
            message: 'Sender not found.',
          });
        }
        return { features: ['ACTION_DIAL'] };
      }),
  };
  const ctx = {
    requestId: 'r',
    auth: { kind: 'service' },
    authKey: 'k',
    deps: { client: { rcsSenders } as never, logger: silentLogger },
  } as Context;
  return { ctx, peak: () => peak };
}

describe('loadRcsSendersById', () => {
  it('keeps key order, answers null for absent senders and an Error in the failing key only', async () => {
    const { ctx } = ctxWith({ a: { id: 'a', authToken: 'SECRET' }, b: { id: 'b' } });
    const keys = ['b', 'gone', 'a', 'boom'].map((id) => senderKey('k', 'p', id));
    const out = await loadRcsSendersById(ctx, keys);
    expect(out[0]).toEqual({ id: 'b', projectId: 'p' });
    expect(out[1]).toBeNull();
    expect(out[2]).toEqual({ id: 'a', projectId: 'p' });
    expect(out[3]).toBeInstanceOf(UpstreamServerError);
    expect(JSON.stringify(out)).not.toContain('SECRET');
  });
});

describe('loadRcsTestNumberCapabilitiesByNumber', () => {
  it('maps the documented 404s to unavailable and other 404s to errors, in key order', async () => {
    const { ctx } = ctxWith({});
    const out = await loadRcsTestNumberCapabilitiesByNumber(
      ctx,
      ['+1', '+100', '+200'].map((n) => capabilitiesKey('k', 'p', 's', n)),
    );
    expect(out[0]).toEqual({ kind: 'capabilities', features: ['ACTION_DIAL'] });
    expect(out[1]).toEqual({
      kind: 'unavailable',
      code: 'user_has_not_accepted_invite',
      message: 'Not yet.',
    });
    expect(out[2]).toBeInstanceOf(UpstreamNotFoundError);
  });

  it('asks for all 100 senders x 10 numbers at once: the client, not the loader, bounds concurrency', async () => {
    const { ctx, peak } = ctxWith({});
    const keys: CapabilitiesKey[] = [];
    for (let s = 0; s < 100; s += 1)
      for (let n = 0; n < 10; n += 1) keys.push(capabilitiesKey('k', 'p', `s${s}`, `+4670000${n}`));
    const out = await loadRcsTestNumberCapabilitiesByNumber(ctx, keys);
    expect(out).toHaveLength(1000);
    // No per-request cap any more (it serialised a lone dashboard): the client's fair pool of upstream slots
    // shares the connections between requests (test/upstream/fair-share.test.ts).
    expect(peak()).toBe(1000);
  });
});
