// Auth: Basic with a project key, Bearer from /oauth2/token, expiry, other tenants, the disabled project.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO, OTHER } from '../../src/sandbox/index.ts';
import { basicAuth } from '../support/credentials.ts';
import { startValidatedSandbox, type ValidatedSandbox } from '../support/sandbox.ts';
import { call } from '../support/sandbox-rest.ts';

let sb: ValidatedSandbox;
beforeAll(async () => {
  sb = await startValidatedSandbox({ tokenTtlSeconds: 1 });
});
afterAll(async () => {
  expect(sb.problems()).toEqual([]);
  await sb.close();
});

async function token(keyId: string, keySecret: string) {
  const res = await fetch(`${sb.url}/oauth2/token`, {
    method: 'POST',
    headers: {
      authorization: basicAuth(keyId, keySecret),
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown>, headers: res.headers };
}

it('accepts Basic with the project key', async () => {
  const r = await call(sb.url, '~/senders?pageSize=1');
  expect([r.status, r.body.totalSize]).toEqual([200, 14]);
});

it('issues a bearer token that works until tokenTtlSeconds pass', async () => {
  const t = await token(DEMO.keyId, DEMO.keySecret);
  expect(t.status).toBe(200);
  expect(t.body).toEqual({
    access_token: t.body.access_token,
    token_type: 'Bearer',
    expires_in: 1,
    scope: '',
  });
  const bearer = `Bearer ${t.body.access_token}`;
  expect((await call(sb.url, '~/senders?pageSize=1', { auth: bearer })).status).toBe(200);
  await new Promise((r) => setTimeout(r, 1100));
  const expired = await call(sb.url, '~/senders?pageSize=1', { auth: bearer });
  expect([expired.status, expired.body.errorCode, expired.body.message]).toEqual([
    401,
    'unauthorized_error',
    'Unauthorized error.',
  ]);
  expect(expired.headers.get('www-authenticate')).toBe('Bearer realm="sinch", error="invalid_token"');
});

it('rejects a wrong client secret at the token endpoint with invalid_client', async () => {
  const t = await token(DEMO.keyId, 'wrong');
  expect(t.status).toBe(401);
  expect(t.body.error).toBe('invalid_client');
  expect(JSON.stringify(t.body)).not.toContain('wrong');
});

it('401s a bad secret, a missing header, and another project’s key or token', async () => {
  const badSecret = await call(sb.url, '~/senders', { auth: basicAuth(DEMO.keyId, 'nope') });
  expect([badSecret.status, badSecret.body.errorCode]).toEqual([401, 'unauthorized_error']);
  expect(badSecret.headers.get('www-authenticate')).toBe('Basic realm="sinch", Bearer realm="sinch"');
  expect((await call(sb.url, '~/senders', { auth: null })).status).toBe(401);
  expect((await call(sb.url, '~/senders', { auth: basicAuth(OTHER.keyId, OTHER.keySecret) })).status).toBe(
    401,
  );
  const other = await token(OTHER.keyId, OTHER.keySecret);
  expect((await call(sb.url, '~/senders', { auth: `Bearer ${other.body.access_token}` })).status).toBe(401);
  const own = await call(sb.url, `/v1/projects/${OTHER.projectId}/rcs/senders`, {
    auth: `Bearer ${other.body.access_token}`,
  });
  expect([own.status, own.body.totalSize]).toEqual([200, 3]);
});

it('counts /oauth2/token in stats and clears issued tokens on reset', async () => {
  await sb.reset({ tokenTtlSeconds: 60 });
  const t = await token(DEMO.keyId, DEMO.keySecret);
  expect(t.body.expires_in).toBe(60);
  expect((await sb.stats()).byRoute).toEqual({ 'POST /oauth2/token': 1 });
  await sb.reset();
  expect((await call(sb.url, '~/senders', { auth: `Bearer ${t.body.access_token}` })).status).toBe(401);
});
