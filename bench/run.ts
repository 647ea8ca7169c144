// `npm run bench [-- --quick] [-- --soak-minutes N]`: the project against the plain stack it is built on
// (bench/baseline), measured in one run, every figure reported as a ratio project ÷ baseline. See
// bench/README.md. Prints the tables and the targets (✓/✗), writes bench/results/latest.json, exits 1 when
// a target is missed. Never part of `npm test`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { createClient, errorOf, type LoadResult, type LoadSlice, runLoad, summarizeLoad } from './load.ts';
import {
  baselineCommand,
  type Child,
  cpuMsOf,
  DRIVER_CORE,
  installCleanup,
  memoryOf,
  pinSelf,
  projectCommand,
  SERVER_CORE,
  sampleRss,
  sandboxCommand,
  startProcess,
  stopProcess,
  tasksetAvailable,
} from './processes.ts';
import { checkW1, DEMO_KEY, seedSandbox, summarize, type Workload, workloads } from './workloads.ts';

// ---- options ------------------------------------------------------------------------------------------
const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const soakArg = argv.indexOf('--soak-minutes');
const soakMinutes = soakArg >= 0 ? Number(argv[soakArg + 1]) : quick ? 1 : 10;
if (!Number.isFinite(soakMinutes) || soakMinutes < 0) throw new Error('--soak-minutes takes a number ≥ 0');

const LATENCIES = [0, 20] as const;
const CONCURRENCIES = [1, 50] as const;
/** W2 first, on a fresh process: its peak RSS (VmHWM) is then the peak under W2 c50. */
const ORDER = ['W2', 'W3', 'W1'] as const;
/** Requests per measured run (after the warm-up); each run also stops after MAX_SECONDS. */
const TOTAL: Record<Workload['name'], Record<(typeof CONCURRENCIES)[number], number>> = quick
  ? { W1: { 1: 20, 50: 150 }, W2: { 1: 100, 50: 1000 }, W3: { 1: 100, 50: 1000 } }
  : { W1: { 1: 100, 50: 600 }, W2: { 1: 500, 50: 5000 }, W3: { 1: 500, 50: 5000 } };
const MAX_SECONDS = quick ? 15 : 60;
/** Alternating slices per run and server (see measurePair); TOTAL and MAX_SECONDS are split among them. */
const ROUNDS = quick ? 2 : 4;

type ServerKind = 'project' | 'baseline';

interface Row extends LoadResult {
  server: ServerKind;
  workload: Workload['name'];
  latencyMs: number;
  concurrency: number;
  upstreamCalls: number;
  callsPerRequest: number;
  budget: number;
  /** budget ÷ calls per request: how much the server shares between requests (1 = nothing). */
  sharing: number;
  /** c1: calls = budget × requests exactly; c50: calls per request ≤ budget. */
  withinBudget: boolean;
  byRoute: Record<string, number>;
  /** The server's CPU time per request (user + system), ms: what the request costs on the pinned core. */
  cpuMsPerRequest: number;
}

// ---- setup --------------------------------------------------------------------------------------------
installCleanup();
const pinnedDriver = pinSelf(DRIVER_CORE);
const startedAt = new Date();
const loadBefore = loadavg();
/** What else runs on the machine (the busiest processes by recent-ish CPU share), for the record. */
function otherProcesses(): string[] {
  const ps = spawnSync('ps', ['-eo', 'pid,ppid,pcpu,etimes,args', '--sort=-pcpu'], { encoding: 'utf8' });
  if (ps.status !== 0) return ['(ps not available)'];
  return ps.stdout
    .split('\n')
    .slice(1, 12)
    .filter((l) => l.trim() && !new RegExp(`^\\s*(${process.pid}|\\d+\\s+${process.pid})\\s`).test(l))
    .map((l) => l.trim().replace(/\s+/g, ' ').slice(0, 140));
}
const othersBefore = otherProcesses();
const notes: string[] = [];
if (!tasksetAvailable())
  notes.push('taskset not found: processes are NOT pinned to cores (figures are noisier)');
else if (!pinnedDriver) notes.push('could not pin the load generator to core 0');
if (cpus().length < 2) notes.push(`only ${cpus().length} CPU: server and driver share a core`);
for (const note of notes) console.log(`note: ${note}`);

const sandbox = await startProcess({
  name: 'sandbox',
  argv: sandboxCommand(),
  env: { ...process.env, SANDBOX_PORT: '0', HOST: '127.0.0.1' },
  core: DRIVER_CORE,
  ready: /listening on (http:\/\/127\.0\.0\.1:\d+)/,
});

async function sandboxCall(method: string, path: string, body?: unknown): Promise<unknown> {
  const res = await fetch(`${sandbox.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`sandbox ${method} ${path}: ${res.status} ${text.slice(0, 200)}`);
  return text ? JSON.parse(text) : undefined;
}

const data = await seedSandbox(sandbox.url);
const all = workloads(data);
const byName = (name: Workload['name']) => all.find((w) => w.name === name) as Workload;
console.log(
  `data: sandbox reset to the empty seed, ${data.senderIds.length} senders × 3 test numbers created over REST in ${'demo-project'}, ` +
    `one day advanced: ${data.verified} VERIFIED, ${data.withFeatures} with capabilities`,
);

// Everything the server reads that would change its defaults is left out of its environment.
const SERVER_VARS =
  /^(NODE_ENV|PORT|HOST|SINCH_.*|SANDBOX_PORT|LOG_LEVEL|MAX_.*|UPSTREAM_.*|REQUEST_DEADLINE_MS|SHUTDOWN_TIMEOUT_MS|CORS_ORIGINS|INTROSPECTION)$/;
const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !SERVER_VARS.test(k)));
const project = projectCommand();

function startServer(kind: ServerKind): Promise<Child> {
  const env = {
    ...cleanEnv,
    ...(kind === 'project' ? project.env : {}),
    NODE_ENV: 'production',
    PORT: '0',
    HOST: '127.0.0.1',
    SINCH_API_URL: sandbox.url,
    // OAuth2 client credentials (the default SINCH_AUTH) against the sandbox's token endpoint: never Sinch's.
    SINCH_AUTH_URL: `${sandbox.url}/oauth2/token`,
    SINCH_KEY_ID: DEMO_KEY.keyId,
    SINCH_KEY_SECRET: DEMO_KEY.keySecret,
    LOG_LEVEL: 'info',
  };
  return startProcess({
    name: kind,
    argv: kind === 'project' ? project.argv : baselineCommand(),
    env,
    core: SERVER_CORE,
    ready: /ready at (http:\/\/127\.0\.0\.1:\d+\/graphql)/,
  });
}

async function setLatency(ms: number) {
  await sandboxCall('DELETE', '/_sandbox/faults');
  if (ms > 0) await sandboxCall('POST', '/_sandbox/faults', { rules: [{ latencyMs: ms }] });
}

async function stats(): Promise<{ total: number; byRoute: Record<string, number> }> {
  return (await sandboxCall('GET', '/_sandbox/stats')) as { total: number; byRoute: Record<string, number> };
}

// ---- measuring one server -----------------------------------------------------------------------------
const rows: Row[] = [];
const answers: Record<
  ServerKind,
  Partial<Record<Workload['name'], { summary?: string; problem?: string }>>
> = {
  project: {},
  baseline: {},
};
const memory: Partial<Record<ServerKind, { peakSampledRssMiB: number; hwmAfterW2MiB: number }>> = {};
const logLines: Partial<Record<ServerKind, { warn: number; error: number }>> = {};
/** The last few KB each server printed (stack traces of the baseline's errors, the project's JSON logs). */
const outputTails: Partial<Record<ServerKind, string>> = {};

async function firstAnswer(server: Child, kind: ServerKind, w: Workload) {
  const client = createClient(server.url, 1);
  try {
    const answer = await client.post(w.body(7));
    const problem = errorOf(answer) ?? (w.name === 'W1' ? checkW1(answer.json?.data) : undefined);
    answers[kind][w.name] = { summary: summarize(answer.json?.data), ...(problem ? { problem } : {}) };
  } catch (error) {
    answers[kind][w.name] = { problem: (error as Error).message };
  } finally {
    client.close();
  }
}

/**
 * One run (workload × latency × concurrency) on both servers: each warmed up, then measured in ROUNDS
 * alternating slices (baseline, project, project, baseline, baseline, project), so a slow stretch of this
 * shared machine falls on both sides of the ratio alike. A side's figures pool its slices: requests,
 * seconds, CPU time, upstream calls, and every latency (the quantiles are of all of them).
 */
async function measurePair(
  servers: Record<ServerKind, Child>,
  w: Workload,
  latencyMs: number,
  concurrency: (typeof CONCURRENCIES)[number],
) {
  const perSlice = Math.ceil(TOTAL[w.name][concurrency] / ROUNDS);
  const acc = {} as Record<
    ServerKind,
    { slices: LoadSlice[]; cpuMs: number; calls: number; byRoute: Record<string, number> }
  >;
  for (const kind of KINDS) {
    acc[kind] = { slices: [], cpuMs: 0, calls: 0, byRoute: {} };
    // Warm-up (JIT, sockets, the project's token): not counted.
    await runLoad({
      url: servers[kind].url,
      concurrency,
      total: concurrency === 1 ? 5 : 2 * concurrency,
      maxSeconds: 10,
      body: w.body,
    });
  }
  for (let r = 0; r < ROUNDS; r += 1) {
    const order = r % 2 === 0 ? KINDS : [...KINDS].reverse();
    for (const kind of order) {
      const server = servers[kind];
      const sampler = w.name === 'W2' && concurrency === 50 ? sampleRss(server.pid) : undefined;
      await sandboxCall('POST', '/_sandbox/stats/reset');
      const cpuBefore = cpuMsOf(server.pid);
      const slice = await runLoad({
        url: server.url,
        concurrency,
        total: perSlice,
        maxSeconds: MAX_SECONDS / ROUNDS,
        body: w.body,
      });
      acc[kind].cpuMs += cpuMsOf(server.pid) - cpuBefore;
      if (sampler) peaks[kind] = Math.max(peaks[kind], sampler.stop());
      const s = await stats();
      acc[kind].calls += s.total;
      for (const [route, n] of Object.entries(s.byRoute))
        acc[kind].byRoute[route] = (acc[kind].byRoute[route] ?? 0) + n;
      acc[kind].slices.push(...slice.slices);
    }
  }
  for (const kind of KINDS) {
    const { slices, cpuMs, calls, byRoute } = acc[kind];
    const result = summarizeLoad(slices);
    const perRequest = result.requests > 0 ? calls / result.requests : Number.NaN;
    const withinBudget = concurrency === 1 ? calls === w.budget * result.requests : perRequest <= w.budget;
    const row: Row = {
      server: kind,
      workload: w.name,
      latencyMs,
      concurrency,
      ...result,
      upstreamCalls: calls,
      callsPerRequest: Math.round(perRequest * 100) / 100,
      budget: w.budget,
      sharing: Math.round((w.budget / perRequest) * 100) / 100,
      withinBudget,
      byRoute,
      cpuMsPerRequest: result.requests > 0 ? Math.round((cpuMs / result.requests) * 100) / 100 : Number.NaN,
    };
    rows.push(row);
    console.log(
      `  ${kind.padEnd(8)} ${w.name} ${String(latencyMs).padStart(2)} ms c${String(concurrency).padEnd(2)}  ${fmt(result.rps).padStart(8)} req/s  p50 ${fmt(result.p50)} ms  p95 ${fmt(result.p95)} ms  ${fmt(row.callsPerRequest)} calls/req  ${fmt(row.cpuMsPerRequest)} cpu ms/req  errors ${result.errors}${result.errorSamples.length ? ` (${result.errorSamples[0]})` : ''}`,
    );
  }
}

const peaks: Record<ServerKind, number> = { project: 0, baseline: 0 };

/**
 * Both servers run side by side, but only one is ever loaded: every run is measured on both in alternating
 * slices (measurePair), so a slow minute of the machine hits both sides of a ratio alike.
 */
async function measureBoth(): Promise<SoakResult | undefined> {
  const servers = {} as Record<ServerKind, Child>;
  let soakResult: SoakResult | undefined;
  try {
    for (const kind of KINDS) {
      servers[kind] = await startServer(kind);
      console.log(`${kind}: pid ${servers[kind].pid}, ${servers[kind].url}`);
    }
    for (const name of ORDER) {
      const w = byName(name);
      await setLatency(0);
      for (const kind of KINDS) await firstAnswer(servers[kind], kind, w);
      for (const latencyMs of LATENCIES) {
        await setLatency(latencyMs);
        for (const concurrency of CONCURRENCIES) {
          await measurePair(servers, w, latencyMs, concurrency);
        }
      }
      if (name === 'W2') {
        for (const kind of KINDS) {
          memory[kind] = {
            peakSampledRssMiB: Math.round(peaks[kind] * 10) / 10,
            hwmAfterW2MiB: Math.round(memoryOf(servers[kind].pid).hwmMiB * 10) / 10,
          };
        }
      }
    }
    await setLatency(0);
    // The baseline is stopped first: the soak has the core to itself.
    logLines.baseline = { ...servers.baseline.logCounts };
    outputTails.baseline = servers.baseline.tail();
    await stopProcess(servers.baseline);
    if (soakMinutes > 0) soakResult = await runSoak(servers.project);
  } finally {
    for (const kind of KINDS) {
      const server = servers[kind];
      if (!server) continue;
      logLines[kind] ??= { ...server.logCounts };
      outputTails[kind] ??= server.tail();
      await stopProcess(server);
    }
  }
  return soakResult;
}
const KINDS: readonly ServerKind[] = ['baseline', 'project'];

// ---- soak ---------------------------------------------------------------------------------------------
interface SoakResult {
  workload: Workload['name'];
  concurrency: number;
  minutes: number;
  warmupSeconds: number;
  rssAfterWarmupMiB: number;
  rssEndMiB: number;
  change: number;
  flat: boolean;
  series: { second: number; rssMiB: number }[];
  load: LoadResult;
}

async function runSoak(server: Child): Promise<SoakResult> {
  const seconds = soakMinutes * 60;
  const warmupSeconds = Math.round(Math.min(60, Math.max(10, seconds * 0.2)));
  const w = byName('W2');
  console.log(`  soak: W2 c50 at 0 ms for ${soakMinutes} min (RSS after ${warmupSeconds} s and at the end)`);
  const series: { second: number; rssMiB: number }[] = [];
  const t0 = performance.now();
  let rssAfterWarmup = Number.NaN;
  const timer = setInterval(() => {
    const second = Math.round((performance.now() - t0) / 1000);
    const rssMiB = Math.round(memoryOf(server.pid).rssMiB * 10) / 10;
    series.push({ second, rssMiB });
    if (Number.isNaN(rssAfterWarmup) && second >= warmupSeconds) rssAfterWarmup = rssMiB;
  }, 5000);
  const load = await runLoad({
    url: server.url,
    concurrency: 50,
    total: Number.MAX_SAFE_INTEGER,
    maxSeconds: seconds,
    body: w.body,
  });
  clearInterval(timer);
  const rssEnd = Math.round(memoryOf(server.pid).rssMiB * 10) / 10;
  if (Number.isNaN(rssAfterWarmup)) rssAfterWarmup = series[0]?.rssMiB ?? Number.NaN;
  const change = (rssEnd - rssAfterWarmup) / rssAfterWarmup;
  const result = {
    workload: w.name,
    concurrency: 50,
    minutes: soakMinutes,
    warmupSeconds,
    rssAfterWarmupMiB: rssAfterWarmup,
    rssEndMiB: rssEnd,
    change: Math.round(change * 1000) / 1000,
    flat: Math.abs(change) <= 0.1 && load.errors === 0,
    series,
    load,
  };
  console.log(
    `  soak: ${load.requests} requests, ${fmt(load.rps)} req/s, errors ${load.errors}; RSS ${rssAfterWarmup} → ${rssEnd} MiB (${pct(change)})`,
  );
  return result;
}

// ---- run ----------------------------------------------------------------------------------------------
function fmt(n: number): string {
  if (!Number.isFinite(n)) return '—';
  return n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2);
}
function pct(x: number): string {
  return `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)} %`;
}

let soak: SoakResult | undefined;
try {
  soak = await measureBoth();
} finally {
  await sandboxCall('DELETE', '/_sandbox/faults').catch(() => {});
  await stopProcess(sandbox);
}
const loadAfter = loadavg();
const othersAfter = otherProcesses();

// ---- report -------------------------------------------------------------------------------------------
const find = (server: ServerKind, workload: string, latencyMs: number, concurrency: number) =>
  rows.find(
    (r) =>
      r.server === server &&
      r.workload === workload &&
      r.latencyMs === latencyMs &&
      r.concurrency === concurrency,
  ) as Row;

interface Cell {
  workload: string;
  latencyMs: number;
  concurrency: number;
  project: Row;
  baseline: Row;
  rpsRatio: number;
  p50Ratio: number;
  p95Ratio: number;
}
/**
 * Throughput counts answered requests only (HTTP 200, no `errors`): a request the server failed is no work
 * done. The baseline fails some under the dashboard at c50 (no cap on its fan-out: the upstream resets
 * connections); that lowers its throughput, and the project must still answer every request of its own.
 */
const answeredRps = (r: Row) =>
  r.seconds > 0 ? Math.round(((r.requests - r.errors) / r.seconds) * 10) / 10 : 0;
const cells: Cell[] = [];
for (const workload of ['W1', 'W2', 'W3']) {
  for (const latencyMs of LATENCIES) {
    for (const concurrency of CONCURRENCIES) {
      const p = find('project', workload, latencyMs, concurrency);
      const b = find('baseline', workload, latencyMs, concurrency);
      const ratio = (x: number, y: number) => Math.round((x / y) * 100) / 100;
      cells.push({
        workload,
        latencyMs,
        concurrency,
        project: p,
        baseline: b,
        rpsRatio: ratio(answeredRps(p), answeredRps(b)),
        p50Ratio: ratio(p.p50, b.p50),
        p95Ratio: ratio(p.p95, b.p95),
      });
    }
  }
}

const head = [
  'run',
  'req/s P',
  'req/s B',
  '×',
  'p50 P',
  'p50 B',
  '×',
  'p95 P',
  'p95 B',
  '×',
  'calls/req P',
  'calls/req B',
  'budget',
  'sharing P',
  'cpu ms/req P',
  'cpu ms/req B',
  'errors P/B',
];
// A ratio over failed requests means nothing: shown as "—" (the figures themselves stay visible).
const ratioOf = (c: Cell, x: number) => (c.project.errors + c.baseline.errors > 0 ? '—' : fmt(x));
const lines = cells.map((c) => [
  `${c.workload} ${c.latencyMs}ms c${c.concurrency}`,
  fmt(answeredRps(c.project)),
  fmt(answeredRps(c.baseline)),
  fmt(c.rpsRatio),
  fmt(c.project.p50),
  fmt(c.baseline.p50),
  ratioOf(c, c.p50Ratio),
  fmt(c.project.p95),
  fmt(c.baseline.p95),
  ratioOf(c, c.p95Ratio),
  fmt(c.project.callsPerRequest),
  fmt(c.baseline.callsPerRequest),
  String(c.project.budget),
  fmt(c.project.sharing),
  fmt(c.project.cpuMsPerRequest),
  fmt(c.baseline.cpuMsPerRequest),
  `${c.project.errors}/${c.baseline.errors}`,
]);
console.log(
  '\nP = project, B = baseline, × = P ÷ B (latency ratios — when either side had errors); req/s = answered requests per second; latencies in ms; calls from /_sandbox/stats\n',
);
console.log(`| ${head.join(' | ')} |`);
console.log(`|${head.map(() => '---').join('|')}|`);
for (const l of lines) console.log(`| ${l.join(' | ')} |`);
for (const r of rows.filter((r) => r.errors > 0)) {
  console.log(
    `errors, ${r.server} ${r.workload} ${r.latencyMs}ms c${r.concurrency}: ${r.errors} — ${r.errorSamples.join('; ')}`,
  );
}

const mp = memory.project;
const mb = memory.baseline;
console.log(
  `\npeak RSS under W2 c50 (largest VmRSS sampled every 50 ms; VmHWM after the W2 runs): project ${mp?.peakSampledRssMiB} MiB (${mp?.hwmAfterW2MiB}), baseline ${mb?.peakSampledRssMiB} MiB (${mb?.hwmAfterW2MiB})`,
);
if (soak) {
  console.log(
    `soak (project, ${soak.workload} c${soak.concurrency}, ${soak.minutes} min): RSS ${soak.rssAfterWarmupMiB} MiB after ${soak.warmupSeconds} s → ${soak.rssEndMiB} MiB at the end (${pct(soak.change)}), ${soak.load.requests} requests, ${fmt(soak.load.rps)} req/s, errors ${soak.load.errors}`,
  );
}
console.log(
  `log lines at warn/error: project ${JSON.stringify(logLines.project)}, baseline ${JSON.stringify(logLines.baseline)}`,
);
for (const kind of ['project', 'baseline'] as const) {
  for (const [name, a] of Object.entries(answers[kind])) {
    if (a?.problem) console.log(`answer check, ${kind} ${name}: ${a.problem}`);
  }
}
const sameAnswers = (['W1', 'W2', 'W3'] as const).map((name) => {
  const p = answers.project[name];
  const b = answers.baseline[name];
  return { name, same: !p?.problem && !b?.problem && p?.summary === b?.summary };
});
console.log(
  `same answers as the baseline (ids aside): ${sameAnswers.map((s) => `${s.name} ${s.same ? 'yes' : 'NO'}`).join(', ')}`,
);

// ---- targets ------------------------------------------------------------------------------------------
interface Target {
  name: string;
  pass: boolean;
  value: string;
}
const targets: Target[] = [];
const cell = (w: string, l: number, c: number) =>
  cells.find((x) => x.workload === w && x.latencyMs === l && x.concurrency === c) as Cell;
const clean = (c: Cell) => c.project.errors === 0;
const errorsNote = (c: Cell) => (clean(c) ? '' : ` (errors P/B ${c.project.errors}/${c.baseline.errors})`);

const w1Errors = rows
  .filter((r) => r.server === 'project' && r.workload === 'W1')
  .reduce((n, r) => n + r.errors, 0);
const w1Requests = rows
  .filter((r) => r.server === 'project' && r.workload === 'W1')
  .reduce((n, r) => n + r.requests, 0);
targets.push({
  name: "W1 runs under the project's default limits (no errors)",
  pass: w1Errors === 0 && answers.project.W1?.problem === undefined,
  value: `${w1Errors} of ${w1Requests} W1 requests failed${answers.project.W1?.problem ? `: ${answers.project.W1.problem}` : ''}`,
});
{
  const c = cell('W1', 20, 1);
  targets.push({
    name: 'W1 c1 p50 at 20 ms ≤ 1.1× baseline',
    pass: clean(c) && c.p50Ratio <= 1.1,
    value: `${fmt(c.project.p50)} vs ${fmt(c.baseline.p50)} ms = ${fmt(c.p50Ratio)}×${errorsNote(c)}`,
  });
}
{
  const c = cell('W1', 0, 50);
  targets.push({
    name: 'W1 c50 at 0 ms ≥ 5× baseline req/s, ≤ 30 upstream calls per request',
    pass: clean(c) && c.rpsRatio >= 5 && c.project.callsPerRequest <= 30,
    value: `${fmt(answeredRps(c.project))} vs ${fmt(answeredRps(c.baseline))} answered req/s = ${fmt(c.rpsRatio)}×, ${fmt(c.project.callsPerRequest)} calls/req${errorsNote(c)}`,
  });
}
for (const w of ['W2', 'W3']) {
  for (const l of LATENCIES) {
    const c = cell(w, l, 50);
    targets.push({
      name: `${w} c50 at ${l} ms ≥ 1.0× baseline req/s`,
      pass: clean(c) && c.rpsRatio >= 1,
      value: `${fmt(answeredRps(c.project))} vs ${fmt(answeredRps(c.baseline))} answered req/s = ${fmt(c.rpsRatio)}×${errorsNote(c)}`,
    });
  }
}
{
  // The largest VmRSS sampled during the W2 c50 runs: VmHWM also holds the start-up's peak (tsx compiling).
  const p = mp?.peakSampledRssMiB ?? Number.NaN;
  const b = mb?.peakSampledRssMiB ?? Number.NaN;
  targets.push({
    name: 'peak RSS (W2 c50) ≤ 1.0× baseline',
    pass: p <= b,
    value: `${p} vs ${b} MiB = ${fmt(p / b)}×`,
  });
}
targets.push({
  name: `soak flat (project RSS within ±10 % over ${soakMinutes} min, no errors)`,
  pass: soak?.flat ?? false,
  value: soak
    ? `${soak.rssAfterWarmupMiB} → ${soak.rssEndMiB} MiB (${pct(soak.change)}), errors ${soak.load.errors}`
    : 'not run (--soak-minutes 0)',
});
// The project: every run clean and within budget. The baseline: within budget (the check of the harness
// itself: a plain dataloader stack makes exactly the budget at c1); its errors (it has no retries) fail
// the targets of the runs they are in, above, and are listed with the table.
for (const kind of ['project', 'baseline'] as const) {
  const bad = rows.filter(
    (r) => r.server === kind && (!r.withinBudget || (kind === 'project' && r.errors > 0)),
  );
  targets.push({
    name:
      kind === 'project'
        ? 'project: every run error-free, upstream calls = budget at c1 and ≤ budget at c50'
        : 'baseline: upstream calls = budget at c1 and ≤ budget at c50',
    pass: bad.length === 0,
    value:
      bad.length === 0
        ? 'all runs'
        : bad
            .map(
              (r) =>
                `${r.workload} ${r.latencyMs}ms c${r.concurrency}: ${fmt(r.callsPerRequest)}/${r.budget} calls, ${r.errors} errors`,
            )
            .join('; '),
  });
}
targets.push({
  name: 'same answers as the baseline (W1, W2, W3; sender ids aside)',
  pass: sameAnswers.every((s) => s.same),
  value: sameAnswers.map((s) => `${s.name} ${s.same ? 'same' : 'differs or failed'}`).join(', '),
});

const la = (l: number[]) => l.map((x) => x.toFixed(2)).join(' ');
console.log(
  `machine: ${cpus().length} CPUs, load average ${la(loadBefore)} before, ${la(loadAfter)} after; pinning: ${tasksetAvailable() ? `servers on core ${SERVER_CORE}, sandbox + load generator on core ${DRIVER_CORE}` : 'none (no taskset)'}`,
);
console.log(`busiest processes at the start (ps):\n  ${othersBefore.slice(0, 6).join('\n  ')}`);
console.log('\ntargets:');
for (const t of targets) console.log(`  ${t.pass ? '✓' : '✗'} ${t.name}: ${t.value}`);
const failed = targets.filter((t) => !t.pass).length;
console.log(failed === 0 ? '\nall targets met' : `\n${failed} of ${targets.length} target(s) missed`);

mkdirSync('bench/results', { recursive: true });
writeFileSync(
  'bench/results/latest.json',
  `${JSON.stringify(
    {
      date: startedAt.toISOString(),
      durationSeconds: Math.round((Date.now() - startedAt.getTime()) / 1000),
      node: process.version,
      cpus: cpus().length,
      loadavgBefore: loadBefore,
      loadavgAfter: loadAfter,
      otherProcessesBefore: othersBefore,
      otherProcessesAfter: othersAfter,
      quick,
      soakMinutes,
      taskset: tasksetAvailable(),
      notes,
      commands: {
        project: { script: project.script, argv: project.argv, pinnedCore: SERVER_CORE },
        baseline: { argv: baselineCommand(), pinnedCore: SERVER_CORE },
        sandbox: { argv: sandboxCommand(), pinnedCore: DRIVER_CORE },
        driverCore: DRIVER_CORE,
      },
      data: { senders: data.senderIds.length, verified: data.verified, withFeatures: data.withFeatures },
      cells,
      memory,
      soak,
      logLines,
      outputTails,
      sameAnswers,
      answerProblems: Object.fromEntries(
        (['project', 'baseline'] as const).map((k) => [
          k,
          Object.fromEntries(Object.entries(answers[k]).map(([w, a]) => [w, a?.problem ?? null])),
        ]),
      ),
      targets,
      pass: failed === 0,
    },
    null,
    2,
  )}\n`,
);
process.exit(failed === 0 ? 0 : 1);
