// Auth on the wire: Basic, the OAuth2 client-credentials exchange, single-flight token fetch, refresh before
// expiry, one refresh+retry on a 401, passthrough, missing credentials, token endpoint failures.
import { inspect } from 'node:util';
import { Agent } from 'undici';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAuthProvider, refreshDelaySeconds } from '../../src/upstream/auth.ts';
import {
  createSinchClient,
  type SinchClient,
  silentLogger,
  UpstreamAbortedError,
  UpstreamAuthError,
  UpstreamError,
  UpstreamTimeoutError,
} from '../../src/upstream/index.ts';
import {
  type HttpRecorder,
  hang,
  type Responder,
  sendCanned,
  startHttpRecorder,
} from '../support/http-recorder.ts';
import { captureLogger } from '../support/upstream-fixtures.ts';

const SECRET = 'auth-test-secret-9f8e7d';
const CREDS = { keyId: 'auth-key', keySecret: SECRET, mode: 'oauth2' as const };
const BASIC = `Basic ${Buffer.from(`auth-key:${SECRET}`).toString('base64')}`;

async function caught(p: Promise<unknown>): Promise<UpstreamError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof UpstreamError) return err;
    throw err;
  }
  throw new Error('expected the call to fail');
}

/** Token endpoint that issues tok-1, tok-2, ... (after `delayMs`); the API answers 200, or 401 to listed tokens. */
function fakeSinch(
  opts: { delayMs?: number; expiresIn?: number; rejectTokens?: Set<string> } = {},
): Responder {
  let issued = 0;
  return (req, res) => {
    if (req.path === '/oauth2/token') {
      issued += 1;
      const body = {
        access_token: `tok-${issued}`,
        token_type: 'Bearer',
        expires_in: opts.expiresIn ?? 3600,
        scope: '',
      };
      setTimeout(() => sendCanned(res, { status: 200, body }), opts.delayMs ?? 0);
      return;
    }
    const token = req.headers.authorization?.replace('Bearer ', '') ?? '';
    if (opts.rejectTokens?.has(token)) {
      sendCanned(res, {
        status: 401,
        body: { errorCode: 'unauthorized_error', message: 'Unauthorized.', resolution: 'r' },
      });
      return;
    }
    sendCanned(res, { status: 200, body: { id: 's', seenToken: token } });
  };
}

describe('auth', () => {
  let server: HttpRecorder;
  const clients: SinchClient[] = [];
  const make = (over: Partial<Parameters<typeof createSinchClient>[0]> = {}) => {
    const c = createSinchClient({
      baseUrl: server.url,
      authUrl: `${server.url}/oauth2/token`,
      credentials: CREDS,
      ...over,
    });
    clients.push(c);
    return c;
  };
  const tokenRequests = () => server.requests.filter((r) => r.path === '/oauth2/token').length;
  beforeAll(async () => {
    server = await startHttpRecorder();
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
    server.requests.length = 0;
  });
  afterAll(async () => {
    await server.close();
  });

  it('sends Basic base64(keyId:keySecret) in basic mode, with no token request', async () => {
    server.setFallback({ status: 200, body: {} });
    await make({ credentials: { ...CREDS, mode: 'basic' } }).rcsSenders.get('p', 's');
    expect(server.requests.map((r) => r.headers.authorization)).toEqual([BASIC]);
  });

  it('fetches a token with the client-credentials grant and sends it as Bearer', async () => {
    server.setFallback(fakeSinch());
    const result = await make().rcsSenders.get('p', 's');
    expect(result).toEqual({ id: 's', seenToken: 'tok-1' });
    const [tokenReq, apiReq] = server.requests;
    expect(tokenReq?.method).toBe('POST');
    expect(tokenReq?.url).toBe('/oauth2/token');
    expect(tokenReq?.headers.authorization).toBe(BASIC);
    expect(tokenReq?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(tokenReq?.body).toBe('grant_type=client_credentials');
    expect(apiReq?.headers.authorization).toBe('Bearer tok-1');
  });

  it('makes exactly one token request for 50 concurrent calls', async () => {
    server.setFallback(fakeSinch({ delayMs: 30 }));
    const client = make();
    // Distinct senders: identical calls in flight would share one exchange (and one token trivially).
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => client.rcsSenders.get('p', `s${i}`)),
    );
    expect(tokenRequests()).toBe(1);
    expect(new Set(results.map((r) => (r as unknown as { seenToken: string }).seenToken))).toEqual(
      new Set(['tok-1']),
    );
    await client.rcsSenders.get('p', 's');
    expect(tokenRequests()).toBe(1);
  });

  it('on a 401 to a cached token: drops it, fetches one new token, retries once', async () => {
    server.setFallback(fakeSinch({ rejectTokens: new Set(['tok-1']) }));
    const { logger, lines } = captureLogger();
    const result = await make({ logger }).rcsSenders.get('p', 's');
    expect(result).toEqual({ id: 's', seenToken: 'tok-2' });
    expect(server.requests.map((r) => `${r.method} ${r.path} ${r.headers.authorization}`)).toEqual([
      `POST /oauth2/token ${BASIC}`,
      'GET /v1/projects/p/rcs/senders/s Bearer tok-1',
      `POST /oauth2/token ${BASIC}`,
      'GET /v1/projects/p/rcs/senders/s Bearer tok-2',
    ]);
    expect(
      lines.filter((l) => l.obj.event === 'upstream.call').map((l) => [l.obj.attempt, l.obj.status]),
    ).toEqual([
      [1, 401],
      [2, 200],
    ]);
    expect(JSON.stringify(lines)).not.toContain('tok-');
  });

  it('retries a 401 only once, and never for Basic or passthrough', async () => {
    server.setFallback(fakeSinch({ rejectTokens: new Set(['tok-1', 'tok-2', 'tok-3']) }));
    const err = await caught(make().rcsSenders.get('p', 's'));
    expect(err).toBeInstanceOf(UpstreamAuthError);
    expect(err.errorCode).toBe('unauthorized_error');
    expect(server.requests).toHaveLength(4);

    server.requests.length = 0;
    server.setFallback({
      status: 401,
      body: { errorCode: 'unauthorized_error', message: 'Unauthorized.', resolution: 'r' },
    });
    await caught(make({ credentials: { ...CREDS, mode: 'basic' } }).rcsSenders.get('p', 's'));
    expect(server.requests).toHaveLength(1);
    server.requests.length = 0;
    await caught(
      make().rcsSenders.get('p', 's', { auth: { kind: 'passthrough', authorization: 'Bearer x' } }),
    );
    expect(server.requests.map((r) => r.headers.authorization)).toEqual(['Bearer x']);
  });

  it('fails with missing_credentials before any request', async () => {
    const err = await caught(make({ credentials: undefined }).rcsSenders.get('p', 's'));
    expect(err).toBeInstanceOf(UpstreamAuthError);
    expect(err.status).toBe(401);
    expect(err.errorCode).toBe('missing_credentials');
    const empty = await caught(
      make().rcsSenders.get('p', 's', { auth: { kind: 'passthrough', authorization: ' ' } }),
    );
    expect(empty.errorCode).toBe('missing_credentials');
    const bad = await caught(
      make().rcsSenders.get('p', 's', {
        auth: { kind: 'passthrough', authorization: 'Bearer a\r\nX-Evil: 1' },
      }),
    );
    expect(bad.errorCode).toBe('invalid_authorization');
    expect(JSON.stringify(bad) + bad.stack + inspect(bad)).not.toContain('X-Evil');
    expect(server.requests).toHaveLength(0);
  });

  it('turns a refused secret at the token endpoint into UpstreamAuthError without the secret', async () => {
    server.setFallback({
      status: 401,
      body: { error: 'invalid_client', error_description: `client secret ${SECRET} is wrong` },
    });
    const { logger, lines } = captureLogger();
    const err = await caught(make({ logger }).rcsSenders.get('p', 's'));
    expect(err).toBeInstanceOf(UpstreamAuthError);
    expect(err.status).toBe(401);
    expect(err.errorCode).toBe('invalid_client');
    expect(err.route).toBe('POST /oauth2/token');
    expect(err.message).toBe('The auth server refused the service credentials (HTTP 401 invalid_client).');
    const everything = [
      err.message,
      err.stack,
      JSON.stringify(err),
      inspect(err, { depth: 10 }),
      JSON.stringify(lines),
    ];
    for (const text of everything) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(BASIC.slice(6));
    }
    expect(server.requests).toHaveLength(1);
  });

  it('turns a hanging token endpoint into UpstreamAuthError caused by a timeout', async () => {
    server.setFallback(hang);
    const err = await caught(make({ timeoutMs: 60 }).rcsSenders.get('p', 's'));
    expect(err).toBeInstanceOf(UpstreamAuthError);
    expect(err.errorCode).toBe('token_request_failed');
    expect(err.message).toBe('Could not obtain an access token (timeout).');
    expect(err.cause).toBeInstanceOf(UpstreamTimeoutError);
  });

  it('lets one caller abort while waiting for a shared token without failing the others', async () => {
    server.setFallback(fakeSinch({ delayMs: 60 }));
    const client = make();
    const ctl = new AbortController();
    const aborted = caught(client.rcsSenders.get('p', 's', { signal: ctl.signal }));
    const other = client.rcsSenders.get('p', 's');
    setTimeout(() => ctl.abort(), 10);
    expect(await aborted).toBeInstanceOf(UpstreamAbortedError);
    expect(await other).toEqual({ id: 's', seenToken: 'tok-1' });
    expect(tokenRequests()).toBe(1);
  });
});

describe('token refresh timing', () => {
  it('refreshes at 90% or 60 s before expiry, whichever first, never before half the lifetime', () => {
    expect(refreshDelaySeconds(3600)).toBe(3240);
    expect(refreshDelaySeconds(300)).toBe(240);
    expect(refreshDelaySeconds(60)).toBe(30);
    expect(refreshDelaySeconds(2)).toBe(1);
  });

  it('reuses the token until the refresh point, then fetches a new one; a failed refresh keeps the old', async () => {
    const server = await startHttpRecorder();
    let issued = 0;
    let failNext = false;
    server.setFallback((_req, res) => {
      if (failNext) return sendCanned(res, { status: 503, body: 'down' });
      issued += 1;
      sendCanned(res, { status: 200, body: { access_token: `t${issued}`, expires_in: 100 } });
    });
    const dispatcher = new Agent();
    let clock = 1_000_000;
    const auth = createAuthProvider({
      authUrl: `${server.url}/oauth2/token`,
      credentials: CREDS,
      dispatcher,
      timeoutMs: 1000,
      userAgent: 'test',
      logger: silentLogger,
      now: () => clock,
    });
    const header = async () => (await auth.resolve(undefined, undefined, 'GET /x')).authorization;
    try {
      expect(await header()).toBe('Bearer t1');
      clock += 49_000;
      expect(await header()).toBe('Bearer t1');
      clock += 2_000; // 51 s of 100: past the refresh point (max(50, min(90, 40)) = 50 s)
      expect(await header()).toBe('Bearer t2');
      expect(issued).toBe(2);
      clock += 60_000; // past t2's refresh point, before its expiry; the refresh fails
      failNext = true;
      expect(await header()).toBe('Bearer t2');
      clock += 41_000; // t2 has expired now: the failure surfaces
      const err = await caught(header());
      expect(err).toBeInstanceOf(UpstreamAuthError);
      expect(err.status).toBe(503);
      expect(server.requests).toHaveLength(4);
    } finally {
      await dispatcher.close();
      await server.close();
    }
  });
});
