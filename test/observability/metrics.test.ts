// Prometheus /metrics on the real server (startServer over HTTP, the validated sandbox as upstream): the
// GraphQL operation metrics of @graphql-yoga/plugin-prometheus, the upstream client's metrics (by path
// template and status), sharing, retries, the breaker, webhook deliveries, open subscriptions, process
// metrics; nothing identifying in any label; METRICS=false and METRICS_PORT.
import { register as globalRegistry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.ts';
import { DEMO, seedSenderId } from '../../src/sandbox/index.ts';
import { DEMO_AUTH } from '../support/credentials.ts';
import { sseSubscribe, until } from '../support/events.ts';
import { type FaultHarness, startFaultHarness } from '../support/fault-harness.ts';
import { scrape } from '../support/prometheus.ts';
import { addSecret } from '../support/secrets.ts';
import { deliver } from '../support/webhooks.ts';

const P = DEMO.projectId;
const LIST = 'RcsSendersController_listSenders_v1';
const GET = 'RcsSendersController_getSender_v1';
const SENDERS_ROUTE = '/v1/projects/{projectId}/rcs/senders';
const SENDER_ROUTE = '/v1/projects/{projectId}/rcs/senders/{senderId}';
const CAPABILITIES_ROUTE =
  '/v1/projects/{projectId}/rcs/senders/{senderId}/testNumbers/{testNumber}/capabilities';
const WEBHOOK_SECRET = 'metrics-test-webhook-secret-4f1c9a';
addSecret(WEBHOOK_SECRET);

const DASHBOARD = `query DashboardSenders {
  project(id: "${P}") {
    rcsSenders(first: 20) {
      nodes { id testNumbers { number capabilities { __typename } } }
    }
  }
}`;
const SENDER = seedSenderId(P, 'draft-minimal');
const READ_ONE = `query OneSender { project(id: "${P}") { rcsSender(id: "${SENDER}") { id countries } } }`;

type Nodes = { id: string; testNumbers: { number: string }[] }[];

describe('/metrics on the GraphQL port (default)', () => {
  let h: FaultHarness;
  const seen = { senderIds: new Set<string>(), numbers: new Set<string>() };
  const metricsUrl = () => h.server.metricsUrl as string;

  beforeAll(async () => {
    h = await startFaultHarness({ webhookSecrets: [WEBHOOK_SECRET] });
  });
  afterAll(async () => {
    await h.close();
    expect(h.sandbox.problems()).toEqual([]);
  });

  it('after a query reading senders and capabilities: the operation counter, upstream counters by template and status, histogram buckets', async () => {
    expect(metricsUrl()).toBe(h.server.url.replace(/\/graphql$/, '/metrics'));
    const answer = await h.query(DASHBOARD);
    expect(answer.errors).toEqual([]);
    const nodes = (answer.data as { project: { rcsSenders: { nodes: Nodes } } }).project.rcsSenders.nodes;
    expect(nodes.length).toBeGreaterThan(1);
    for (const n of nodes) {
      seen.senderIds.add(n.id);
      seen.senderIds.add(Buffer.from(n.id, 'base64').toString('utf8').split(':').pop() as string);
      for (const t of n.testNumbers) seen.numbers.add(t.number);
    }
    expect(seen.numbers.size).toBeGreaterThan(0);

    const m = await scrape(metricsUrl());
    expect(m.status).toBe(200);
    expect(m.contentType).toMatch(/^text\/plain; version=0\.0\.4/);
    const op = { operationName: 'DashboardSenders', operationType: 'query' };
    expect(m.value('graphql_envelop_request', { ...op, outcome: 'ok' })).toBe(1);
    expect(m.value('graphql_envelop_request_duration_count', op)).toBe(1);
    for (const phase of ['parse', 'validate', 'context', 'execute'])
      expect(m.value(`graphql_envelop_phase_${phase}_count`, op), phase).toBe(1);
    expect(m.value('graphql_yoga_http_duration_count', { ...op, method: 'POST', statusCode: '200' })).toBe(1);

    const calls = (route: string) =>
      m.value('sinch_upstream_requests_total', { route, method: 'GET', status: '200' });
    expect(calls(SENDERS_ROUTE)).toBe(1);
    // One capabilities call per test number (answered 200, or 4xx for one not verified): as many as the
    // sandbox counted.
    expect(calls(CAPABILITIES_ROUTE)).toBeGreaterThan(0);
    const capabilityCalls = m.find('sinch_upstream_requests_total', { route: CAPABILITIES_ROUTE });
    expect(capabilityCalls.reduce((sum, s) => sum + s.value, 0)).toBe(
      await h.calls('RcsSendersController_getTestNumberCapabilities_v1'),
    );
    for (const s of capabilityCalls) expect(s.labels.status).toMatch(/^\d{3}$/);
    // Histogram: cumulative buckets ending in +Inf = the count.
    const buckets = m.find('sinch_upstream_request_duration_seconds_bucket', { route: SENDERS_ROUTE });
    expect(buckets.length).toBeGreaterThan(5);
    expect(buckets.at(-1)?.labels.le).toBe('+Inf');
    expect(buckets.at(-1)?.value).toBe(1);
    expect(m.value('sinch_upstream_request_duration_seconds_count', { route: SENDERS_ROUTE })).toBe(1);
    // Route labels are templates only.
    for (const s of m.find('sinch_upstream_requests_total'))
      expect(s.labels.route).toMatch(/^\/v1\/projects\/\{projectId\}/);
    expect(m.value('sinch_upstream_inflight')).toBe(0);
    expect(m.value('sinch_upstream_breaker_open', { origin: new URL(h.sandbox.url).origin })).toBe(0);
    // Node process metrics on the same registry.
    expect(m.value('process_cpu_seconds_total')).toBeGreaterThan(0);
    expect(m.find('nodejs_heap_size_used_bytes')).toHaveLength(1);
  });

  it('an anonymous operation gets a fixed label; a made-up operationName never becomes one', async () => {
    expect((await h.query(`{ project(id: "${P}") { rcsSenders(first: 1) { totalCount } } }`)).errors).toEqual(
      [],
    );
    const res = await fetch(h.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: DEMO_AUTH },
      body: JSON.stringify({ query: '{ __typename }', operationName: 'NoSuchOperation' }),
    });
    expect((await res.json()).errors?.length).toBe(1);
    const m = await scrape(metricsUrl());
    expect(m.value('graphql_envelop_request', { operationName: 'Anonymous', outcome: 'ok' })).toBe(1);
    expect(m.text).not.toContain('NoSuchOperation');
  });

  it('concurrent identical requests share one upstream GET: sinch_upstream_shared_total', async () => {
    const before = (await scrape(metricsUrl())).value('sinch_upstream_shared_total');
    expect(before).toBe(0);
    // The first GET is slow: the other four arrive while it is in flight and join it.
    await h.inject({ match: { operationId: GET }, latencyMs: 600, times: 1 });
    const answers = await Promise.all([1, 2, 3, 4, 5].map(() => h.query(READ_ONE)));
    expect(answers.map((a) => a.errors)).toEqual(Array(5).fill([]));
    expect(await h.calls(GET)).toBe(1);
    const m = await scrape(metricsUrl());
    expect(m.value('sinch_upstream_shared_total')).toBe(4);
    expect(
      m.value('sinch_upstream_requests_total', { route: SENDER_ROUTE, method: 'GET', status: '200' }),
    ).toBe(1);
    expect(m.value('graphql_envelop_request', { operationName: 'OneSender', outcome: 'ok' })).toBe(5);
  });

  it('an injected 503 is retried: sinch_upstream_retries_total and the 503 attempt', async () => {
    const before = await scrape(metricsUrl());
    expect(before.find('sinch_upstream_retries_total')).toEqual([]);
    const listed =
      before.value('sinch_upstream_requests_total', { route: SENDERS_ROUTE, status: '200' }) ?? 0;
    await h.inject({ match: { operationId: LIST }, status: 503, times: 1 });
    expect((await h.query(DASHBOARD)).errors).toEqual([]);
    const m = await scrape(metricsUrl());
    expect(m.value('sinch_upstream_retries_total', { route: SENDERS_ROUTE })).toBe(1);
    expect(
      m.value('sinch_upstream_requests_total', { route: SENDERS_ROUTE, method: 'GET', status: '503' }),
    ).toBe(1);
    expect(
      m.value('sinch_upstream_requests_total', { route: SENDERS_ROUTE, method: 'GET', status: '200' }),
    ).toBe(listed + 1);
    expect(m.value('sinch_upstream_breaker_open', { origin: new URL(h.sandbox.url).origin })).toBe(0);
  });

  it('webhook deliveries: accepted, duplicate and a bad signature rejected, by outcome and reason', async () => {
    const base = h.server.publicUrl;
    const body = { type: 'RCS_ACCOUNT_COMMENT_ADDED', comment: 'hello' };
    const nonce = 'metrics-test-nonce-0001';
    expect((await deliver(base, P, { body, secret: WEBHOOK_SECRET, nonce })).status).toBe(204);
    expect((await deliver(base, P, { body, secret: WEBHOOK_SECRET, nonce })).status).toBe(204);
    const bad = await deliver(base, P, { body, secret: 'not-the-webhook-secret' });
    expect([bad.status, bad.json?.error]).toEqual([401, 'bad_signature']);
    const m = await scrape(metricsUrl());
    expect(m.value('sinch_webhook_deliveries_total', { outcome: 'accepted' })).toBe(1);
    expect(m.value('sinch_webhook_deliveries_total', { outcome: 'duplicate' })).toBe(1);
    expect(m.value('sinch_webhook_deliveries_total', { outcome: 'rejected' })).toBe(1);
    expect(m.value('sinch_webhook_rejections_total', { reason: 'bad_signature' })).toBe(1);
  });

  it('an open subscription shows in graphql_active_subscriptions until it closes', async () => {
    const gauge = async () => (await scrape(metricsUrl())).value('graphql_active_subscriptions');
    expect(await gauge()).toBe(0);
    const sub = await sseSubscribe(
      h.server.url,
      'subscription S($p: ID!) { rcsAccountEvents(projectId: $p) { type } }',
      {
        p: P,
      },
    );
    expect(sub.status).toBe(200);
    await until(async () => (await gauge()) === 1, 5_000, 'the gauge at 1');
    sub.close();
    await until(async () => (await gauge()) === 0, 5_000, 'the gauge back at 0');
  });

  it('the whole /metrics text holds no sender id, project id, test number, Authorization value or webhook secret', async () => {
    const { text } = await scrape(metricsUrl());
    expect(text.length).toBeGreaterThan(1000);
    const forbidden = [
      ...seen.senderIds,
      ...seen.numbers,
      ...[...seen.numbers].map((n) => n.replace('+', '')),
      P,
      SENDER,
      DEMO.keyId,
      DEMO.keySecret,
      DEMO_AUTH,
      DEMO_AUTH.replace(/^Basic /, ''),
      WEBHOOK_SECRET,
    ];
    expect(seen.senderIds.size).toBeGreaterThan(2);
    for (const value of forbidden) expect(text.includes(value), value.slice(0, 12)).toBe(false);
  });
});

describe('the breaker gauge', () => {
  let h: FaultHarness;
  beforeAll(async () => {
    h = await startFaultHarness({ breakerThreshold: 2, breakerCooldownMs: 600_000, upstreamRetries: 0 });
  });
  afterAll(async () => {
    await h.close();
    expect(h.sandbox.problems()).toEqual([]);
  });

  it('sinch_upstream_breaker_open{origin} goes to 1 once the circuit opens', async () => {
    const origin = new URL(h.sandbox.url).origin;
    expect(
      (await scrape(h.server.metricsUrl as string)).value('sinch_upstream_breaker_open', { origin }),
    ).toBe(0);
    await h.inject({ match: { operationId: LIST }, status: 503 });
    for (let i = 0; i < 2; i++) expect((await h.query(DASHBOARD)).errors.length).toBeGreaterThan(0);
    const failed = await h.query(DASHBOARD);
    expect(failed.errors[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    const m = await scrape(h.server.metricsUrl as string);
    expect(m.value('sinch_upstream_breaker_open', { origin })).toBe(1);
    // The two 503 attempts were made; the third call failed fast, without an attempt.
    expect(m.value('sinch_upstream_requests_total', { route: SENDERS_ROUTE, status: '503' })).toBe(2);
    expect(await h.calls(LIST)).toBe(2);
    expect(m.value('graphql_envelop_request', { operationName: 'DashboardSenders', outcome: 'error' })).toBe(
      3,
    );
  });
});

describe('METRICS=false', () => {
  it('no /metrics, no sinch_ metric anywhere (not in the process-wide registry either)', async () => {
    const h = await startFaultHarness({ metrics: { enabled: false, port: undefined } });
    try {
      expect(h.server.metricsUrl).toBeUndefined();
      expect((await h.query(DASHBOARD)).errors).toEqual([]);
      const base = h.server.url.replace(/\/graphql$/, '');
      const res = await fetch(`${base}/metrics`);
      expect(res.status).toBe(404);
      expect(await res.text()).not.toMatch(/sinch_|graphql_envelop/);
      expect(await globalRegistry.metrics()).not.toMatch(/sinch_|graphql_envelop/);
    } finally {
      await h.close();
    }
  });
});

describe('METRICS_PORT', () => {
  it('serves /metrics on its own listener (bound to HOST), and the GraphQL port answers 404 for it', async () => {
    const h = await startFaultHarness({ metrics: { enabled: true, port: 0 } });
    const metricsUrl = h.server.metricsUrl as string;
    try {
      const mainPort = new URL(h.server.url).port;
      expect(metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
      expect(new URL(metricsUrl).port).not.toBe(mainPort);
      expect((await h.query(DASHBOARD)).errors).toEqual([]);
      expect((await fetch(h.server.url.replace(/\/graphql$/, '/metrics'))).status).toBe(404);
      const m = await scrape(metricsUrl);
      expect(m.status).toBe(200);
      expect(m.value('sinch_upstream_requests_total', { route: SENDERS_ROUTE, status: '200' })).toBe(1);
      expect(m.value('graphql_envelop_request', { operationName: 'DashboardSenders' })).toBe(1);
      expect((await fetch(metricsUrl.replace(/\/metrics$/, '/graphql'))).status).toBe(404);
    } finally {
      await h.close();
    }
    // Closed with the server.
    await expect(fetch(metricsUrl)).rejects.toThrow();
  });
});

describe('METRICS and METRICS_PORT in the environment', () => {
  it('parse to the metrics config; bad values are named', () => {
    expect(parseConfig({}).metrics).toEqual({ enabled: true, port: undefined });
    expect(parseConfig({ METRICS: 'false', METRICS_PORT: '9464' }).metrics).toEqual({
      enabled: false,
      port: 9464,
    });
    expect(() => parseConfig({ METRICS: 'maybe' })).toThrow(/METRICS must be true or false/);
    expect(() => parseConfig({ METRICS_PORT: '70000' })).toThrow(
      /METRICS_PORT must be an integer 0\.\.65535/,
    );
  });
});
