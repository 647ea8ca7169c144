// The resilience layer of the upstream client against the sandbox over real HTTP: the breaker's fast fail
// (timed per call, no request reaching the sandbox) and recovery, and the process-wide concurrency cap.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO, type FaultRule, seedSenderId } from '../../src/sandbox/index.ts';
import {
  createSinchClient,
  type ResilienceOptions,
  type SinchClient,
  UpstreamServerError,
  UpstreamUnavailableError,
} from '../../src/upstream/index.ts';
import { startValidatedSandbox, type ValidatedSandbox } from '../support/sandbox.ts';

const GET = 'RcsSendersController_getSender_v1';
const LIST = 'RcsSendersController_listSenders_v1';
const SENDER = seedSenderId(DEMO.projectId, 'draft-minimal');
const auth = {
  kind: 'passthrough',
  authorization: `Basic ${Buffer.from(`${DEMO.keyId}:${DEMO.keySecret}`).toString('base64')}`,
} as const;

describe('resilience against the sandbox', () => {
  let sb: ValidatedSandbox;
  let client: SinchClient | undefined;
  const connect = (resilience: ResilienceOptions) => {
    client = createSinchClient({ baseUrl: sb.url, resilience });
    return client;
  };
  const inject = async (...rules: FaultRule[]) => {
    const res = await fetch(`${sb.url}/_sandbox/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ rules }),
    });
    expect(res.status).toBe(200);
  };
  const calls = async (op: string) => (await sb.stats()).byOperation[op] ?? 0;
  beforeEach(async () => {
    sb = await startValidatedSandbox({ seed: 'demo' });
  });
  afterEach(async () => {
    await client?.close();
    client = undefined;
    await sb.close();
    expect(sb.problems()).toEqual([]);
  });

  it('open circuit: each call fails in < 10 ms without reaching the sandbox; the probe closes it', async () => {
    const c = connect({ retry: false, breaker: { failureThreshold: 10, cooldownMs: 300 } });
    await inject({ match: { operationId: GET }, status: 503, times: 10 });
    for (let i = 0; i < 10; i++) {
      await expect(c.rcsSenders.get(DEMO.projectId, SENDER, { auth })).rejects.toBeInstanceOf(
        UpstreamServerError,
      );
    }
    expect(c.resilienceSnapshot()?.breaker).toMatchObject({
      state: 'open',
      consecutiveFailures: 10,
      opened: 1,
    });
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      const started = performance.now();
      const err = await c.rcsSenders.get(DEMO.projectId, SENDER, { auth }).catch((e: unknown) => e);
      times.push(performance.now() - started);
      expect(err).toBeInstanceOf(UpstreamUnavailableError);
      expect(err).toMatchObject({ errorCode: 'circuit_open', operationId: GET });
    }
    expect(Math.max(...times)).toBeLessThan(10);
    expect(await calls(GET)).toBe(10);

    await new Promise((resolve) => setTimeout(resolve, 300));
    const sender = await c.rcsSenders.get(DEMO.projectId, SENDER, { auth });
    expect(sender.state).toBe('DRAFT');
    expect(c.resilienceSnapshot()?.breaker).toMatchObject({ state: 'closed', consecutiveFailures: 0 });
    expect(await calls(GET)).toBe(11);
  });

  it('caps concurrent upstream requests process-wide: 12 parallel calls of 100 ms at most 3 at a time', async () => {
    const c = connect({ maxConcurrent: 3 });
    await inject({ match: { operationId: LIST }, latencyMs: 100 });
    const started = performance.now();
    const pages = await Promise.all(
      // Distinct page sizes: identical calls in flight would share one exchange (coalesce.ts).
      Array.from({ length: 12 }, (_, i) => c.rcsSenders.list(DEMO.projectId, { pageSize: i + 1 }, { auth })),
    );
    const ms = performance.now() - started;
    expect(pages.map((p) => p.totalSize)).toEqual(Array(12).fill(14));
    expect(c.resilienceSnapshot()?.concurrency).toEqual({ active: 0, waiting: 0, max: 3, peak: 3 });
    // 4 waves of 3: at least 400 ms; uncapped it would be one wave of ~100 ms.
    expect(ms).toBeGreaterThanOrEqual(395);
    expect(await calls(LIST)).toBe(12);
  });
});
