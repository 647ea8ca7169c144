// The call meter through the client over real HTTP: a logical call is counted once (made, or shared when it
// joined one in flight), retries are not counted again, and the call past the budget fails before any
// attempt: it never reaches the upstream, the breaker or the retry budget.
import { afterEach, describe, expect, it } from 'vitest';
import {
  createSinchClient,
  type SinchClient,
  UpstreamBudgetExceededError,
} from '../../src/upstream/index.ts';
import { createCallMeter } from '../../src/upstream/meter.ts';
import { type HeldUpstream, startHeldUpstream } from '../support/held-upstream.ts';

const auth = { kind: 'passthrough', authorization: 'Basic dGVzdDp0ZXN0' } as const;

let upstream: HeldUpstream | undefined;
let client: SinchClient | undefined;
afterEach(async () => {
  await client?.close();
  await upstream?.close();
  client = upstream = undefined;
});

describe('the call meter', () => {
  it('budget 3: the 4th and 5th distinct calls fail fast and never reach the upstream', async () => {
    upstream = await startHeldUpstream({
      hold: () => false,
      answer: () => ({ status: 200, body: { id: 's' } }),
    });
    const c = createSinchClient({ baseUrl: upstream.url, resilience: { breaker: { failureThreshold: 1 } } });
    client = c;
    const meter = createCallMeter(3);
    const outcomes = await Promise.all(
      ['a', 'b', 'c', 'd', 'e'].map((id) =>
        c.rcsSenders.get('p', id, { auth, meter }).catch((e: unknown) => e),
      ),
    );
    expect(outcomes.slice(0, 3)).toEqual([{ id: 's' }, { id: 's' }, { id: 's' }]);
    for (const refused of outcomes.slice(3)) {
      expect(refused).toBeInstanceOf(UpstreamBudgetExceededError);
      expect((refused as UpstreamBudgetExceededError).toJSON()).toEqual({
        name: 'UpstreamBudgetExceededError',
        errorCode: 'budget_exceeded',
        message: "The request's upstream-call budget of 3 is spent.",
        method: 'GET',
        route: 'GET /v1/projects/{projectId}/rcs/senders/{senderId}',
        operationId: 'RcsSendersController_getSender_v1',
        budget: 3,
      });
    }
    expect(upstream.received.map((r) => r.url)).toEqual([
      '/v1/projects/p/rcs/senders/a',
      '/v1/projects/p/rcs/senders/b',
      '/v1/projects/p/rcs/senders/c',
    ]);
    expect(meter).toEqual({ made: 3, shared: 0, budget: 3 });
    // Neither the breaker (threshold 1) nor the retry budget saw the refused calls.
    expect(c.resilienceSnapshot()).toMatchObject({
      breaker: { state: 'closed', consecutiveFailures: 0 },
      budget: { requests: 3, retries: 0 },
    });
  });

  it('a joined call counts as shared and against the budget; a retried call counts once', async () => {
    let n = 0;
    upstream = await startHeldUpstream({
      hold: () => false,
      // The first answer is a 503: retried inside the same logical call.
      answer: () => (n++ === 0 ? { status: 503, body: {} } : { status: 200, body: { id: 's' } }),
    });
    const c = createSinchClient({ baseUrl: upstream.url });
    client = c;
    const meter = createCallMeter(2);
    const [first, joined, refused] = await Promise.all([
      c.rcsSenders.get('p', 's', { auth, meter }),
      c.rcsSenders.get('p', 's', { auth, meter }),
      c.rcsSenders.get('p', 'other', { auth, meter }).catch((e: unknown) => e),
    ]);
    expect([first, joined]).toEqual([{ id: 's' }, { id: 's' }]);
    expect(refused).toBeInstanceOf(UpstreamBudgetExceededError);
    expect(upstream.received.map((r) => r.url)).toEqual([
      '/v1/projects/p/rcs/senders/s',
      '/v1/projects/p/rcs/senders/s',
    ]);
    expect(meter).toEqual({ made: 1, shared: 1, budget: 2 });
  });
});
