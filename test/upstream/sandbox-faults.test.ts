// Faults injected by the sandbox (POST /_sandbox/faults) reach callers as the right typed errors.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FaultRule } from '../../src/sandbox/index.ts';
import { DEMO } from '../../src/sandbox/index.ts';
import {
  createSinchClient,
  type SinchClient,
  UpstreamError,
  UpstreamNetworkError,
  UpstreamRateLimitError,
  UpstreamServerError,
  UpstreamTimeoutError,
} from '../../src/upstream/index.ts';
import { startValidatedSandbox, type ValidatedSandbox } from '../support/sandbox.ts';

const GET_SENDERS = 'RcsSendersController_listSenders_v1';

describe('sandbox faults', () => {
  let sb: ValidatedSandbox;
  let client: SinchClient;
  const inject = async (...rules: FaultRule[]) => {
    const res = await fetch(`${sb.url}/_sandbox/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ rules }),
    });
    expect(res.status).toBe(200);
  };
  const listError = async (timeoutMs?: number): Promise<UpstreamError> => {
    const err = await client.rcsSenders.list(DEMO.projectId, undefined, { timeoutMs }).then(
      () => undefined,
      (e: unknown) => e,
    );
    if (!(err instanceof UpstreamError)) throw new Error('expected an UpstreamError');
    return err;
  };
  beforeAll(async () => {
    sb = await startValidatedSandbox();
    client = createSinchClient({
      baseUrl: sb.url,
      authUrl: `${sb.url}/oauth2/token`,
      credentials: { keyId: DEMO.keyId, keySecret: DEMO.keySecret, mode: 'oauth2' },
      // How each fault surfaces from a single attempt; retries are covered in resilience*.test.ts.
      resilience: false,
    });
  });
  beforeEach(async () => {
    await fetch(`${sb.url}/_sandbox/faults`, { method: 'DELETE' });
  });
  afterAll(async () => {
    await client.close();
    await sb.close();
    expect(sb.problems()).toEqual([]);
  });

  it('times out on a hang', async () => {
    await inject({ match: { operationId: GET_SENDERS }, hang: true, times: 1 });
    const started = performance.now();
    const err = await listError(200);
    expect(err).toBeInstanceOf(UpstreamTimeoutError);
    expect(err.route).toBe('GET /v1/projects/{projectId}/rcs/senders');
    expect(performance.now() - started).toBeLessThan(1_000);
    expect((await client.rcsSenders.list(DEMO.projectId)).totalSize).toBeGreaterThan(0);
  });

  it('turns 429 into UpstreamRateLimitError with retryAfterSeconds', async () => {
    await inject({ match: { operationId: GET_SENDERS }, status: 429, retryAfterSeconds: 1, times: 1 });
    const err = await listError();
    expect(err).toBeInstanceOf(UpstreamRateLimitError);
    expect(err).toMatchObject({ status: 429, errorCode: 'rbm_too_many_requests', retryAfterSeconds: 1 });
  });

  it('turns 500 into UpstreamServerError', async () => {
    await inject({ match: { operationId: GET_SENDERS }, status: 500, times: 1 });
    const err = await listError();
    expect(err).toBeInstanceOf(UpstreamServerError);
    expect(err).toMatchObject({ status: 500, errorCode: 'internal_error' });
  });

  it('turns a reset into UpstreamNetworkError', async () => {
    await inject({ match: { operationId: GET_SENDERS }, reset: true, times: 1 });
    const err = await listError();
    expect(err).toBeInstanceOf(UpstreamNetworkError);
    expect(err.code).toBe('ECONNRESET');
  });
});
