// The bench's baseline (bench/baseline) answers the bench's workloads correctly, with exactly the upstream
// calls of the budget, against the bench's own data (bench/workloads.ts). Not timed: `npm run bench` measures.
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBaselineServer } from '../../bench/baseline/server.ts';
import { checkW1, type SeededData, seedSandbox, summarize, workloads } from '../../bench/workloads.ts';
import { startValidatedSandbox, type ValidatedSandbox } from '../support/sandbox.ts';

let sandbox: ValidatedSandbox;
let server: Server;
let url: string;
let data: SeededData;

beforeAll(async () => {
  sandbox = await startValidatedSandbox({ seed: 'empty' });
  data = await seedSandbox(sandbox.url);
  server = createBaselineServer({ apiUrl: sandbox.url, keyId: 'demo-key', keySecret: 'demo-secret' });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;
});

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  expect(sandbox.problems()).toEqual([]);
  await sandbox.close();
});

async function run(body: string) {
  await fetch(`${sandbox.url}/_sandbox/stats/reset`, { method: 'POST' });
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const json = (await res.json()) as { data?: unknown; errors?: unknown[] };
  return { status: res.status, json, stats: await sandbox.stats() };
}

describe('bench baseline', () => {
  it('seeds exactly 50 senders with 3 test numbers, 140 of them with capabilities', () => {
    expect(data.senderIds).toHaveLength(50);
    expect(data.withFeatures).toBe(140);
  });

  it('W1: 50 senders × 3 numbers with their capabilities in 151 upstream calls', async () => {
    const w1 = workloads(data).find((w) => w.name === 'W1');
    const { status, json, stats } = await run(w1?.body(0) as string);
    expect(status).toBe(200);
    expect(json.errors).toBeUndefined();
    expect(checkW1(json.data)).toBeUndefined();
    expect(stats.total).toBe(151);
    expect(stats.byOperation).toEqual({
      RcsSendersController_listSenders_v1: 1,
      RcsSendersController_getTestNumberCapabilities_v1: 150,
    });
  });

  it('W2 and W3: one sender, its 3 numbers and their capabilities in 4 upstream calls', async () => {
    for (const w of workloads(data).filter((x) => x.name !== 'W1')) {
      for (const i of [0, 7]) {
        const { status, json, stats } = await run(w.body(i));
        expect(status).toBe(200);
        expect(json.errors).toBeUndefined();
        const numbers = JSON.parse(summarize(json.data)) as { capabilities: unknown }[][];
        expect(numbers).toHaveLength(1);
        expect(numbers[0]).toHaveLength(3);
        expect(numbers[0]?.every((n) => n.capabilities !== null)).toBe(true);
        expect(stats.total).toBe(4);
      }
    }
  });
});
