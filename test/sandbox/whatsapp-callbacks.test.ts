// Issue #13 §1: the sandbox delivers the WHATSAPP_* callbacks through the webhook delivery engine to the
// webhooks whose triggers include them, signed, with bodies shaped as the published callback examples
// (same top-level keys; `payload` a closed WhatsappSenderDto / WhatsappAccountDto, as GET shows it then).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, DISABLED } from '../../src/sandbox/index.ts';
import { verifyWebhookSignature } from '../../src/upstream/webhook-signature.ts';
import { basicAuth, DISABLED_AUTH } from '../support/credentials.ts';
import { createContractValidator } from '../support/openapi-validator.ts';
import { startValidatedSandbox, type ValidatedSandbox } from '../support/sandbox.ts';
import { call } from '../support/sandbox-rest.ts';
import { type Received, type Receiver, startReceiver } from '../support/webhook-receiver.ts';
import { loadWhatsappExample, wa, whatsappExampleFiles } from '../support/whatsapp.ts';

const SECRET = 'whatsapp-callbacks-secret-7f31';
const COMMENTS_SECRET = 'whatsapp-comments-secret-0c52';
const TRIGGERS = whatsappExampleFiles('callbacks/')
  .filter((f) => f !== 'headers.json')
  .map((f) => f.replace('.json', ''));

let sb: ValidatedSandbox;
let rx: Receiver;
const validator = createContractValidator();
let senderId = '';

const advance = (steps = 1) =>
  call(sb.url, '/_sandbox/advance', { method: 'POST', body: { steps }, auth: null });
const hook = (
  path: string,
  secret: string,
  triggers: string[],
  project: { projectId: string; keyId: string; keySecret: string },
) =>
  call(sb.url, `/v1/projects/${project.projectId}/webhooks`, {
    method: 'POST',
    body: { target: `${rx.url}${path}`, secret, triggers },
    auth: basicAuth(project.keyId, project.keySecret),
  });

beforeAll(async () => {
  sb = await startValidatedSandbox({ webhookRetryDelaysMs: [20] });
  rx = await startReceiver();
  expect((await hook('/demo', SECRET, TRIGGERS, DEMO)).status).toBe(201);
  expect((await hook('/comments', COMMENTS_SECRET, ['WHATSAPP_SENDER_COMMENT_ADDED'], DEMO)).status).toBe(
    201,
  );
  expect((await hook('/account', SECRET, TRIGGERS, DISABLED)).status).toBe(201);

  const created = await call(sb.url, `${wa()}/senders`, {
    method: 'POST',
    body: { details: { countryCode: '48', phoneNumber: '600100200', displayName: 'Hooked' } },
  });
  senderId = created.body.id;
  const path = `${wa()}/senders/${senderId}`;
  const patch = (body: unknown) => call(sb.url, path, { method: 'PATCH', body });
  await advance();
  await call(sb.url, `${path}/register`, { method: 'POST', body: { method: 'SMS' } });
  await call(sb.url, `${path}/verify`, { method: 'POST', body: { code: '123456' } });
  await call(sb.url, `${path}/comments`, { method: 'POST', body: { comment: 'Hello' } });
  await patch({ details: { displayName: 'Hooked Two', username: 'hooked' } });
  await advance();
  await patch({ status: 'SUBMIT', details: { about: 'reject me' } });
  await advance();
  await call(sb.url, `${path}/changes`, { method: 'DELETE' });
  await patch({ status: 'SUBMIT', details: { about: 'this will fail' } });
  await advance();
  await call(sb.url, path, { method: 'DELETE' });
  await advance(30);
  await call(sb.url, `${wa()}/comments`, { method: 'POST', body: { comment: 'Account note' } });

  const account = wa(DISABLED.projectId);
  const body = {
    wabaName: 'Reject Ltd',
    clientBusinessManagerId: '77',
    senderDetails: { displayName: 'R', businessCategory: 'OTHER' },
  };
  await call(sb.url, account, { method: 'POST', body, auth: DISABLED_AUTH });
  await advance(2);
  await call(sb.url, account, { method: 'PATCH', body: { wabaName: 'Accepted Ltd' }, auth: DISABLED_AUTH });
  await advance(2);
  await sb.sandbox.deliveriesIdle();
});
afterAll(async () => {
  expect(sb.problems()).toEqual([]);
  await sb.close();
  await rx.close();
});

const mine = (r: Received) => r.body.payload?.id === senderId;
const header = (r: Received) => (name: string) => r.headers[name] as string | undefined;

describe('WHATSAPP_* callbacks', () => {
  it("deliver one sender's life, in order", () => {
    expect(
      rx
        .at('/demo')
        .filter(mine)
        .map((r) => r.body.type),
    ).toEqual([
      'WHATSAPP_SENDER_PENDING_VERIFICATION',
      'WHATSAPP_SENDER_ACTIVE',
      'WHATSAPP_SENDER_COMMENT_ADDED',
      'WHATSAPP_SENDER_DISPLAY_NAME_UPDATED',
      'WHATSAPP_SENDER_USERNAME_UPDATED',
      'WHATSAPP_SENDER_REJECTED',
      'WHATSAPP_SENDER_ERROR',
      'WHATSAPP_SENDER_DELETED',
    ]);
    const comment = rx.at('/demo').find((r) => mine(r) && r.body.type === 'WHATSAPP_SENDER_COMMENT_ADDED');
    expect(comment?.body.comment).toBe('Hello');
    const named = rx
      .at('/demo')
      .find((r) => mine(r) && r.body.type === 'WHATSAPP_SENDER_DISPLAY_NAME_UPDATED');
    expect(named?.body.payload.details.displayName).toBe('Hooked Two');
  });

  it("deliver the account's review and comments", () => {
    expect(rx.at('/account').map((r) => r.body.type)).toEqual([
      'WHATSAPP_ACCOUNT_PENDING_VERIFICATION',
      'WHATSAPP_ACCOUNT_REJECTED',
      'WHATSAPP_ACCOUNT_PENDING_VERIFICATION',
      'WHATSAPP_ACCOUNT_ONBOARDED',
    ]);
    const comments = rx.at('/demo').filter((r) => r.body.type === 'WHATSAPP_ACCOUNT_COMMENT_ADDED');
    expect(comments.map((r) => r.body.comment)).toEqual(['Account note']);
  });

  it('only to webhooks whose triggers include the type', () => {
    const comments = rx.at('/comments');
    expect(comments.map((r) => r.body.type)).toEqual(['WHATSAPP_SENDER_COMMENT_ADDED']);
    expect(comments.every((r) => verifyWebhookSignature([COMMENTS_SECRET], r.raw, header(r)).ok)).toBe(true);
    expect(rx.at('/demo').every((r) => verifyWebhookSignature([SECRET], r.raw, header(r)).ok)).toBe(true);
  });

  it('shaped as the published callback examples, payloads valid against the spec', () => {
    expect(rx.received.length).toBeGreaterThan(10);
    for (const r of rx.received) {
      const example = loadWhatsappExample(`callbacks/${r.body.type}.json`);
      expect(Object.keys(r.body).sort(), r.body.type).toEqual(Object.keys(example).sort());
      const schema = r.body.type.startsWith('WHATSAPP_SENDER_') ? 'WhatsappSenderDto' : 'WhatsappAccountDto';
      expect(validator.validateSchema(schema, r.body.payload), r.body.type).toEqual([]);
    }
    const deleted = rx.at('/demo').find((r) => mine(r) && r.body.type === 'WHATSAPP_SENDER_DELETED');
    expect(Object.keys(deleted?.body.payload).sort()).toEqual(
      Object.keys(loadWhatsappExample('callbacks/WHATSAPP_SENDER_DELETED.json').payload).sort(),
    );
  });
});
