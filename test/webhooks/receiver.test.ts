// The webhook receiver against a started server (embedded sandbox, in-process bus): every refusal with its
// exact status and reason and nothing published; every acceptance acknowledged with 204 and published once,
// under the path's project.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/server.ts';
import { newNonce } from '../../src/upstream/webhook-signature.ts';
import { captureLog, type LogCapture } from '../support/log-capture.ts';
import { addSecret } from '../support/secrets.ts';
import { type Delivery, deliver, nowSeconds, type Recorder, record } from '../support/webhooks.ts';

const S1 = 'receiver-test-secret-one-Qm3v8';
const S2 = 'receiver-test-secret-two-Xr7p2';
addSecret(S1);
addSecret(S2);
const MAX_BODY = 2048;
const DEMO = 'demo-project';
const OTHER = 'other-project';
const BARRIER = 'barrier-project';

const comment = (text = 'hello') => ({ type: 'RCS_ACCOUNT_COMMENT_ADDED', comment: text });

let server: RunningServer;
let base: string;
let log: LogCapture;
const rec: Record<string, Recorder> = {};

beforeAll(async () => {
  log = captureLog();
  server = await startServer({
    env: {},
    config: {
      port: 0,
      host: '127.0.0.1',
      logLevel: 'silent',
      webhookSecrets: [S1, S2],
      webhookMaxBodyBytes: MAX_BODY,
    },
  });
  base = server.publicUrl;
  for (const p of [DEMO, OTHER, BARRIER]) rec[p] = record(server.events.bus, p);
});
afterAll(async () => {
  for (const r of Object.values(rec)) await r.stop();
  await server?.close();
  log?.stop();
});
beforeEach(() => {
  for (const r of Object.values(rec)) r.events.length = 0;
});

/** A good delivery to another project, awaited: whatever an earlier request would have published is out. */
async function nothingPublished() {
  const barrier = await deliver(base, BARRIER, { body: comment('barrier'), secret: S1 });
  expect(barrier.status).toBe(204);
  await rec[BARRIER]?.until(1);
  expect(rec[DEMO]?.events).toEqual([]);
  expect(rec[OTHER]?.events).toEqual([]);
}

const signedBy = (secret: string, extra: Partial<Delivery> = {}): Delivery => ({
  body: comment(),
  secret,
  ...extra,
});

describe('refused deliveries: exact status and reason, nothing published', () => {
  const bad = (body: string) => ({ body, secret: S1 });
  it.each<[string, () => Delivery, number, string]>([
    [
      'a tampered signature',
      () => signedBy(S1, { headers: { 'x-sinch-webhook-signature': 'AAAA' } }),
      401,
      'bad_signature',
    ],
    ['signed with a secret that is not ours', () => signedBy('someone-elses-secret'), 401, 'bad_signature'],
    [
      'algorithm HmacSHA1',
      () => signedBy(S1, { headers: { 'x-sinch-webhook-signature-algorithm': 'HmacSHA1' } }),
      401,
      'unsupported_algorithm',
    ],
    [
      'a timestamp 301 s old',
      () => signedBy(S1, { timestampSeconds: nowSeconds() - 301 }),
      401,
      'stale_timestamp',
    ],
    [
      'a timestamp 301 s ahead',
      () => signedBy(S1, { timestampSeconds: nowSeconds() + 301 }),
      401,
      'stale_timestamp',
    ],
    [
      'a non-numeric timestamp',
      () => signedBy(S1, { headers: { 'x-sinch-webhook-signature-timestamp': '2026-01-01T00:00:00Z' } }),
      400,
      'malformed_timestamp',
    ],
    ...(
      [
        'x-sinch-webhook-signature',
        'x-sinch-webhook-signature-algorithm',
        'x-sinch-webhook-signature-nonce',
        'x-sinch-webhook-signature-timestamp',
      ] as const
    ).map(
      (h) =>
        [`no ${h} header`, () => signedBy(S1, { headers: { [h]: undefined } }), 400, 'missing_headers'] as [
          string,
          () => Delivery,
          number,
          string,
        ],
    ),
    [
      'malformed JSON (correctly signed)',
      () => bad('{"type": "RCS_ACCOUNT_COMMENT_ADDED",'),
      400,
      'malformed_json',
    ],
    ['a JSON object without type', () => bad('{"comment": "no type"}'), 400, 'missing_type'],
    ['a type that is not a string', () => bad('{"type": 42}'), 400, 'missing_type'],
    ['a JSON array', () => bad('[{"type": "RCS_ACCOUNT_COMMENT_ADDED"}]'), 400, 'missing_type'],
    [
      `a body of ${MAX_BODY + 1} bytes (limit ${MAX_BODY})`,
      () => bad(JSON.stringify({ ...comment(), pad: 'x'.repeat(MAX_BODY) }).slice(0, MAX_BODY + 1)),
      413,
      'body_too_large',
    ],
  ])('%s → %i %s', async (_name, make, status, reason) => {
    const answer = await deliver(base, DEMO, make());
    expect({ status: answer.status, error: answer.json?.error }).toEqual({ status, error: reason });
    if (status === 413) expect(answer.headers.get('connection')).toBe('close');
    await nothingPublished();
  });

  it('the missing header is named', async () => {
    const answer = await deliver(
      base,
      DEMO,
      signedBy(S1, { headers: { 'x-sinch-webhook-signature-nonce': undefined } }),
    );
    expect(answer.json?.message).toBe('Missing x-sinch-webhook-signature-nonce.');
  });

  it('a chunked body over the limit → 413 (counted while read, no Content-Length)', async () => {
    const chunks = [Buffer.alloc(1500, 'a'), Buffer.alloc(1500, 'b')];
    const res = await fetch(`${base}/webhooks/sinch/${DEMO}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new ReadableStream({
        start(c) {
          for (const chunk of chunks) c.enqueue(chunk);
          c.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: string }).error).toBe('body_too_large');
    await nothingPublished();
  });

  it('GET → 405 with Allow: POST', async () => {
    const answer = await deliver(base, DEMO, signedBy(S1, { method: 'GET' }));
    expect({ status: answer.status, allow: answer.headers.get('allow'), error: answer.json?.error }).toEqual({
      status: 405,
      allow: 'POST',
      error: 'method_not_allowed',
    });
    await nothingPublished();
  });

  it('a project id that is not one → 400; a path with more segments → 404', async () => {
    const invalid = await deliver(base, 'demo%20project', signedBy(S1));
    expect({ status: invalid.status, error: invalid.json?.error }).toEqual({
      status: 400,
      error: 'invalid_project_id',
    });
    const deeper = await deliver(base, `${DEMO}/extra`, signedBy(S1));
    expect({ status: deeper.status, error: deeper.json?.error }).toEqual({ status: 404, error: 'not_found' });
    await nothingPublished();
  });
});

describe('accepted deliveries', () => {
  it('a good delivery → 204 and published once, as delivered, under the path’s project', async () => {
    const nonce = newNonce();
    const ts = nowSeconds() - 299;
    const body = {
      type: 'RCS_SENDER_COMMENT_ADDED',
      payload: { id: 's-1', state: 'IN_TEST' },
      comment: 'ok',
    };
    const answer = await deliver(base, DEMO, { body, secret: S1, nonce, timestampSeconds: ts });
    expect({ status: answer.status, text: answer.text }).toEqual({ status: 204, text: '' });
    const [event] = await (rec[DEMO] as Recorder).until(1);
    expect(event).toEqual({
      projectId: DEMO,
      type: 'RCS_SENDER_COMMENT_ADDED',
      body,
      nonce,
      timestampSeconds: ts,
      receivedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
    });
    await nothingPublishedBeyond(1);
  });

  it('the second secret (rotation) is accepted too', async () => {
    expect((await deliver(base, DEMO, signedBy(S2))).status).toBe(204);
    expect((await (rec[DEMO] as Recorder).until(1)).map((e) => e.type)).toEqual([
      'RCS_ACCOUNT_COMMENT_ADDED',
    ]);
  });

  it('a replayed nonce → 204 again, published once', async () => {
    const d = signedBy(S1, { nonce: newNonce(), timestampSeconds: nowSeconds() });
    expect((await deliver(base, DEMO, d)).status).toBe(204);
    expect((await deliver(base, DEMO, d)).status).toBe(204);
    await nothingPublishedBeyond(1);
    const lines = log.lines().filter((l) => l.msg === 'webhook delivery' && l.nonce === d.nonce);
    expect(lines.map((l) => l.outcome)).toEqual(['accepted', 'duplicate']);
  });

  it('an unknown event type: acknowledged and published as is, logged once (info) for two deliveries', async () => {
    const type = `WHATSAPP_SENDER_ACTIVE_${newNonce()}`;
    for (let i = 0; i < 2; i++)
      expect((await deliver(base, DEMO, { body: { type, n: i }, secret: S1 })).status).toBe(204);
    const events = await (rec[DEMO] as Recorder).until(2);
    expect(events.map((e) => [e.type, e.body])).toEqual([
      [type, { type, n: 0 }],
      [type, { type, n: 1 }],
    ]);
    const unknown = log.lines().filter((l) => l.msg.startsWith('webhook: an event type') && l.type === type);
    expect(unknown.map((l) => l.level)).toEqual(['info']);
  });

  // The rule: the event's project is the path's (the signature does not cover the path), and a nonce is
  // de-duplicated across every path of the server. A delivery for A replayed to B's path is published under
  // B only if B's path saw it first; once A's path has it, B's replay is acknowledged and dropped.
  it('a delivery made for project A sent to B’s path: published under B only, never also under A', async () => {
    const d = signedBy(S1, { nonce: newNonce(), body: comment('for A') });
    expect((await deliver(base, OTHER, d)).status).toBe(204);
    const [event] = await (rec[OTHER] as Recorder).until(1);
    expect(event?.projectId).toBe(OTHER);
    expect((await deliver(base, DEMO, d)).status).toBe(204);
    // A fresh delivery to A's path afterwards is published: only the replayed nonce was dropped.
    const fresh = await deliver(base, DEMO, signedBy(S1, { nonce: `${d.nonce}-2` }));
    expect(fresh.status).toBe(204);
    await (rec[DEMO] as Recorder).until(1);
    await deliver(base, BARRIER, { body: comment('barrier'), secret: S1 });
    await rec[BARRIER]?.until(1);
    expect(rec[OTHER]?.events.map((e) => e.nonce)).toEqual([d.nonce]);
    expect(rec[DEMO]?.events.map((e) => e.nonce)).toEqual([`${d.nonce}-2`]);
  });

  it('every delivery is one log line with projectId, type, nonce, outcome; no secret, signature or body', async () => {
    const d = signedBy(S1, { nonce: newNonce(), body: comment('private words') });
    await deliver(base, DEMO, d);
    await deliver(base, DEMO, { ...d, nonce: newNonce(), secret: 'not-ours-at-all' });
    const lines = log.lines().filter((l) => l.msg.startsWith('webhook delivery') && l.projectId === DEMO);
    const mine = lines
      .slice(-2)
      .map(({ level, projectId, type, outcome, status }) => ({ level, projectId, type, outcome, status }));
    expect(mine).toEqual([
      { level: 'info', projectId: DEMO, type: 'RCS_ACCOUNT_COMMENT_ADDED', outcome: 'accepted', status: 204 },
      { level: 'warn', projectId: DEMO, type: undefined, outcome: 'bad_signature', status: 401 },
    ]);
    const all = log
      .lines()
      .map((l) => l.raw)
      .join('');
    expect(all).not.toContain('private words');
    expect(all).not.toContain(S1);
    expect(all).not.toContain(S2);
    expect(all).not.toContain('x-sinch-webhook-signature"');
  });

  it('GraphQL is still served next to the receiver; publicUrl is http://127.0.0.1:<bound port>', async () => {
    expect(server.publicUrl).toBe(new URL(server.url).origin);
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ project(id: "demo-project") { id } }' }),
    });
    expect(((await res.json()) as { data: unknown }).data).toEqual({ project: { id: 'demo-project' } });
  });
});

/** Exactly `n` events on `project` after a barrier (nothing arrived late), none on the other. */
async function nothingPublishedBeyond(n: number, project = DEMO) {
  await deliver(base, BARRIER, { body: comment('barrier'), secret: S1 });
  await rec[BARRIER]?.until(1);
  expect(rec[project]?.events).toHaveLength(n);
  expect(rec[project === DEMO ? OTHER : DEMO]?.events).toEqual([]);
}
