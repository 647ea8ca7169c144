// Auth against the sandbox over real HTTP: one token for 50 concurrent calls, proactive refresh of a
// short-lived token, exactly one refresh+retry on a 401 to a stale token, typed 401s for wrong secrets —
// and no secret, token or Authorization value in any error or log line produced by this suite.
import { inspect } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO, OTHER } from '../../src/sandbox/index.ts';
import {
  createSinchClient,
  type SinchClient,
  type SinchClientConfig,
  UpstreamAuthError,
  UpstreamError,
} from '../../src/upstream/index.ts';
import { startValidatedSandbox, type ValidatedSandbox } from '../support/sandbox.ts';
import { captureLogger } from '../support/upstream-fixtures.ts';

const WRONG_SECRET = 'wrong-secret-5ac1d2';
const b64 = (id: string, secret: string) => Buffer.from(`${id}:${secret}`).toString('base64');

describe('auth against the sandbox', () => {
  let sb: ValidatedSandbox;
  const log = captureLogger();
  const errors: unknown[] = [];
  const clients: SinchClient[] = [];
  let senderId = '';
  const make = (over: Partial<SinchClientConfig> = {}) => {
    const c = createSinchClient({
      baseUrl: sb.url,
      authUrl: `${sb.url}/oauth2/token`,
      credentials: { keyId: DEMO.keyId, keySecret: DEMO.keySecret, mode: 'oauth2' },
      logger: log.logger,
      ...over,
    });
    clients.push(c);
    return c;
  };
  const fail = async (p: Promise<unknown>): Promise<UpstreamError> => {
    const err = await p.then(
      () => undefined,
      (e: unknown) => e,
    );
    errors.push(err);
    if (!(err instanceof UpstreamError)) throw new Error(`expected an UpstreamError, got ${String(err)}`);
    return err;
  };
  const tokenRequests = async () => (await sb.stats()).byRoute['POST /oauth2/token'] ?? 0;

  beforeAll(async () => {
    sb = await startValidatedSandbox();
    const list = await make({
      credentials: { keyId: DEMO.keyId, keySecret: DEMO.keySecret, mode: 'basic' },
    }).rcsSenders.list(DEMO.projectId, { pageSize: 1 });
    senderId = list.senders[0]?.id ?? '';
  });
  beforeEach(async () => {
    await sb.reset();
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()));
    await sb.close();
    expect(sb.problems()).toEqual([]);
  });

  it('makes exactly one token request for 50 concurrent calls with one credential', async () => {
    const client = make();
    // 50 distinct calls (page sizes 1..50): identical ones in flight would share one exchange.
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => client.rcsSenders.list(DEMO.projectId, { pageSize: i + 1 })),
    );
    expect(results.map((r) => r.totalSize)).toEqual(Array.from({ length: 50 }, () => 14));
    const stats = await sb.stats();
    expect(stats.byRoute['POST /oauth2/token']).toBe(1);
    expect(stats.byRoute['GET /v1/projects/{projectId}/rcs/senders']).toBe(50);
  });

  it('refreshes a short-lived token before it expires, with no 401 on the way', async () => {
    await sb.reset({ tokenTtlSeconds: 1 });
    const client = make();
    await client.rcsSenders.get(DEMO.projectId, senderId);
    await new Promise((r) => setTimeout(r, 1_100)); // past the sandbox's expiry too
    await client.rcsSenders.get(DEMO.projectId, senderId);
    expect(await tokenRequests()).toBe(2);
    expect(
      sb
        .exchanges()
        .filter((x) => x.operationId)
        .map((x) => x.status),
    ).toEqual([200, 200]);
  });

  it('on a 401 to a stale token: exactly one token refresh and one retry', async () => {
    const client = make();
    await client.rcsSenders.get(DEMO.projectId, senderId);
    await sb.reset(); // the sandbox forgets every issued token; the client still has its cached one
    const sender = await client.rcsSenders.get(DEMO.projectId, senderId);
    expect(sender.id).toBe(senderId);
    const stats = await sb.stats();
    expect(stats.byRoute['POST /oauth2/token']).toBe(1);
    expect(stats.byRoute['GET /v1/projects/{projectId}/rcs/senders/{senderId}']).toBe(2);
    const upstream = sb.exchanges().filter((x) => !x.route.startsWith('/_sandbox'));
    expect(upstream.map((x) => `${x.method} ${x.route} ${x.status}`)).toEqual([
      'GET /v1/projects/{projectId}/rcs/senders/{senderId} 401',
      'POST /oauth2/token 200',
      'GET /v1/projects/{projectId}/rcs/senders/{senderId} 200',
    ]);
  });

  it('gives a typed 401 for a wrong secret in every mode', async () => {
    const wrong = { keyId: DEMO.keyId, keySecret: WRONG_SECRET };
    const oauth = await fail(
      make({ credentials: { ...wrong, mode: 'oauth2' } }).rcsSenders.list(DEMO.projectId),
    );
    expect(oauth).toBeInstanceOf(UpstreamAuthError);
    expect(oauth).toMatchObject({ status: 401, errorCode: 'invalid_client', route: 'POST /oauth2/token' });

    const basic = await fail(
      make({ credentials: { ...wrong, mode: 'basic' } }).rcsSenders.list(DEMO.projectId),
    );
    expect(basic).toBeInstanceOf(UpstreamAuthError);
    expect(basic).toMatchObject({ status: 401, errorCode: 'unauthorized_error' });

    const passthrough = await fail(
      make({ credentials: undefined }).rcsSenders.list(DEMO.projectId, undefined, {
        auth: { kind: 'passthrough', authorization: `Basic ${b64(DEMO.keyId, WRONG_SECRET)}` },
      }),
    );
    expect(passthrough).toBeInstanceOf(UpstreamAuthError);
    expect(passthrough.errorCode).toBe('unauthorized_error');
    expect(await tokenRequests()).toBe(1);
  });

  it("gives a typed 401 for another project's valid key (after one refresh attempt)", async () => {
    const client = make({ credentials: { keyId: OTHER.keyId, keySecret: OTHER.keySecret, mode: 'oauth2' } });
    const err = await fail(client.rcsSenders.list(DEMO.projectId));
    expect(err).toBeInstanceOf(UpstreamAuthError);
    expect(err.errorCode).toBe('unauthorized_error');
    expect(await tokenRequests()).toBe(2);
  });

  it('leaks no secret, token or Authorization value into errors or logs', () => {
    expect(errors.length).toBeGreaterThanOrEqual(4);
    expect(log.lines.length).toBeGreaterThan(50);
    const tokens = sb
      .exchanges()
      .map((x) => (x.body as { access_token?: string } | undefined)?.access_token)
      .filter((t): t is string => typeof t === 'string');
    const secrets = [
      DEMO.keySecret,
      OTHER.keySecret,
      WRONG_SECRET,
      b64(DEMO.keyId, DEMO.keySecret),
      b64(DEMO.keyId, WRONG_SECRET),
      b64(OTHER.keyId, OTHER.keySecret),
      ...tokens,
    ];
    const texts = [
      JSON.stringify(log.lines),
      ...errors.flatMap((e) => [
        String((e as Error).message),
        String((e as Error).stack),
        JSON.stringify(e),
        inspect(e, { depth: 20, showHidden: true }),
      ]),
    ];
    for (const text of texts) for (const secret of secrets) expect(text).not.toContain(secret);
  });
});
