// The other success paths of the WhatsApp mutations (Embedded Signup and partner-initiated creates,
// comments, the account), upstream error codes mapped to their union members, and credentials: no
// bearerToken, authenticationCode or Authorization in any response or log line of these requests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_AUTH, DISABLED_AUTH, OTHER_AUTH } from '../support/credentials.ts';
import { type GraphQLHarness, startGraphQLHarness } from '../support/graphql.ts';
import { captureLog, type LogCapture } from '../support/log-capture.ts';
import { addFaults, clearFaults } from './mutations/sandbox-control.ts';
import { ACTIVE_ID, PENDING_ID } from './whatsapp/bad-input-cases.ts';
import { type Answer, accountOp, calls, op, PROJECT } from './whatsapp/control.ts';
import * as D from './whatsapp/documents.ts';

const AUTH_CODE = 'es-auth-code-4f1c9b';
let h: GraphQLHarness;
let log: LogCapture;
const answers: string[] = [];
const send = async (doc: string, input: unknown, headers?: Record<string, string>) => {
  const res = await h.raw<Record<string, Answer>, { input: unknown }>(doc, { input }, headers);
  answers.push(JSON.stringify(res));
  if (res.errors.length > 0) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  return Object.values(res.data ?? {})[0] as Answer;
};
beforeAll(async () => {
  log = captureLog();
  h = await startGraphQLHarness();
  await h.resetStats();
});
afterAll(async () => {
  log.stop();
  await h.close();
  expect(h.problems()).toEqual([]);
});

describe('the other create variants, comments and the account', () => {
  it('before it has an account, a project answers NotFoundError project_not_initialized naming it', async () => {
    const input = {
      projectId: 'rcs-disabled-project',
      phoneProvisioning: { details: { countryCode: '1', phoneNumber: '5550100', displayName: 'Co' } },
    };
    const r = await send(D.CREATE, input, { authorization: DISABLED_AUTH });
    expect(r).toMatchObject({
      __typename: 'NotFoundError',
      code: 'project_not_initialized',
      resourceId: 'rcs-disabled-project',
    });
    await h.resetStats();
  });

  it('Embedded Signup: one call, the created sender primed', async () => {
    const r = await send(D.CREATE, {
      projectId: PROJECT,
      embeddedSignup: {
        wabaId: '11111111111111',
        phoneNumberId: '222222222222222',
        region: 'EU',
        metaLocalStorage: 'DE',
        authenticationCode: AUTH_CODE,
      },
    });
    expect(r).toMatchObject({ __typename: 'CreateWhatsappSenderSuccess', sender: { state: 'IN_PROGRESS' } });
    expect(await calls(h)).toEqual({ [op('createSender')]: 1 });
  });

  it('partner-initiated with submit: false → DRAFT changes', async () => {
    const r = await send(D.CREATE, {
      projectId: PROJECT,
      partnerInitiated: {
        phoneNumberProvider: 'CUSTOMER',
        submit: false,
        details: {
          displayName: 'Test name',
          vertical: 'EDUCATION',
          countryCode: '48',
          phoneNumber: '777777777',
          about: 'Test about',
        },
      },
    });
    expect(r.__typename).toBe('CreateWhatsappSenderSuccess');
    expect(r.sender.changes.status).toBe('DRAFT');
  });

  it('addWhatsappSenderComment → the comment, and the sender with COMMENT_ADDED on top (one GET)', async () => {
    await h.resetStats();
    const r = await send(D.SENDER_COMMENT, { senderId: ACTIVE_ID, comment: 'Please review.' });
    expect(r.comment).toMatchObject({ comment: 'Please review.', author: null });
    expect(r.sender.activities.edges[0].node).toEqual({ type: 'COMMENT_ADDED', comment: 'Please review.' });
    expect(await calls(h)).toEqual({ [op('createComment')]: 1, [op('listActivities')]: 1, [op('get')]: 1 });
  });

  it('createWhatsappAccount on a project without one; then a comment on it', async () => {
    const input = {
      projectId: 'rcs-disabled-project',
      wabaName: 'Legal name of company',
      clientBusinessManagerId: '1234567890',
      businessManager: 'SINCH_UK',
      senderDetails: {
        displayName: 'My Sender Name',
        businessCategory: 'OTC_DRUGS',
        region: 'EU',
        metaLocalStorage: 'BH',
      },
    };
    const r = await send(D.CREATE_ACCOUNT, input, { authorization: DISABLED_AUTH });
    expect(r.__typename).toBe('CreateWhatsappAccountSuccess');
    expect(r.account.changes).toEqual({
      status: 'IN_PROGRESS',
      details: { wabaName: 'Legal name of company' },
    });
    const c = await send(
      D.ACCOUNT_COMMENT,
      { projectId: 'rcs-disabled-project', comment: 'Hi' },
      { authorization: DISABLED_AUTH },
    );
    expect(c).toMatchObject({ __typename: 'AddWhatsappAccountCommentSuccess', comment: { comment: 'Hi' } });
  });

  it('updateWhatsappAccount on the REJECTED account → resubmitted', async () => {
    await h.resetStats();
    const r = await send(
      D.UPDATE_ACCOUNT,
      { projectId: 'other-project', wabaName: 'Accepted Co' },
      { authorization: OTHER_AUTH },
    );
    expect(r.account).toMatchObject({
      state: 'REJECTED',
      changes: { status: 'IN_PROGRESS', details: { wabaName: 'Accepted Co' } },
    });
    expect(await calls(h)).toEqual({ [accountOp('updateAccount')]: 1 });
  });
});

describe('upstream error codes → union members', () => {
  const senderIn = (key: string) => ({ id: key === 'active' ? ACTIVE_ID : PENDING_ID });

  it.each([
    [
      'account_exists',
      D.CREATE_ACCOUNT,
      {
        projectId: PROJECT,
        wabaName: 'X',
        clientBusinessManagerId: '1',
        senderDetails: { displayName: 'X', businessCategory: 'OTHER' },
      },
      'ConflictError',
    ],
    ['account_not_updatable', D.UPDATE_ACCOUNT, { projectId: PROJECT, wabaName: 'X' }, 'InvalidStateError'],
    ['not_allowed_register', D.REGISTER_ONLY, { ...senderIn('active'), method: 'SMS' }, 'InvalidStateError'],
    ['not_allowed_verify', D.VERIFY, { ...senderIn('pending'), code: '123456' }, 'InvalidStateError'],
    ['sender_changes_not_found', D.DISCARD, senderIn('active'), 'NotFoundError'],
    [
      'sender_not_found',
      D.UPDATE,
      { id: 'no-such-sender', projectId: PROJECT, details: { about: 'x' } },
      'NotFoundError',
    ],
  ])('%s → %s', async (code, doc, input, member) => {
    const r = await send(doc, input);
    expect([r.__typename, r.code]).toEqual([member, code]);
  });

  it('a seeded sender deleted 10 days ago: InvalidStateError sender_already_deleted', async () => {
    const { encodeWhatsappSenderId } = await import('../../src/schema/whatsapp/ids.ts');
    const { seedWhatsappSenderId } = await import('../../src/sandbox/whatsapp/seed.ts');
    const id = encodeWhatsappSenderId(PROJECT, seedWhatsappSenderId(PROJECT, 'deleted'));
    const r = await send(D.DELETE_ONLY, { id });
    expect([r.__typename, r.code]).toEqual(['InvalidStateError', 'sender_already_deleted']);
  });

  it('429 on register → RateLimitedError with the Retry-After seconds; never retried', async () => {
    await addFaults(h, [
      { match: { operationId: op('register') }, status: 429, retryAfterSeconds: 7, times: 1 },
    ]);
    await h.resetStats();
    const r = await send(D.REGISTER_ONLY, { id: PENDING_ID, method: 'SMS' });
    await clearFaults(h);
    expect(r).toMatchObject({ __typename: 'RateLimitedError', retryAfterSeconds: 7 });
    expect(await calls(h)).toEqual({ [op('register')]: 1 });
  });
});

describe('credentials', () => {
  it('no bearerToken, authenticationCode or Authorization in any answer or log line', async () => {
    const tokens = await fetch(`${h.sandboxUrl}/v1/projects/${PROJECT}/whatsapp/senders?pageSize=100`, {
      headers: { authorization: DEMO_AUTH },
    }).then((r) => r.json() as Promise<{ senders: { bearerToken?: string }[] }>);
    const secrets = [
      AUTH_CODE,
      DEMO_AUTH,
      OTHER_AUTH,
      DISABLED_AUTH,
      ...tokens.senders.flatMap((s) => (s.bearerToken ? [s.bearerToken] : [])),
    ];
    expect(secrets.length).toBeGreaterThan(5);
    const texts = [...answers, ...log.lines().map((l) => l.raw)];
    expect(answers.length).toBeGreaterThan(10);
    for (const text of texts) {
      expect(text).not.toMatch(/bearerToken|authenticationCode/);
      for (const secret of secrets) expect(text.includes(secret)).toBe(false);
    }
  });
});
