// Webhook registration rules beyond the published examples: field limits, the per-project limit and
// target uniqueness, PATCH semantics, tenancy, reset, and that the secret never leaves the sandbox.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO, DISABLED, OTHER } from '../../src/sandbox/index.ts';
import { basicAuth } from '../support/credentials.ts';
import { startValidatedSandbox, type ValidatedSandbox } from '../support/sandbox.ts';
import { type CallInit, call } from '../support/sandbox-rest.ts';

const SECRET = 'routes-secret-7f3a9c1e';
const HOOKS = `/v1/projects/${DEMO.projectId}/webhooks`;
const body = (target: string, extra: Record<string, unknown> = {}) => ({
  target,
  secret: SECRET,
  triggers: ['RCS_SENDER_STATUS_UPDATED'],
  ...extra,
});

let sb: ValidatedSandbox;
beforeAll(async () => {
  sb = await startValidatedSandbox();
});
beforeEach(async () => {
  await sb.reset();
});
afterAll(async () => {
  expect(sb.problems()).toEqual([]);
  await sb.close();
});

const hooks = (path = '', init?: CallInit) => call(sb.url, `${HOOKS}${path}`, init);
const create = (target: string, extra?: Record<string, unknown>) =>
  hooks('', { method: 'POST', body: body(target, extra) });
const errorsOf = (r: { body: { additionalInformation?: { validationErrors?: string[] } } }) =>
  r.body.additionalInformation?.validationErrors;

describe('create, read, replace, patch, delete', () => {
  it('walks the whole lifecycle of one webhook', async () => {
    const created = await create('https://hooks.example/a');
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: created.body.id,
      projectId: DEMO.projectId,
      target: 'https://hooks.example/a',
      triggers: ['RCS_SENDER_STATUS_UPDATED'],
    });
    expect(created.body.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const id = created.body.id as string;
    expect((await hooks(`/${id.toUpperCase()}`)).body.id).toBe(id);

    const patched = await hooks(`/${id}`, {
      method: 'PATCH',
      body: { triggers: ['ALL', 'RCS_SENDER_COMMENT_ADDED'] },
    });
    expect(patched.status).toBe(200);
    expect(patched.body.target).toBe('https://hooks.example/a');
    expect(patched.body.triggers).toEqual(['ALL', 'RCS_SENDER_COMMENT_ADDED']);
    expect((await hooks(`/${id}`, { method: 'PATCH', body: {} })).body).toEqual(patched.body);

    const replaced = await hooks(`/${id}`, { method: 'PUT', body: body('https://hooks.example/b') });
    expect(replaced.body).toEqual({
      ...patched.body,
      target: 'https://hooks.example/b',
      triggers: ['RCS_SENDER_STATUS_UPDATED'],
    });

    const deleted = await hooks(`/${id}`, { method: 'DELETE' });
    expect(deleted.status).toBe(204);
    expect(deleted.body).toBeUndefined();
    expect((await hooks(`/${id}`)).status).toBe(404);
    expect((await hooks(`/${id}`, { method: 'DELETE' })).status).toBe(404);
  });

  it('keeps the secret write-only: in no answer, not in the snapshot', async () => {
    const { body: w } = await create('https://hooks.example/s');
    await hooks(`/${w.id}`, { method: 'PATCH', body: { secret: `${SECRET}-2` } });
    await hooks(`/${w.id}`, { method: 'PUT', body: body('https://hooks.example/s2') });
    await hooks();
    await hooks(`/${w.id}`);
    const snapshot = JSON.stringify(await sb.snapshot());
    expect(snapshot).toContain('https://hooks.example/s2');
    expect(snapshot).not.toContain(SECRET);
    const answers = sb.exchanges().filter((x) => x.route.includes('/webhooks'));
    expect(answers).toHaveLength(5);
    for (const x of answers) expect(JSON.stringify(x.body ?? null)).not.toContain(SECRET);
  });

  it('does not move the simulated clock (registrations are not lifecycle events)', async () => {
    const before = ((await sb.snapshot()) as { now: string }).now;
    await create('https://hooks.example/clock');
    expect(((await sb.snapshot()) as { now: string }).now).toBe(before);
  });
});

describe('validation', () => {
  it('limits target to a URL of 1..742 characters', async () => {
    const url = (length: number) => `https://h.example/${'a'.repeat(length - 18)}`;
    expect((await create(url(742))).status).toBe(201);
    const long = await create(url(743));
    expect(long.status).toBe(400);
    expect(errorsOf(long)).toEqual(['target must be shorter than or equal to 742 characters']);
    expect(errorsOf(await create('ftp://h.example/x'))).toEqual(['target must be a URL address']);
    expect(errorsOf(await create(''))).toEqual([
      'target must be longer than or equal to 1 characters',
      'target must be a URL address',
    ]);
  });

  it('limits secret to 1..128 characters, without echoing it', async () => {
    expect((await create('https://h.example/128', { secret: 's'.repeat(128) })).status).toBe(201);
    const long = await create('https://h.example/129', { secret: 's'.repeat(129) });
    expect(errorsOf(long)).toEqual(['secret must be shorter than or equal to 128 characters']);
    expect(JSON.stringify(long.body)).not.toContain('s'.repeat(129));
    expect(errorsOf(await create('https://h.example/0', { secret: '' }))).toEqual([
      'secret must be longer than or equal to 1 characters',
    ]);
  });

  it('wants at least one unique trigger out of the 39', async () => {
    expect(errorsOf(await create('https://h.example/t', { triggers: [] }))).toEqual([
      'triggers must contain at least 1 elements',
    ]);
    expect(errorsOf(await create('https://h.example/t', { triggers: ['ALL', 'ALL'] }))).toEqual([
      "All triggers's elements must be unique",
    ]);
    const unknown = errorsOf(await create('https://h.example/t', { triggers: ['RCS_SENDER_DELETED'] }));
    expect(unknown).toHaveLength(1);
    expect(unknown?.[0]).toMatch(
      /^each value in triggers must be one of the following values: ALL, BUNDLE_DONE, /,
    );
    expect(unknown?.[0]?.split(': ')[1]?.split(', ')).toHaveLength(39);
  });

  it('needs every field on POST and PUT, none on PATCH; undeclared ones are an invalid_payload', async () => {
    const missing = await hooks('', { method: 'POST', body: {} });
    expect(errorsOf(missing)).toEqual([
      'target should not be null or undefined',
      'secret should not be null or undefined',
      'triggers should not be null or undefined',
    ]);
    const id = (await create('https://h.example/p')).body.id;
    expect(
      errorsOf(await hooks(`/${id}`, { method: 'PUT', body: { target: 'https://h.example/q' } })),
    ).toEqual(['secret should not be null or undefined', 'triggers should not be null or undefined']);
    const extra = await hooks(`/${id}`, { method: 'PATCH', body: { enabled: true } });
    expect(extra.status).toBe(400);
    expect(extra.body.errorCode).toBe('invalid_payload');
    expect(errorsOf(extra)).toEqual(['property enabled should not exist']);
  });
});

describe('limits and uniqueness', () => {
  it('allows 15 webhooks per project: the 16th is 424, a freed place can be used again', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 15; i++) ids.push((await create(`https://h.example/${i}`)).body.id);
    const over = await create('https://h.example/16');
    expect(over.status).toBe(424);
    expect(over.body.errorCode).toBe('webhook_limit_reached');
    // A duplicate target is the request's own fault: 409 comes before the limit.
    expect((await create('https://h.example/3')).status).toBe(409);
    // Another project has its own 15.
    const other = await call(sb.url, `/v1/projects/${OTHER.projectId}/webhooks`, {
      method: 'POST',
      body: body('https://h.example/16'),
      auth: basicAuth(OTHER.keyId, OTHER.keySecret),
    });
    expect(other.status).toBe(201);
    await hooks(`/${ids[0]}`, { method: 'DELETE' });
    expect((await create('https://h.example/16')).status).toBe(201);
  });

  it('keeps targets unique per project, on create, PUT and PATCH', async () => {
    const a = (await create('https://h.example/a')).body.id;
    const b = (await create('https://h.example/b')).body.id;
    expect((await create('https://h.example/a')).body.errorCode).toBe('webhook_exists');
    expect((await hooks(`/${b}`, { method: 'PUT', body: body('https://h.example/a') })).status).toBe(409);
    expect((await hooks(`/${b}`, { method: 'PATCH', body: { target: 'https://h.example/a' } })).status).toBe(
      409,
    );
    // Its own target is no conflict; a different case is a different target.
    expect((await hooks(`/${a}`, { method: 'PATCH', body: { target: 'https://h.example/a' } })).status).toBe(
      200,
    );
    expect((await create('https://h.example/A')).status).toBe(201);
  });
});

describe('tenancy, reset and stats', () => {
  it('shows a project only its own webhooks; a project without RCS may register', async () => {
    const id = (await create('https://h.example/mine')).body.id;
    const otherAuth = basicAuth(OTHER.keyId, OTHER.keySecret);
    const otherHooks = `/v1/projects/${OTHER.projectId}/webhooks`;
    expect((await call(sb.url, otherHooks, { auth: otherAuth })).body).toEqual({
      pageSize: 15,
      totalSize: 0,
      webhooks: [],
    });
    expect((await call(sb.url, `${otherHooks}/${id}`, { auth: otherAuth })).status).toBe(404);
    expect((await call(sb.url, HOOKS, { auth: otherAuth })).status).toBe(401);
    const disabled = await call(sb.url, `/v1/projects/${DISABLED.projectId}/webhooks`, {
      method: 'POST',
      body: body('https://h.example/mine'),
      auth: basicAuth(DISABLED.keyId, DISABLED.keySecret),
    });
    expect(disabled.status).toBe(201);
  });

  it('reset clears every webhook; no seed has one', async () => {
    expect((await hooks()).body.totalSize).toBe(0);
    await create('https://h.example/r');
    expect((await hooks()).body.totalSize).toBe(1);
    await sb.reset();
    expect((await hooks()).body.totalSize).toBe(0);
    expect(JSON.stringify(await sb.snapshot())).not.toContain('"webhooks"');
  });

  it('counts webhook requests like the others, and reports deliveries apart', async () => {
    await call(sb.url, '/_sandbox/stats/reset', { method: 'POST', auth: null });
    const id = (await create('https://h.example/st')).body.id;
    await hooks(`/${id}`);
    await hooks(`/${id}`, { method: 'DELETE' });
    expect(await sb.stats()).toEqual({
      total: 3,
      byRoute: {
        'POST /v1/projects/{projectId}/webhooks': 1,
        'GET /v1/projects/{projectId}/webhooks/{webhookId}': 1,
        'DELETE /v1/projects/{projectId}/webhooks/{webhookId}': 1,
      },
      byOperation: {
        WebhookWebhookController_createWebhook_v1: 1,
        WebhookWebhookController_getWebhook_v1: 1,
        WebhookWebhookController_deleteWebhook_v1: 1,
      },
      deliveries: { attempted: 0, succeeded: 0, failed: 0, retried: 0, givenUp: 0, dropped: 0, pending: 0 },
    });
  });
});
