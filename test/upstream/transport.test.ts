// Transport failures: deadlines that cover the body, caller aborts, resets, unreadable success bodies,
// and the one debug line per attempt.
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createSinchClient,
  type SinchClient,
  UpstreamAbortedError,
  UpstreamError,
  UpstreamNetworkError,
  UpstreamProtocolError,
  UpstreamTimeoutError,
} from '../../src/upstream/index.ts';
import {
  type HttpRecorder,
  hang,
  resetConnection,
  stallBody,
  startHttpRecorder,
} from '../support/http-recorder.ts';
import { captureLogger } from '../support/upstream-fixtures.ts';

async function caught(p: Promise<unknown>): Promise<UpstreamError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof UpstreamError) return err;
    throw err;
  }
  throw new Error('expected the call to fail');
}

describe('transport', () => {
  let server: HttpRecorder;
  let client: SinchClient;
  const log = captureLogger();
  beforeAll(async () => {
    server = await startHttpRecorder();
    client = createSinchClient({
      baseUrl: server.url,
      credentials: { keyId: 't-key', keySecret: 't-secret', mode: 'basic' },
      timeoutMs: 150,
      logger: log.logger,
      // Single-attempt behaviour is what these tests pin; retries are covered in resilience*.test.ts.
      resilience: false,
    });
  });
  afterAll(async () => {
    await client.close();
    await server.close();
  });

  it('times out when the server never answers', async () => {
    server.reply(hang);
    const started = performance.now();
    const err = await caught(client.rcsSenders.get('p', 's'));
    const ms = performance.now() - started;
    expect(err).toBeInstanceOf(UpstreamTimeoutError);
    expect(err.errorCode).toBe('timeout');
    expect(err.message).toBe('Upstream did not answer within 150 ms.');
    expect(err.route).toBe('GET /v1/projects/{projectId}/rcs/senders/{senderId}');
    expect(ms).toBeGreaterThanOrEqual(140);
    expect(ms).toBeLessThan(1000);
  });

  it('times out when headers arrive but the body stalls', async () => {
    server.reply(stallBody());
    const err = await caught(client.rcsSenders.list('p'));
    expect(err).toBeInstanceOf(UpstreamTimeoutError);
    expect(err.status).toBeUndefined();
  });

  it('honours a per-call timeoutMs', async () => {
    server.reply(hang);
    const started = performance.now();
    const err = await caught(client.rcsSenders.get('p', 's', { timeoutMs: 40 }));
    expect(err).toBeInstanceOf(UpstreamTimeoutError);
    expect(err.message).toBe('Upstream did not answer within 40 ms.');
    expect(performance.now() - started).toBeLessThan(140);
  });

  it("stops on the caller's abort signal, before and during the call", async () => {
    const pre = new AbortController();
    pre.abort();
    const before = server.requests.length;
    const early = await caught(client.rcsSenders.get('p', 's', { signal: pre.signal }));
    expect(early).toBeInstanceOf(UpstreamAbortedError);
    expect(server.requests.length).toBe(before);

    server.reply(hang);
    const ctl = new AbortController();
    setTimeout(() => ctl.abort(), 20);
    const started = performance.now();
    const late = await caught(client.rcsSenders.get('p', 's', { signal: ctl.signal, timeoutMs: 5_000 }));
    expect(late).toBeInstanceOf(UpstreamAbortedError);
    expect(late.errorCode).toBe('aborted');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('turns a connection reset into UpstreamNetworkError with code ECONNRESET', async () => {
    server.reply(resetConnection);
    const err = await caught(client.rcsSenders.get('p', 's'));
    expect(err).toBeInstanceOf(UpstreamNetworkError);
    expect(err.code).toBe('ECONNRESET');
    expect(err.errorCode).toBe('network_error');
    expect(err.cause).toBeInstanceOf(Error);
  });

  it('turns a refused connection into UpstreamNetworkError with code ECONNREFUSED', async () => {
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const port = (probe.address() as { port: number }).port;
    await new Promise<void>((r) => probe.close(() => r()));
    const dead = createSinchClient({
      baseUrl: `http://127.0.0.1:${port}`,
      credentials: { keyId: 'k', keySecret: 's', mode: 'basic' },
    });
    const err = await caught(dead.rcsSenders.get('p', 's'));
    await dead.close();
    expect(err).toBeInstanceOf(UpstreamNetworkError);
    expect(err.code).toBe('ECONNREFUSED');
  });

  it('rejects an unreadable success body with UpstreamProtocolError', async () => {
    server.reply({ status: 200, headers: { 'content-type': 'text/html' }, body: '<html>maintenance</html>' });
    const html = await caught(client.rcsSenders.get('p', 's'));
    expect(html).toBeInstanceOf(UpstreamProtocolError);
    expect(html.errorCode).toBe('invalid_response_body');
    expect(html.status).toBe(200);
    expect(html.cause).toBeUndefined();

    server.reply({ status: 200, body: '{"id":"s","authToken":"sender-auth-token-xyz","state":"IN_' });
    const truncated = await caught(client.rcsSenders.get('p', 's'));
    expect(truncated).toBeInstanceOf(UpstreamProtocolError);
    expect(JSON.stringify(truncated)).not.toContain('sender-auth-token-xyz');
    expect(truncated.stack).not.toContain('sender-auth-token-xyz');

    server.reply({ status: 201, body: '' });
    const empty = await caught(client.rcsSenders.createComment('p', 's', { comment: 'x' }));
    expect(empty).toBeInstanceOf(UpstreamProtocolError);
    expect(empty.message).toBe('Upstream answered with an empty body.');
  });

  it('treats a connection lost mid-body as a network error', async () => {
    server.reply((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '500' });
      res.write('{"senders":[', () => res.socket?.destroy());
    });
    const err = await caught(client.rcsSenders.list('p'));
    expect(err).toBeInstanceOf(UpstreamNetworkError);
    expect(err.message).toBe('Connection to upstream was lost while reading the response.');
  });

  it('logs one debug line per attempt with the route template, never ids or bodies', async () => {
    log.lines.length = 0;
    server.reply({
      status: 200,
      headers: { 'x-request-id': 'r-1' },
      body: { id: 'sender-77', authToken: 'tok-secret-1' },
    });
    await client.rcsSenders.get('proj-9', 'sender-77');
    expect(log.lines).toHaveLength(1);
    const [line] = log.lines;
    expect(line?.level).toBe('debug');
    expect(line?.obj).toMatchObject({
      event: 'upstream.call',
      method: 'GET',
      route: 'GET /v1/projects/{projectId}/rcs/senders/{senderId}',
      operationId: 'RcsSendersController_getSender_v1',
      status: 200,
      attempt: 1,
      upstreamRequestId: 'r-1',
    });
    expect(typeof line?.obj.ms).toBe('number');
    const text = JSON.stringify(log.lines);
    for (const s of ['proj-9', 'sender-77', 'tok-secret-1', 'Basic ']) expect(text).not.toContain(s);
  });
});

describe('transport codes', () => {
  it('reports a peer that closes without answering as ECONNRESET, keeping the undici error as cause', async () => {
    const server = await startHttpRecorder((_req, res) => {
      res.socket?.destroy();
    });
    const client = createSinchClient({
      baseUrl: server.url,
      credentials: { keyId: 'k', keySecret: 's', mode: 'basic' },
    });
    try {
      const err = await caught(client.rcsSenders.get('p', 's'));
      expect(err).toBeInstanceOf(UpstreamNetworkError);
      expect(err.code).toBe('ECONNRESET');
      expect((err.cause as { code?: string }).code).toBe('UND_ERR_SOCKET');
    } finally {
      await client.close();
      await server.close();
    }
  });
});
