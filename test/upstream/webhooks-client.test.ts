// client.webhooks against the sandbox over real HTTP: the six operations, the contract's errors as typed
// errors with their errorCode (424 included), which calls are retried, and that a webhook secret appears in
// no log line, error or answer of the client.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { FaultRule } from '../../src/sandbox/index.ts';
import { DEMO } from '../../src/sandbox/index.ts';
import {
  createSinchClient,
  redactSender,
  type SinchClient,
  UpstreamBadRequestError,
  UpstreamConflictError,
  UpstreamError,
  UpstreamFailedDependencyError,
  UpstreamNotFoundError,
  UpstreamServerError,
  WEBHOOK_TRIGGERS,
  type WebhookInput,
} from '../../src/upstream/index.ts';
import { startValidatedSandbox, type ValidatedSandbox } from '../support/sandbox.ts';
import { captureLogger } from '../support/upstream-fixtures.ts';

const P = DEMO.projectId;
const SECRET = 'client-webhook-secret-6d21f0a4';
const BASIC = `Basic ${Buffer.from(`${DEMO.keyId}:${DEMO.keySecret}`).toString('base64')}`;
const op = (name: string) => `WebhookWebhookController_${name}_v1`;
const input = (target: string, triggers: WebhookInput['triggers'] = ['ALL']): WebhookInput => ({
  target,
  secret: SECRET,
  triggers,
});

let sb: ValidatedSandbox;
let client: SinchClient;
const log = captureLogger();
const inject = async (...rules: FaultRule[]) => {
  const res = await fetch(`${sb.url}/_sandbox/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ rules }),
  });
  expect(res.status).toBe(200);
};
const failure = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (e: unknown) => {
      if (!(e instanceof UpstreamError)) throw e;
      return e;
    },
  );

beforeAll(async () => {
  sb = await startValidatedSandbox({ seed: 'empty' });
  client = createSinchClient({
    baseUrl: sb.url,
    credentials: { keyId: DEMO.keyId, keySecret: DEMO.keySecret, mode: 'basic' },
    logger: log.logger,
  });
});
beforeEach(async () => {
  await sb.reset();
});
afterAll(async () => {
  await client.close();
  await sb.close();
  expect(sb.problems()).toEqual([]);
});

it('knows the 39 triggers of the contract, in its order', () => {
  const doc = parse(
    readFileSync(
      new URL('../../contract/upstream/sinch-1.2.117/sinch-webhooks-api-openapi.yml', import.meta.url),
      'utf8',
    ),
  ) as { components: { schemas: { WebhookWebhookTriggersEnum: { enum: string[] } } } };
  expect([...WEBHOOK_TRIGGERS]).toEqual(doc.components.schemas.WebhookWebhookTriggersEnum.enum);
  expect(WEBHOOK_TRIGGERS).toHaveLength(39);
});

describe.each(['service', 'passthrough'] as const)('the six operations (%s auth)', (mode) => {
  const o = mode === 'passthrough' ? { auth: { kind: 'passthrough' as const, authorization: BASIC } } : {};

  it('creates, lists, reads, replaces, patches and deletes', async () => {
    const w = client.webhooks;
    const b = await w.create(P, input('https://hooks.example/b', ['RCS_SENDER_STATUS_UPDATED']), o);
    expect(b).toEqual({
      id: b.id,
      projectId: P,
      target: 'https://hooks.example/b',
      triggers: ['RCS_SENDER_STATUS_UPDATED'],
    });
    const a = await w.create(P, input('https://hooks.example/a'), o);
    const list = await w.list(P, undefined, o);
    expect(list).toEqual({ pageSize: 15, totalSize: 2, webhooks: [a, b] });
    const page = await w.list(P, { pageSize: 1 }, o);
    expect(page.webhooks).toEqual([a]);
    expect((await w.list(P, { pageSize: 1, pageToken: page.nextPageToken }, o)).webhooks).toEqual([b]);

    expect(await w.get(P, a.id, o)).toEqual(a);
    const replaced = await w.replace(
      P,
      a.id,
      input('https://hooks.example/c', ['RCS_SENDER_COMMENT_ADDED']),
      o,
    );
    expect(replaced).toEqual({
      ...a,
      target: 'https://hooks.example/c',
      triggers: ['RCS_SENDER_COMMENT_ADDED'],
    });
    const patched = await w.update(P, a.id, { triggers: ['ALL'] }, o);
    expect(patched).toEqual({ ...replaced, triggers: ['ALL'] });
    expect(await w.delete(P, a.id, o)).toBeUndefined();
    expect((await w.list(P, undefined, o)).webhooks).toEqual([b]);
    for (const x of [b, a, list, replaced, patched]) expect(JSON.stringify(x)).not.toContain(SECRET);
  });
});

describe('errors', () => {
  it('maps 409 webhook_exists and 424 webhook_limit_reached to typed errors', async () => {
    await client.webhooks.create(P, input('https://hooks.example/0'));
    const exists = await failure(client.webhooks.create(P, input('https://hooks.example/0')));
    expect(exists).toBeInstanceOf(UpstreamConflictError);
    expect(exists.toJSON()).toMatchObject({
      status: 409,
      errorCode: 'webhook_exists',
      operationId: op('createWebhook'),
    });
    for (let i = 1; i < 15; i++) await client.webhooks.create(P, input(`https://hooks.example/${i}`));
    const limit = await failure(client.webhooks.create(P, input('https://hooks.example/15')));
    expect(limit).toBeInstanceOf(UpstreamFailedDependencyError);
    expect(limit.name).toBe('UpstreamFailedDependencyError');
    expect([limit.status, limit.errorCode, limit.message]).toEqual([
      424,
      'webhook_limit_reached',
      'Number of webhooks has reached the limit.',
    ]);
    expect(limit.resolution).toBe('Delete some webhooks to be able to add more.');
  });

  it('maps 400 invalid_id_format, invalid_page_size and 404 webhook_not_found', async () => {
    const badId = await failure(client.webhooks.get(P, 'not-an-id'));
    expect(badId).toBeInstanceOf(UpstreamBadRequestError);
    expect(badId.errorCode).toBe('invalid_id_format');
    const badSize = await failure(client.webhooks.list(P, { pageSize: 16 }));
    expect([badSize.constructor, badSize.errorCode]).toEqual([UpstreamBadRequestError, 'invalid_page_size']);
    const missing = await failure(client.webhooks.delete(P, '7d1c5a7e-1111-4222-8333-444455556666'));
    expect([missing.constructor, missing.errorCode]).toEqual([UpstreamNotFoundError, 'webhook_not_found']);
  });
});

describe('retries', () => {
  const calls = async (name: string) => (await sb.stats()).byOperation[op(name)] ?? 0;

  it('never repeats a create or a patch; repeats a GET, a PUT and a DELETE', async () => {
    const fault = (name: string): FaultRule => ({ match: { operationId: op(name) }, status: 503, times: 1 });
    await inject(fault('createWebhook'));
    expect(await failure(client.webhooks.create(P, input('https://hooks.example/r')))).toBeInstanceOf(
      UpstreamServerError,
    );
    expect(await calls('createWebhook')).toBe(1);

    const w = await client.webhooks.create(P, input('https://hooks.example/r'));
    await inject(
      fault('updateWebhook'),
      fault('getWebhook'),
      fault('replaceWebhook'),
      fault('deleteWebhook'),
    );
    expect((await failure(client.webhooks.update(P, w.id, { triggers: ['ALL'] }))).status).toBe(503);
    expect(await calls('updateWebhook')).toBe(1);
    expect(await client.webhooks.get(P, w.id)).toEqual(w);
    expect(await calls('getWebhook')).toBe(2);
    expect((await client.webhooks.replace(P, w.id, input('https://hooks.example/s'))).target).toBe(
      'https://hooks.example/s',
    );
    expect(await calls('replaceWebhook')).toBe(2);
    await client.webhooks.delete(P, w.id);
    expect(await calls('deleteWebhook')).toBe(2);
  });
});

describe('the secret stays out of logs and errors', () => {
  it('logs failing creates without their secret', async () => {
    log.lines.length = 0;
    await client.webhooks.create(P, input('https://hooks.example/dup'));
    const errors = [
      await failure(client.webhooks.create(P, input('https://hooks.example/dup'))),
      await failure(
        client.webhooks.create(P, { ...input('not a url'), secret: `${SECRET}${'x'.repeat(120)}` }),
      ),
    ];
    await inject({ match: { operationId: op('createWebhook') }, status: 500, times: 1 });
    errors.push(await failure(client.webhooks.create(P, input('https://hooks.example/500'))));
    expect(errors.map((e) => e.errorCode)).toEqual(['webhook_exists', 'invalid_input', 'internal_error']);
    expect(errors[1]?.additionalInformation).toEqual({
      validationErrors: [
        'target must be a URL address',
        'secret must be shorter than or equal to 128 characters',
      ],
    });
    // One debug line per attempt, each naming the operation and its status, none the secret.
    const creates = log.lines.filter((l) => l.obj.operationId === op('createWebhook'));
    expect(creates.map((l) => l.obj.status)).toEqual([201, 409, 400, 500]);
    const text =
      JSON.stringify(log.lines) + JSON.stringify(errors.map((e) => [e.message, e.toJSON(), e.stack]));
    expect(text).not.toContain(SECRET);
  });

  it('redacts a secret in an object shown through redactSender', () => {
    expect(redactSender({ target: 'https://hooks.example/x', secret: SECRET })).toEqual({
      target: 'https://hooks.example/x',
      secret: '[REDACTED]',
    });
  });
});
