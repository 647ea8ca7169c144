// Issue #13 acceptance 1 (sandbox side) and 2: every published WhatsApp request example is accepted with its
// documented status; every published response and callback example validates against the spec's schemas
// (closed objects), so the validator that checks every sandbox answer is the one the examples pass.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DISABLED, OTHER } from '../../src/sandbox/index.ts';
import { DISABLED_AUTH, OTHER_AUTH } from '../support/credentials.ts';
import { createContractValidator } from '../support/openapi-validator.ts';
import { startValidatedSandbox, type ValidatedSandbox } from '../support/sandbox.ts';
import { call } from '../support/sandbox-rest.ts';
import { loadWhatsappExample as load, wa, waSender, whatsappExampleFiles } from '../support/whatsapp.ts';

let sb: ValidatedSandbox;
beforeAll(async () => {
  sb = await startValidatedSandbox();
});
beforeEach(() => sb.reset());
afterAll(async () => {
  expect(sb.problems()).toEqual([]);
  await sb.close();
});

const files = whatsappExampleFiles();
const requests = files.filter((f) => f.includes('.request'));

describe('published request examples', () => {
  it('are the 15 files this suite sends', () => expect(requests).toHaveLength(15));

  it.each(files.filter((f) => f.startsWith('createSender.request.')))(
    '%s → 201 IN_PROGRESS',
    async (file) => {
      const body = load(file);
      const r = await call(sb.url, `${wa()}/senders`, { method: 'POST', body });
      expect(r.status).toBe(201);
      expect(r.body.state).toBe('IN_PROGRESS');
      expect(r.body.changes.status).toBe('IN_PROGRESS');
      expect(r.body.region).toBe(body.region ?? 'EU');
      if (body.details?.displayName)
        expect(r.body.changes.details.displayName).toBe(body.details.displayName);
    },
  );

  it('update.request.default.json → 200: display name to metadata, the rest a DRAFT change', async () => {
    const r = await call(sb.url, waSender('active'), {
      method: 'PATCH',
      body: load('update.request.default.json'),
    });
    expect(r.status).toBe(200);
    expect(r.body.metadata.displayName).toEqual({ value: 'Test name update', status: 'PENDING' });
    expect(r.body.changes.status).toBe('DRAFT');
    expect(r.body.changes.details).toMatchObject({
      about: 'Test about update',
      websiteTwo: 'https://example-2.com',
    });
    expect(r.body.changes.details.email).toBeUndefined();
    expect(r.body.details.displayName).toBe('Demo Travel');
  });

  it('update.request.username.json → 200, username under review', async () => {
    const r = await call(sb.url, waSender('active'), {
      method: 'PATCH',
      body: load('update.request.username.json'),
    });
    expect(r.status).toBe(200);
    expect(r.body.metadata.username).toEqual({ value: 'Username', status: 'PENDING' });
  });

  it('createComment.request.json → 201 {type: CREATED}', async () => {
    const r = await call(sb.url, `${waSender('active')}/comments`, {
      method: 'POST',
      body: load('createComment.request.json'),
    });
    expect([r.status, r.body.type, r.body.comment]).toEqual([201, 'CREATED', 'Example comment.']);
  });

  it('register.request.json → 200 (code sent), then verify.request.json → 204 and ACTIVE', async () => {
    const path = waSender('pending-verification');
    const reg = await call(sb.url, `${path}/register`, {
      method: 'POST',
      body: load('register.request.json'),
    });
    expect(reg.status).toBe(200);
    expect(reg.body).toMatchObject({ method: 'SMS', verificationCodeSent: true });
    const ver = await call(sb.url, `${path}/verify`, { method: 'POST', body: load('verify.request.json') });
    expect([ver.status, ver.body]).toEqual([204, undefined]);
    expect((await call(sb.url, path)).body.state).toBe('ACTIVE');
  });

  it('register.request.json on an Embedded Signup number → 200 verificationCodeSent false', async () => {
    const r = await call(sb.url, `${waSender('pending-verification-es')}/register`, {
      method: 'POST',
      body: load('register.request.json'),
    });
    expect([r.status, r.body.verificationCodeSent]).toEqual([200, false]);
  });

  it.each(['createAccount.request.input.json', 'createAccount.request.partnerInitiated.json'])(
    '%s on a project without an account → 201, review IN_PROGRESS',
    async (file) => {
      const body = load(file);
      const r = await call(sb.url, wa(DISABLED.projectId), { method: 'POST', body, auth: DISABLED_AUTH });
      expect(r.status).toBe(201);
      expect(r.body.changes.status).toBe('IN_PROGRESS');
      expect(r.body.changes.details.clientBusinessManagerId).toBe(body.clientBusinessManagerId);
    },
  );

  it.each(['updateAccount.request.input.json', 'updateAccount.request.partnerInitiated.json'])(
    '%s on the REJECTED account → 200, resubmitted',
    async (file) => {
      const body = load(file);
      const r = await call(sb.url, wa(OTHER.projectId), { method: 'PATCH', body, auth: OTHER_AUTH });
      expect(r.status).toBe(200);
      expect([r.body.state, r.body.changes.status]).toEqual(['REJECTED', 'IN_PROGRESS']);
      expect(r.body.changes.details.wabaName).toBe(body.wabaName);
    },
  );

  it('createAccountComment.request.json → 201', async () => {
    const r = await call(sb.url, `${wa()}/comments`, {
      method: 'POST',
      body: load('createAccountComment.request.json'),
    });
    expect([r.status, r.body.type]).toEqual([201, 'CREATED']);
  });
});

describe('published response, error and callback examples validate against the spec', () => {
  const validator = createContractValidator();
  const schemaOf: Record<string, string> = {
    createAccount: 'WhatsappAccountDto',
    createAccountComment: 'WhatsappCommentDto',
    createComment: 'WhatsappCommentDto',
    createSender: 'WhatsappSenderDto',
    get: 'WhatsappSenderDto',
    getAccount: 'WhatsappAccountDto',
    listAccountActivities: 'WhatsappAccountNotificationListDto',
    listActivities: 'WhatsappSenderNotificationListDto',
    listSenders: 'WhatsappSenderListDto',
    register: 'WhatsappSenderRegisterDto',
    update: 'WhatsappSenderDto',
    updateAccount: 'WhatsappAccountDto',
  };
  it.each(files.filter((f) => f.includes('.response.')))('%s', (file) => {
    const schema = schemaOf[file.split('.')[0] as string] as string;
    expect(validator.validateSchema(schema, load(file))).toEqual([]);
  });
  it.each(whatsappExampleFiles('errors/'))('errors/%s', (file) => {
    expect(validator.validateSchema('WhatsappPapiErrorDto', load(`errors/${file}`))).toEqual([]);
  });
  it.each(whatsappExampleFiles('callbacks/').filter((f) => f !== 'headers.json'))('callbacks/%s', (file) => {
    const body = load(`callbacks/${file}`);
    const schema = body.type.startsWith('WHATSAPP_SENDER_') ? 'WhatsappSenderDto' : 'WhatsappAccountDto';
    expect(validator.validateSchema(schema, body.payload)).toEqual([]);
  });
  it('a renamed field is reported (objects are closed)', () => {
    const { bearerToken, ...rest } = load('get.response.200.json');
    expect(validator.validateSchema('WhatsappSenderDto', { ...rest, bearerTokn: bearerToken })).not.toEqual(
      [],
    );
  });
});
