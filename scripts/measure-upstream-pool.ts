// Measures the upstream pool size (UPSTREAM_CONCURRENCY) against a plain server with no cap at all: the
// latency of a lone dashboard query (50 senders → 3 test numbers each → capabilities: 1 list + 150
// capability GETs) with a fixed upstream latency, and of the same query from several clients at once.
// Not a test: its numbers depend on the machine. The sandbox runs in a child process so that its work does
// not share the GraphQL server's event loop.
//
//   npx tsx scripts/measure-upstream-pool.ts [latencyMs=20] [rounds=3] [sizes=8,16,32,64,128,256]
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { DEMO, startSandbox } from '../src/sandbox/index.ts';
import { startServer } from '../src/server.ts';

if (process.argv[2] === 'sandbox') {
  const sandbox = await startSandbox({ host: '127.0.0.1', port: 0, seed: 'empty' });
  process.send?.(sandbox.url);
} else {
  await main();
}

async function main() {
  const latencyMs = Number(process.argv[2] ?? 20);
  const rounds = Number(process.argv[3] ?? 3);
  const sizes = (process.argv[4] ?? '8,16,32,64,128,256').split(',').map(Number);
  const child = fork(fileURLToPath(import.meta.url), ['sandbox'], { execArgv: ['--import', 'tsx'] });
  const sandboxUrl = await new Promise<string>((resolve) => child.once('message', (m) => resolve(String(m))));
  const auth = `Basic ${Buffer.from(`${DEMO.keyId}:${DEMO.keySecret}`).toString('base64')}`;
  const api = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${sandboxUrl}${path}`, {
      method,
      headers: { authorization: auth, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status}`);
    return (await res.json()) as { id?: string };
  };
  const senders = `/v1/projects/${DEMO.projectId}/rcs/senders`;
  for (let s = 0; s < 50; s++) {
    const { id } = await api('POST', senders, {
      region: 'EU',
      billingCategory: 'CONVERSATIONAL',
      useCase: 'OTP',
    });
    const numbers = [0, 1, 2].map((n) => `+467020${String(s).padStart(2, '0')}00${n}`);
    await api('POST', `${senders}/${id}/testNumbers`, { testNumbers: numbers });
  }
  await api('POST', '/_sandbox/advance', { steps: 1 });
  await api('POST', '/_sandbox/faults', { rules: [{ latencyMs }] });

  const query = `query Dashboard { project(id: "${DEMO.projectId}") { rcsSenders(first: 50) { nodes { id
    testNumbers { number capabilities { __typename ... on RcsCapabilities { features } } } } } } }`;
  const configs: { name: string; pool: number; overall: number }[] = [
    { name: 'plain (no cap)', pool: 10_000, overall: 10_000 },
    ...sizes.map((n) => ({ name: `pool ${n}`, pool: n, overall: n })),
  ];
  const results = new Map<string, { lone: number[]; four: number[] }>();
  for (let round = 0; round < rounds; round++) {
    for (const c of configs) {
      const server = await startServer({
        env: {},
        config: {
          port: 0,
          sinchApiUrl: sandboxUrl,
          credentials: undefined,
          logLevel: 'silent',
          upstreamConcurrency: c.pool,
          upstreamMaxConcurrent: c.overall,
          limits: { maxUpstreamCalls: 1000 },
        },
      });
      const once = async () => {
        const started = performance.now();
        const res = await fetch(server.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: auth },
          body: JSON.stringify({ query }),
        });
        const body = (await res.json()) as { errors?: unknown[] };
        if (body.errors?.length) throw new Error(JSON.stringify(body.errors).slice(0, 300));
        return performance.now() - started;
      };
      for (let i = 0; i < 10; i++) await once();
      const r = results.get(c.name) ?? { lone: [], four: [] };
      for (let i = 0; i < 30; i++) r.lone.push(await once());
      // Four clients at once, each sending back to back.
      await Promise.all(
        [0, 1, 2, 3].map(async () => {
          for (let i = 0; i < 10; i++) r.four.push(await once());
        }),
      );
      results.set(c.name, r);
      await server.close();
    }
  }
  const p = (xs: number[], q: number) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  };
  const plain = p(results.get('plain (no cap)')?.lone ?? [], 0.5);
  console.log(`upstream latency ${latencyMs} ms, ${rounds} rounds; lone: 30 requests/round, four: 4 × 10`);
  console.log(
    '| config | lone p50 ms | lone p95 ms | lone p50 / plain | four clients p50 ms | four p95 ms |',
  );
  console.log('|---|---|---|---|---|---|');
  for (const [name, r] of results) {
    const row = [
      name,
      p(r.lone, 0.5).toFixed(1),
      p(r.lone, 0.95).toFixed(1),
      (p(r.lone, 0.5) / plain).toFixed(2),
      p(r.four, 0.5).toFixed(1),
      p(r.four, 0.95).toFixed(1),
    ];
    console.log(`| ${row.join(' | ')} |`);
  }
  child.kill();
}
