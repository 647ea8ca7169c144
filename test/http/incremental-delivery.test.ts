// Incremental delivery (@defer, @stream; GraphQL over HTTP as multipart/mixed and text/event-stream) against
// the real server over HTTP, with the validated sandbox behind an upstream that holds the per-number
// capability lookups until the test releases them: the sender list is proven to arrive while every lookup
// is still held (an order, not a timing), and the capabilities after the release. The project's own
// plugins hold for deferred and streamed parts: the upstream-call estimate and the runtime call budget,
// `extensions.cost` (on the last payload), the request deadline, the error mapping, the request log (one
// line, written when the last payload is sent), the document limits, CSRF and CORS.
import { printSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../../src/sandbox/index.ts';
import { schema } from '../../src/schema/index.ts';
import { type RunningServer, startServer } from '../../src/server.ts';
import { DEMO_AUTH } from '../support/credentials.ts';
import { type HeldUpstream, startHeldUpstream } from '../support/held-upstream.ts';
import {
  type GraphQLErrorJson,
  mergePayloads,
  type Payload,
  postIncremental,
  type Transport,
} from '../support/incremental.ts';
import { captureLog, type LogCapture } from '../support/log-capture.ts';
import { startValidatedSandbox, type ValidatedSandbox } from '../support/sandbox.ts';

const P = DEMO.projectId;
const AUTH = { authorization: DEMO_AUTH };
const isCapabilities = (url: string) => url.split('?')[0]?.endsWith('/capabilities') ?? false;

// The dashboard: the sender list at once, each number's live capabilities when they come.
const SENDERS = 10;
const dashboard = (defer: boolean) => `query Dashboard {
  project(id: "${P}") {
    rcsSenders(first: ${SENDERS}) {
      nodes {
        id
        brand { name }
        testNumbers {
          number
          ${defer ? '... @defer(label: "capabilities") {' : ''}
            capabilities { __typename ... on RcsCapabilities { features } }
          ${defer ? '}' : ''}
        }
      }
    }
  }
}`;

type Sender = { id: string; testNumbers: { number: string; capabilities?: unknown }[] };
const nodesOf = (data: unknown) =>
  (data as { project: { rcsSenders: { nodes: Sender[] } } }).project.rcsSenders.nodes;

let sandbox: ValidatedSandbox;
let upstream: HeldUpstream;
/** Default limits and deadline. */
let server: RunningServer;
/** A small call budget and a short deadline. */
let tight: RunningServer;
let log: LogCapture;
let holdCapabilities = false;
let baseline: { data: Record<string, unknown>; errors?: unknown[] };
/** (sender, number) pairs of the dashboard: one capability lookup each. */
let lookups = 0;

const TIGHT_BUDGET = 4;
const TIGHT_DEADLINE_MS = 1500;

async function sandboxApi(method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(`${sandbox.url}${path}`, {
    method,
    headers: { ...AUTH, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}`);
  return (await res.json()) as Record<string, unknown>;
}

async function postJson(url: string, query: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...AUTH, ...headers },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, body: (await res.json()) as Payload };
}

/** Answers every capability lookup held now (the upstream keeps holding later ones while holdCapabilities). */
function releaseHeld(): void {
  for (const _ of upstream.held()) void upstream.releaseOldest();
}

const requestLines = () => log.lines().filter((l) => l.msg === 'request');

beforeAll(async () => {
  sandbox = await startValidatedSandbox({ seed: 'demo' });
  upstream = await startHeldUpstream({
    target: sandbox.url,
    hold: (req) => holdCapabilities && isCapabilities(req.url),
  });
  const config = { port: 0, sinchApiUrl: upstream.url, credentials: undefined, logLevel: 'silent' } as const;
  server = await startServer({ env: {}, config });
  tight = await startServer({
    env: {},
    config: { ...config, requestDeadlineMs: TIGHT_DEADLINE_MS, limits: { maxUpstreamCalls: TIGHT_BUDGET } },
  });
  log = captureLog();
  baseline = (await postJson(server.url, dashboard(false))).body as typeof baseline;
  lookups = nodesOf(baseline.data).reduce((n, s) => n + s.testNumbers.length, 0);
}, 30_000);

afterAll(async () => {
  log?.stop();
  await tight?.close();
  await server?.close();
  await upstream?.close();
  expect(sandbox.problems()).toEqual([]);
  await sandbox?.close();
});

it('the demo dashboard has senders with test numbers, and every capability resolves without @defer', () => {
  expect(baseline.errors).toBeUndefined();
  expect(nodesOf(baseline.data).length).toBeGreaterThan(1);
  expect(lookups).toBeGreaterThan(0);
  for (const sender of nodesOf(baseline.data))
    for (const n of sender.testNumbers) expect(n.capabilities).not.toBeNull();
});

describe.each<Transport>(['multipart', 'sse'])('@defer over %s', (transport) => {
  it('the sender list arrives while every capability lookup is held; the capabilities follow the release', async () => {
    holdCapabilities = true;
    const lines = requestLines().length;
    const before = upstream.received.length;
    try {
      const res = await postIncremental(server.url, transport, { query: dashboard(true) }, AUTH);
      expect(res.response.status).toBe(200);
      expect(res.response.headers.get('content-type')).toContain(
        transport === 'sse' ? 'text/event-stream' : 'multipart/mixed',
      );
      const first = (await res.next()) as Payload;
      // Every lookup has gone out and none has been answered: the first payload cannot have waited on one.
      await upstream.until(() => upstream.held().length === lookups);
      expect(upstream.received.slice(before).filter((r) => !isCapabilities(r.url))).toHaveLength(1);
      expect(first.hasNext).toBe(true);
      expect(first.errors).toBeUndefined();
      const senders = nodesOf(first.data);
      expect(senders.map((s) => s.id)).toEqual(nodesOf(baseline.data).map((s) => s.id));
      expect(senders.flatMap((s) => s.testNumbers.map((n) => Object.keys(n)))).toEqual(
        Array(lookups).fill(['number']),
      );
      // The request is not over, so it is not logged yet.
      expect(requestLines()).toHaveLength(lines);

      releaseHeld();
      const rest = await res.rest();
      const increments = rest.flatMap((p) => p.incremental ?? []);
      expect(increments).toHaveLength(lookups);
      for (const part of increments) {
        expect(part.label).toBe('capabilities');
        expect(part.path).toEqual([
          'project',
          'rcsSenders',
          'nodes',
          expect.any(Number),
          'testNumbers',
          expect.any(Number),
        ]);
        expect(Object.keys(part.data ?? {})).toEqual(['capabilities']);
      }
      expect(rest.at(-1)?.hasNext).toBe(false);
      // Merged, the payloads are the non-deferred answer.
      expect(mergePayloads([first, ...rest])).toEqual({ data: baseline.data, errors: [] });

      // extensions.cost comes with the last payload, once every deferred part has spent its calls.
      expect(first.extensions).toBeUndefined();
      expect(rest.at(-1)?.extensions?.cost).toEqual({
        estimated: 1 + SENDERS * 3,
        actual: 1 + lookups,
        budget: 250,
      });
      // One log line, written at the end, with every call the deferred parts made.
      await expect.poll(() => requestLines().length).toBe(lines + 1);
      expect(requestLines().at(-1)).toMatchObject({
        operationName: 'Dashboard',
        status: 200,
        upstreamCalls: 1 + lookups,
      });
    } finally {
      holdCapabilities = false;
      releaseHeld();
    }
  });
});

describe('@stream on a connection', () => {
  const list = (stream: boolean) =>
    `{ project(id: "${P}") { rcsSenders(first: 5) { totalCount nodes ${stream ? '@stream(initialCount: 1)' : ''} { id state brand { name } } } } }`;

  it.each<Transport>(['multipart', 'sse'])(
    'over %s: the first node, then the rest as incremental items; merged, the non-streamed answer',
    async (transport) => {
      const plain = await postJson(server.url, list(false));
      expect(plain.body.errors).toBeUndefined();
      const all = nodesOf(plain.body.data);
      expect(all).toHaveLength(5);
      const res = await postIncremental(server.url, transport, { query: list(true) }, AUTH);
      const first = (await res.next()) as Payload;
      expect(first.hasNext).toBe(true);
      expect(nodesOf(first.data)).toEqual(all.slice(0, 1));
      const rest = await res.rest();
      const items = rest.flatMap((p) => p.incremental ?? []);
      expect(items.flatMap((i) => i.items)).toEqual(all.slice(1));
      items.forEach((item, i) => {
        expect(item.path).toEqual(['project', 'rcsSenders', 'nodes', i + 1]);
      });
      expect(rest.at(-1)?.hasNext).toBe(false);
      expect(mergePayloads([first, ...rest])).toEqual({ data: plain.body.data, errors: [] });
      // One upstream call (the page) either way.
      expect(rest.at(-1)?.extensions?.cost).toMatchObject({ actual: 1 });
    },
  );
});

describe('limits hold for deferred documents', () => {
  it('an estimate over MAX_UPSTREAM_CALLS is refused before any call, as without @defer', async () => {
    // 100 senders × 3 expected test numbers + 1 page: 301 calls, the budget is 250.
    const big = (defer: boolean) =>
      `{ project(id: "${P}") { rcsSenders(first: 100) { nodes { testNumbers { number ${defer ? '... @defer {' : ''} capabilities { __typename } ${defer ? '}' : ''} } } } } }`;
    const before = upstream.received.length;
    const plain = await postJson(server.url, big(false));
    const res = await postIncremental(server.url, 'multipart', { query: big(true) }, AUTH);
    const payloads = await res.rest();
    expect(upstream.received.length).toBe(before);
    expect(plain.status).toBe(400);
    expect(res.response.status).toBe(plain.status);
    expect(payloads).toEqual([plain.body]);
    expect(plain.body.errors?.[0]?.extensions).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      limit: 'upstream calls',
    });
    expect(plain.body.extensions?.cost).toEqual({ estimated: 301, actual: 0, budget: 250 });
  });

  it('the directives limit counts @defer like any directive (51 > 50): refused before execution', async () => {
    const nested = `{ project(id: "${P}") { ${'... @defer { '.repeat(51)} id ${'} '.repeat(51)} } }`;
    const before = upstream.received.length;
    const res = await postIncremental(server.url, 'multipart', { query: nested }, AUTH);
    expect(res.response.status).toBe(400);
    expect((await res.rest())[0]?.errors?.[0]?.extensions).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      limit: 'directives',
    });
    expect(upstream.received.length).toBe(before);
  });
});

describe('the call budget and the deadline of a deferred part', () => {
  let senderId = '';
  const numbers = Array.from({ length: TIGHT_BUDGET + 2 }, (_, i) => `+4670200${String(i).padStart(4, '0')}`);
  const one = (defer: boolean) =>
    `query One { project(id: "${P}") { rcsSender(id: "${senderId}") { id testNumbers { number ${defer ? '... @defer {' : ''} capabilities { __typename } ${defer ? '}' : ''} } } } }`;

  beforeAll(async () => {
    const created = await sandboxApi('POST', `/v1/projects/${P}/rcs/senders`, {
      region: 'EU',
      billingCategory: 'CONVERSATIONAL',
      useCase: 'OTP',
    });
    senderId = created.id as string;
    await sandboxApi('POST', `/v1/projects/${P}/rcs/senders/${senderId}/testNumbers`, {
      testNumbers: numbers,
    });
    await sandboxApi('POST', '/_sandbox/advance', { steps: 1 });
  });

  it('budget + 1 fails in the deferred part with UPSTREAM_BUDGET_EXCEEDED, exactly as without @defer', async () => {
    // Estimated 1 + 3 = 4 calls (the budget), but the sender has 6 numbers: 1 GET + 3 lookups, then refused.
    const strip = (errors: GraphQLErrorJson[]) =>
      errors
        .map(({ locations: _l, ...rest }) => rest)
        .sort((a, b) => String(a.path).localeCompare(String(b.path)));
    const plain = await postJson(tight.url, one(false));
    const before = upstream.received.length;
    const lines = requestLines().length;
    const res = await postIncremental(tight.url, 'multipart', { query: one(true) }, AUTH);
    const payloads = await res.rest();
    expect(upstream.received.length - before).toBe(TIGHT_BUDGET);
    const merged = mergePayloads(payloads);
    expect(merged.data).toEqual(plain.body.data);
    expect(merged.errors).toHaveLength(numbers.length - (TIGHT_BUDGET - 1));
    expect(strip(merged.errors)).toEqual(strip(plain.body.errors ?? []));
    expect(merged.errors[0]?.extensions).toEqual({ code: 'UPSTREAM_BUDGET_EXCEEDED', budget: TIGHT_BUDGET });
    // The first payload carried no error: the budget ran out in the deferred parts.
    expect(payloads[0]?.errors).toBeUndefined();
    expect(payloads.at(-1)?.extensions?.cost).toEqual({
      estimated: TIGHT_BUDGET,
      actual: TIGHT_BUDGET,
      budget: TIGHT_BUDGET,
    });
    await expect.poll(() => requestLines().length).toBe(lines + 1);
    expect(requestLines().at(-1)).toMatchObject({ operationName: 'One', upstreamCalls: TIGHT_BUDGET });
  });

  it('a deferred lookup still waiting at the request deadline fails with UPSTREAM_TIMEOUT', async () => {
    holdCapabilities = true;
    try {
      const started = Date.now();
      const res = await postIncremental(tight.url, 'sse', { query: one(true) }, AUTH);
      const first = (await res.next()) as Payload;
      expect(first.hasNext).toBe(true);
      // Never released: the deadline ends the lookups.
      const rest = await res.rest();
      expect(Date.now() - started).toBeGreaterThanOrEqual(TIGHT_DEADLINE_MS - 50);
      const codes = mergePayloads([first, ...rest]).errors.map((e) => e.extensions?.code);
      // The budget's 3 lookups were held past the deadline; the other 3 numbers were over the budget.
      expect(codes.filter((c) => c === 'UPSTREAM_TIMEOUT')).toHaveLength(TIGHT_BUDGET - 1);
      expect(codes.filter((c) => c === 'UPSTREAM_BUDGET_EXCEEDED')).toHaveLength(
        numbers.length - (TIGHT_BUDGET - 1),
      );
      expect(rest.at(-1)?.hasNext).toBe(false);
    } finally {
      holdCapabilities = false;
      releaseHeld();
    }
  });
});

it('an upstream fault in a deferred part is mapped as without @defer (code, message, no upstream detail)', async () => {
  const CAPS = 'RcsSendersController_getTestNumberCapabilities_v1';
  const inject = () =>
    sandboxApi('POST', '/_sandbox/faults', {
      rules: [{ match: { operationId: CAPS }, status: 403, times: 1 }],
    });
  const single = (defer: boolean) =>
    `{ project(id: "${P}") { rcsSenders(first: 1) { nodes { testNumbers { number ${defer ? '... @defer {' : ''} capabilities { __typename } ${defer ? '}' : ''} } } } } }`;
  const nodes = nodesOf(baseline.data);
  expect(nodes[0]?.testNumbers.length).toBe(1);
  try {
    await inject();
    const plain = await postJson(server.url, single(false));
    await inject();
    const res = await postIncremental(server.url, 'multipart', { query: single(true) }, AUTH);
    const payloads = await res.rest();
    const deferred = payloads.flatMap((p) => p.incremental ?? []).flatMap((i) => i.errors ?? []);
    expect(plain.body.errors).toHaveLength(1);
    expect(deferred).toHaveLength(1);
    const { locations: _a, ...want } = (plain.body.errors ?? [])[0] as GraphQLErrorJson;
    const { locations: _b, ...got } = deferred[0] as GraphQLErrorJson;
    expect(got).toEqual(want);
    expect(typeof got.extensions?.code).toBe('string');
    expect(got.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
  } finally {
    await fetch(`${sandbox.url}/_sandbox/faults`, { method: 'DELETE' });
  }
});

describe('HTTP: CSRF, CORS, a client that cannot take a stream', () => {
  const q = `query Csrf { project(id: "${P}") { id ... @defer { rcsSenders(first: 1) { totalCount } } } }`;

  it('a GET event stream without the CSRF header is refused before execution; with it, it streams', async () => {
    const url = `${server.url}?query=${encodeURIComponent(q)}`;
    const before = upstream.received.length;
    const refused = await fetch(url, { headers: { ...AUTH, accept: 'text/event-stream' } });
    expect(refused.status).toBe(403);
    await refused.body?.cancel();
    expect(upstream.received.length).toBe(before);
    const ok = await fetch(url, {
      headers: { ...AUTH, accept: 'text/event-stream', 'x-graphql-csrf': '1' },
    });
    expect(ok.status).toBe(200);
    const text = await ok.text();
    expect(text).toContain('"hasNext":true');
    expect(text).toContain('"totalCount"');
    expect(text).toContain('event: complete');
  });

  it('a browser origin gets its CORS headers on the multipart response', async () => {
    const origin = 'http://localhost:5173';
    const res = await postIncremental(server.url, 'multipart', { query: q }, { ...AUTH, origin });
    expect(res.response.headers.get('access-control-allow-origin')).toBe(origin);
    expect(res.response.headers.get('vary')).toContain('Origin');
    expect((await res.rest()).at(-1)?.hasNext).toBe(false);
    const other = await postIncremental(
      server.url,
      'multipart',
      { query: q },
      { ...AUTH, origin: 'https://evil.example' },
    );
    expect(other.response.headers.get('access-control-allow-origin')).toBeNull();
    await other.rest();
  });

  it('a deferred document from a JSON-only client: 406, its execution ended and its request logged', async () => {
    const lines = requestLines().length;
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { ...AUTH, 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: q }),
    });
    expect(res.status).toBe(406);
    expect(res.headers.get('accept')).toContain('multipart/mixed');
    await expect.poll(() => requestLines().length).toBe(lines + 1);
    expect(requestLines().at(-1)).toMatchObject({ operationName: 'Csrf', status: 406 });
  });
});

describe('the schema', () => {
  it('the served schema has @defer and @stream; src/schema (schema.graphql, subgraph.graphql) does not', async () => {
    const res = await postJson(server.url, '{ __schema { directives { name } } }');
    const names = (res.body.data as { __schema: { directives: { name: string }[] } }).__schema.directives.map(
      (d) => d.name,
    );
    expect(names).toEqual(expect.arrayContaining(['defer', 'stream', 'include', 'skip']));
    expect(printSchema(schema)).not.toMatch(/directive @(defer|stream)/);
    expect(schema.getDirective('defer')).toBeUndefined();
  });
});
