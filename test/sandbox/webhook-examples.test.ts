// Webhook registration against Sinch's published examples (contract/upstream/examples/webhooks/): every
// request example is accepted and answered with its response example, every response example validates,
// and every error example is reproduced byte for byte by the sandbox (a new example file without a driver
// here fails). Every exchange is validated against the webhook document by the validated sandbox.
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO } from '../../src/sandbox/index.ts';
import { createContractValidator } from '../support/openapi-validator.ts';
import { startValidatedSandbox, type ValidatedSandbox } from '../support/sandbox.ts';
import { type CallInit, call, type Reply } from '../support/sandbox-rest.ts';

const DIR = new URL('../../contract/upstream/examples/webhooks/', import.meta.url);
const load = (file: string) => JSON.parse(readFileSync(new URL(file, DIR), 'utf8'));
const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));
const errorFiles = readdirSync(new URL('errors/', DIR)).filter((f) => f.endsWith('.json'));

const HOOKS = `/v1/projects/${DEMO.projectId}/webhooks`;
const UNKNOWN_ID = '7d1c5a7e-1111-4222-8333-444455556666';
const input = (target: string) => ({ target, secret: 'examples-secret-3c1f', triggers: ['ALL'] });

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
async function register(target = 'https://my.server.com/other'): Promise<string> {
  const r = await hooks('', { method: 'POST', body: input(target) });
  expect(r.status).toBe(201);
  return r.body.id;
}
/** The example with its placeholders filled from the answer. */
const filled = (example: Record<string, unknown>, id: string) => ({
  ...example,
  id,
  projectId: DEMO.projectId,
});

describe('published request examples', () => {
  const requests = files.filter((f) => f.includes('.request.'));
  it('has the six request examples', () => expect(requests).toHaveLength(6));

  it.each(requests)('%s → its response example', async (file) => {
    const [operation, , name] = file.split('.') as [string, string, string];
    const response = files.find(
      (f) => f.startsWith(`${operation}.response.`) && f.includes(name.replace(/Req$/, 'Res')),
    );
    expect(response).toBeDefined();
    const body = load(file);
    let r: Reply;
    if (operation === 'createWebhook') r = await hooks('', { method: 'POST', body });
    else {
      const id = await register();
      r = await hooks(`/${id}`, { method: operation === 'replaceWebhook' ? 'PUT' : 'PATCH', body });
    }
    expect(r.status).toBe(operation === 'createWebhook' ? 201 : 200);
    expect(r.body).toEqual(filled(load(response as string), r.body.id));
    expect(JSON.stringify(r.body)).not.toContain('WEBHOOK_SECRET');
  });

  it.each(['getWebhook.response.200.noTriggers.json', 'getWebhook.response.200.triggers.json'])(
    'GET reproduces %s',
    async (file) => {
      const example = load(file);
      const created = await hooks('', {
        method: 'POST',
        body: { secret: 's', target: example.target, triggers: example.triggers },
      });
      const r = await hooks(`/${created.body.id}`);
      expect(r.status).toBe(200);
      expect(r.body).toEqual(filled(example, created.body.id));
    },
  );

  it('lists like listWebhooks.response.200.json: alphabetical by target, paged with tokens', async () => {
    for (const n of [3, 1, 5, 2, 4]) await register(`https://my.server.com/callback${n}`);
    const first = await hooks('?pageSize=2');
    expect(first.status).toBe(200);
    expect(Object.keys(first.body)).toEqual(['nextPageToken', 'pageSize', 'totalSize', 'webhooks']);
    expect(first.body.pageSize).toBe(2);
    expect(first.body.totalSize).toBe(5);
    expect(first.body.webhooks.map((w: { target: string }) => w.target)).toEqual([
      'https://my.server.com/callback1',
      'https://my.server.com/callback2',
    ]);
    const second = await hooks(`?pageSize=2&pageToken=${first.body.nextPageToken}`);
    expect(second.body.webhooks.map((w: { target: string }) => w.target)).toEqual([
      'https://my.server.com/callback3',
      'https://my.server.com/callback4',
    ]);
    expect(Object.keys(second.body)).toEqual([
      'previousPageToken',
      'nextPageToken',
      'pageSize',
      'totalSize',
      'webhooks',
    ]);
    const all = await hooks();
    expect(all.body.pageSize).toBe(15);
    expect(all.body.webhooks).toHaveLength(5);
    expect(all.body.nextPageToken).toBeUndefined();
  });
});

describe('published response examples validate against the webhook document', () => {
  const validator = createContractValidator();
  const schemaOf: Record<string, string> = {
    createWebhook: 'WebhookWebhookDto',
    getWebhook: 'WebhookWebhookDto',
    replaceWebhook: 'WebhookWebhookDto',
    updateWebhook: 'WebhookWebhookDto',
    listWebhooks: 'WebhookWebhookListDto',
  };
  it.each(files.filter((f) => f.includes('.response.')))('%s', (file) => {
    const schema = schemaOf[file.split('.')[0] as string] as string;
    expect(validator.validateSchema(schema, load(file))).toEqual([]);
  });
  it.each(errorFiles)('errors/%s', (file) => {
    expect(validator.validateSchema('WebhookPapiErrorDto', load(`errors/${file}`))).toEqual([]);
  });
  it('catches a renamed field (trigger instead of triggers)', () => {
    const { triggers, ...rest } = load('getWebhook.response.200.triggers.json');
    expect(validator.validateSchema('WebhookWebhookDto', { ...rest, trigger: triggers })).not.toEqual([]);
  });
});

const METHOD: Record<string, string> = {
  listWebhooks: 'GET',
  createWebhook: 'POST',
  getWebhook: 'GET',
  replaceWebhook: 'PUT',
  updateWebhook: 'PATCH',
  deleteWebhook: 'DELETE',
};

/** Makes the sandbox answer `operation` with `code`; returns the answer. */
async function provoke(operation: string, code: string): Promise<Reply> {
  const method = METHOD[operation] as string;
  const byId = !['listWebhooks', 'createWebhook'].includes(operation);
  const full = input('https://my.server.com/full');
  const body =
    method === 'POST' || method === 'PUT' ? full : method === 'PATCH' ? { triggers: ['ALL'] } : undefined;
  const at = async (id?: string) => (byId ? `/${id ?? (await register())}` : '');
  switch (code) {
    case 'unauthorized_error':
      return hooks(await at(UNKNOWN_ID), { method, body, auth: null });
    case 'internal_error':
      await call(sb.url, '/_sandbox/faults', {
        method: 'POST',
        auth: null,
        body: {
          rules: [{ match: { operationId: `WebhookWebhookController_${operation}_v1` }, status: 500 }],
        },
      });
      return hooks(await at(UNKNOWN_ID), { method, body });
    case 'invalid_id_format':
      return hooks('/not-a-webhook-id', { method, body });
    case 'webhook_not_found':
      return hooks(`/${UNKNOWN_ID}`, { method, body });
    case 'invalid_payload':
      return hooks(await at(), { method, raw: '{"target": ' });
    case 'invalid_input':
      return hooks(await at(), {
        method,
        body: method === 'PATCH' ? { target: 123 } : { ...full, target: 123 },
      });
    case 'webhook_exists': {
      await register('https://my.server.com/taken');
      return hooks(await at(), { method, body: { ...full, target: 'https://my.server.com/taken' } });
    }
    case 'webhook_limit_reached':
      for (let i = 0; i < 15; i++) await register(`https://my.server.com/hook-${String(i).padStart(2, '0')}`);
      return hooks('', { method, body: full });
    case 'invalid_page_size':
      return hooks('?pageSize=16');
    case 'invalid_page_token':
      return hooks('?pageToken=not-a-token');
    default:
      throw new Error(`no driver for ${operation} ${code}`);
  }
}

describe('published error examples are reproduced exactly', () => {
  it('covers every documented webhook error', () => expect(errorFiles).toHaveLength(32));
  it.each(errorFiles)('errors/%s', async (file) => {
    const [operation, status, code] = file.split('.') as [string, string, string];
    const r = await provoke(operation, code);
    expect(r.status).toBe(Number(status));
    expect(r.body).toEqual(load(`errors/${file}`));
  });
});
