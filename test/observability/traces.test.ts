// OpenTelemetry traces end to end: the real server process exports to a real OTLP/HTTP receiver (JSON over
// HTTP, decoded by the test), its upstream behind a recorder that keeps the headers of every request. One
// server runs with a batch delay longer than the test, so every span it exported came with the shutdown's
// flush; two more run with tracing off (no OTEL_* at all; OTEL_SDK_DISABLED=true beside the receiver's URL).
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../../src/sandbox/index.ts';
import { DEMO_AUTH } from '../support/credentials.ts';
import { type OtlpReceiver, type ReceivedSpan, startOtlpReceiver } from '../support/otlp-receiver.ts';
import { startTracedServer, type TracedServer } from '../support/traced-server.ts';

const SERVER = 2;
const CLIENT = 3;
const LIST_ROUTE = '/v1/projects/{projectId}/rcs/senders';
const LIST = 'RcsSendersController_listSenders_v1';

const DASHBOARD = `query DashboardSenders($projectId: ID!) {
  project(id: $projectId) {
    rcsSenders(first: 10) { nodes { id testNumbers { number capabilities { __typename } } } }
  }
}`;
const RETRIED = `query RetriedList($projectId: ID!) { project(id: $projectId) { rcsSenders(first: 1) { totalCount } } }`;
const REFRESHED = `query RefreshedToken($projectId: ID!) { project(id: $projectId) { rcsSenders(first: 1) { totalCount } } }`;

const hex = (bytes: number) =>
  Array.from({ length: bytes }, () =>
    Math.floor(Math.random() * 256)
      .toString(16)
      .padStart(2, '0'),
  ).join('');
const incoming = () => ({ traceId: hex(16), spanId: hex(8) });

async function query(url: string, document: string, traceparent?: string) {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(traceparent ? { traceparent } : {}),
    },
    body: JSON.stringify({ query: document, variables: { projectId: DEMO.projectId } }),
  });
  return { status: res.status, body: (await res.json()) as { data?: unknown; errors?: unknown[] } };
}

async function fault(sandboxUrl: string, rule: Record<string, unknown>) {
  const res = await fetch(`${sandboxUrl}/_sandbox/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ rules: [rule] }),
  });
  if (!res.ok) throw new Error(`faults answered ${res.status}`);
}

const traceparentOf = (headers: Record<string, unknown>) => headers.traceparent as string | undefined;

describe('traces, with OTEL_EXPORTER_OTLP_ENDPOINT', () => {
  let receiver: OtlpReceiver;
  let server: TracedServer;
  const dashboard = incoming();
  const retried = incoming();
  const refreshed = incoming();
  const answers: Record<string, Awaited<ReturnType<typeof query>>> = {};
  let beforeShutdown = -1;
  let exitCode: number | null = null;

  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    server = await startTracedServer({
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      OTEL_SERVICE_NAME: 'rcs-graphql-under-test',
      // Longer than the test: what arrives was flushed by the shutdown.
      OTEL_BSP_SCHEDULE_DELAY: '600000',
    });
    answers.dashboard = await query(server.url, DASHBOARD, `00-${dashboard.traceId}-${dashboard.spanId}-01`);
    await fault(server.sandbox.url, { match: { operationId: LIST }, status: 503, times: 1 });
    answers.retried = await query(server.url, RETRIED, `00-${retried.traceId}-${retried.spanId}-01`);
    await fault(server.sandbox.url, { match: { operationId: LIST }, status: 401, times: 1 });
    answers.refreshed = await query(server.url, REFRESHED, `00-${refreshed.traceId}-${refreshed.spanId}-01`);
    beforeShutdown = receiver.posts.length;
    exitCode = await server.stop();
  }, 60_000);
  afterAll(async () => {
    await server?.kill();
    await receiver?.close();
  });

  const ofTrace = (traceId: string) => receiver.spans.filter((s) => s.traceId === traceId);
  const one = (spans: ReceivedSpan[], name: string) => {
    const found = spans.filter((s) => s.name === name);
    expect(found.map((s) => s.name)).toEqual([name]);
    return found[0] as ReceivedSpan;
  };

  it('exports OTLP/HTTP JSON to /v1/traces, flushed by the SIGTERM shutdown', () => {
    expect(answers.dashboard?.body.errors).toBeUndefined();
    expect(beforeShutdown).toBe(0);
    expect(exitCode).toBe(0);
    expect(receiver.posts.length).toBeGreaterThan(0);
    for (const post of receiver.posts) {
      expect(post.path).toBe('/v1/traces');
      expect(post.contentType).toMatch(/^application\/json/);
    }
    expect(receiver.spans[0]?.resource['service.name']).toBe('rcs-graphql-under-test');
  });

  it('the operation span continues the incoming traceparent: its trace, the caller span as parent', () => {
    const spans = ofTrace(dashboard.traceId);
    const op = one(spans, 'query DashboardSenders');
    expect(op.kind).toBe(SERVER);
    expect(op.parentSpanId).toBe(dashboard.spanId);
    expect(op.attributes).toEqual({
      'graphql.operation.name': 'DashboardSenders',
      'graphql.operation.type': 'query',
      'graphql.document.hash': createHash('sha256').update(DASHBOARD).digest('hex'),
    });
  });

  it('a span per call of a resolver that waits on the upstream, children of the operation span', () => {
    const spans = ofTrace(dashboard.traceId);
    const op = one(spans, 'query DashboardSenders');
    const list = one(spans, 'Project.rcsSenders');
    expect(list.parentSpanId).toBe(op.spanId);
    expect(list.attributes).toEqual({
      'graphql.field.name': 'rcsSenders',
      'graphql.field.parent_type': 'Project',
    });
    const capabilities = spans.filter((s) => s.name === 'RcsTestNumber.capabilities');
    expect(capabilities.length).toBeGreaterThan(1);
    for (const s of capabilities) expect(s.parentSpanId).toBe(op.spanId);
    // Trivial resolvers (no upstream call of their own) get no span.
    expect(spans.filter((s) => /^(RcsSender|Project)\.(id|testNumbers|nodes)$/.test(s.name))).toEqual([]);
    expect(spans.some((s) => s.name === 'Query.project')).toBe(false);
  });

  it('a CLIENT span per upstream attempt, child of the resolver span, named by the route template', () => {
    const spans = ofTrace(dashboard.traceId);
    const list = one(spans, 'Project.rcsSenders');
    const listCall = one(spans, `GET ${LIST_ROUTE}`);
    expect(listCall.kind).toBe(CLIENT);
    expect(listCall.parentSpanId).toBe(list.spanId);
    const port = Number(new URL(server.upstream.url).port);
    expect(listCall.attributes).toEqual({
      'http.request.method': 'GET',
      'url.template': LIST_ROUTE,
      'http.response.status_code': 200,
      'server.address': '127.0.0.1',
      'server.port': port,
    });
    const resolverIds = new Set(
      spans.filter((s) => s.name === 'RcsTestNumber.capabilities').map((s) => s.spanId),
    );
    const capabilityCalls = spans.filter((s) => s.kind === CLIENT && s.name !== `GET ${LIST_ROUTE}`);
    expect(capabilityCalls.length).toBeGreaterThan(0);
    for (const call of capabilityCalls) {
      expect(call.name).toMatch(/^GET \/v1\/projects\/\{projectId\}\/rcs\/senders\/\{senderId\}\//);
      expect(resolverIds.has(call.parentSpanId)).toBe(true);
      expect(call.attributes['url.template']).toBe(call.name.slice(4));
    }
  });

  it('every upstream request carried a traceparent of the same trace, naming its CLIENT span', () => {
    const clients = new Map(receiver.spans.filter((s) => s.kind === CLIENT).map((s) => [s.spanId, s]));
    const apiCalls = server.upstream.requests.filter((r) => r.path.startsWith('/v1/'));
    expect(apiCalls.length).toBe(clients.size);
    for (const r of apiCalls) {
      const match = /^00-([0-9a-f]{32})-([0-9a-f]{16})-01$/.exec(traceparentOf(r.headers) ?? '');
      expect(match, `traceparent of ${r.method} ${r.path}`).not.toBeNull();
      const span = clients.get(match?.[2] ?? '');
      expect(span?.traceId).toBe(match?.[1]);
      expect([dashboard.traceId, retried.traceId, refreshed.traceId]).toContain(match?.[1]);
    }
    const dashboardCalls = apiCalls.filter((r) => traceparentOf(r.headers)?.includes(dashboard.traceId));
    expect(dashboardCalls.length).toBe(ofTrace(dashboard.traceId).filter((s) => s.kind === CLIENT).length);
  });

  it('a retried call: one CLIENT span per attempt under the same resolver span, the failed one marked', () => {
    expect(answers.retried?.body.errors).toBeUndefined();
    const spans = ofTrace(retried.traceId);
    const resolver = one(spans, 'Project.rcsSenders');
    const attempts = spans.filter((s) => s.kind === CLIENT);
    expect(attempts.map((s) => s.attributes['http.response.status_code']).sort()).toEqual([200, 503]);
    for (const a of attempts) expect(a.parentSpanId).toBe(resolver.spanId);
    const failed = attempts.find((s) => s.attributes['http.response.status_code'] === 503);
    expect(failed?.attributes['error.type']).toBe('503');
    expect(failed?.status.code).toBe(2);
    expect(failed?.attributes['http.request.resend_count']).toBeUndefined();
    const retry = attempts.find((s) => s.attributes['http.response.status_code'] === 200);
    expect(retry?.attributes['http.request.resend_count']).toBe(1);
  });

  it('the repeat after a refreshed token counts as a resend (http.request.resend_count 1)', () => {
    expect(answers.refreshed?.body.errors).toBeUndefined();
    const attempts = ofTrace(refreshed.traceId).filter((s) => s.kind === CLIENT);
    expect(attempts.map((s) => s.attributes['http.response.status_code'])).toEqual([401, 200]);
    expect(attempts.map((s) => s.attributes['http.request.resend_count'])).toEqual([undefined, 1]);
  });

  it('no span carries an id, a phone number, a credential or the document text', () => {
    const templates = new Set(
      receiver.spans.flatMap((s) => String(s.attributes['url.template'] ?? '').split('/')),
    );
    // The concrete path segments the upstream saw that no template has: the ids.
    const ids = new Set(
      server.upstream.requests.flatMap((r) => r.path.split('/')).filter((seg) => seg && !templates.has(seg)),
    );
    expect(ids).toContain(DEMO.projectId);
    expect(ids.size).toBeGreaterThan(3);
    const authorizations = server.upstream.requests.map((r) => String(r.headers.authorization ?? ''));
    const secrets = [...ids, DEMO.keyId, DEMO.keySecret, DEMO_AUTH, ...authorizations.filter(Boolean)];
    const text = JSON.stringify(receiver.spans);
    for (const secret of secrets) expect(text.includes(secret), secret).toBe(false);
    expect(text).not.toMatch(/\+\d{6,}/);
    expect(text).not.toContain('rcsSenders(first');
    const data = JSON.stringify(answers.dashboard?.body.data);
    const globalIds = [...data.matchAll(/"id":"([^"]+)"/g)].map((m) => m[1] as string);
    expect(globalIds.length).toBeGreaterThan(1);
    for (const id of globalIds) expect(text).not.toContain(id);
    for (const number of data.match(/\+\d{6,}/g) ?? []) expect(text).not.toContain(number);
    expect(data).toMatch(/\+\d{6,}/);
  });
});

describe.each([
  ['no OTEL_* variable at all', false],
  ['OTEL_SDK_DISABLED=true beside an endpoint', true],
])('traces off: %s', (_title, withEndpoint) => {
  let receiver: OtlpReceiver;
  let server: TracedServer;
  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    server = await startTracedServer(
      withEndpoint
        ? {
            OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
            OTEL_SDK_DISABLED: 'true',
            OTEL_BSP_SCHEDULE_DELAY: '10',
          }
        : {},
    );
  }, 60_000);
  afterAll(async () => {
    await server?.kill();
    await receiver?.close();
  });

  it('exports nothing, and upstream calls carry no traceparent even when the request had one', async () => {
    const { traceId, spanId } = incoming();
    const answer = await query(server.url, DASHBOARD, `00-${traceId}-${spanId}-01`);
    expect(answer.body.errors).toBeUndefined();
    const apiCalls = server.upstream.requests.filter((r) => r.path.startsWith('/v1/'));
    expect(apiCalls.length).toBeGreaterThan(1);
    for (const r of apiCalls) {
      expect(r.headers.traceparent).toBeUndefined();
      expect(r.headers.tracestate).toBeUndefined();
    }
    expect(await server.stop()).toBe(0);
    expect(receiver.posts).toEqual([]);
  });
});
