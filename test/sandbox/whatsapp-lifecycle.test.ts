// Issue #13 acceptance 3: a WhatsApp sender walked from create through register/verify to ACTIVE, then a
// draft change, a submitted change, a rejected one, a display-name change and delete (30 simulated days),
// asserting every state, error code and activity on the way; and the account's review. Every answer is
// validated against the WhatsApp documents (closed objects).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISABLED } from '../../src/sandbox/index.ts';
import { DISABLED_AUTH } from '../support/credentials.ts';
import { startValidatedSandbox, type ValidatedSandbox } from '../support/sandbox.ts';
import { call, type Reply } from '../support/sandbox-rest.ts';
import { wa } from '../support/whatsapp.ts';

let sb: ValidatedSandbox;
beforeAll(async () => {
  sb = await startValidatedSandbox();
});
afterAll(async () => {
  expect(sb.problems()).toEqual([]);
  await sb.close();
});

const code = (r: Reply) => [r.status, r.body?.errorCode];
const advance = async (steps = 1) =>
  (await call(sb.url, '/_sandbox/advance', { method: 'POST', body: { steps }, auth: null })).body;

describe('a sender from create to removal', () => {
  let path = '';
  let id = '';
  const get = async () => (await call(sb.url, path)).body;
  const activities = async () =>
    (await call(sb.url, `${path}/activities`)).body.notifications.map((n: { type: string }) => n.type);
  const patch = (body: unknown) => call(sb.url, path, { method: 'PATCH', body });
  const mine = (t: { senderId?: string }) => t.senderId === id;

  it('create → 201 IN_PROGRESS, the profile submitted for review', async () => {
    const r = await call(sb.url, `${wa()}/senders`, {
      method: 'POST',
      body: { details: { countryCode: '49', phoneNumber: '1701234567', displayName: 'Demo Tours' } },
    });
    expect(r.status).toBe(201);
    id = r.body.id;
    path = `${wa()}/senders/${id}`;
    expect(r.body.state).toBe('IN_PROGRESS');
    expect(r.body.changes).toEqual({
      status: 'IN_PROGRESS',
      details: { displayName: 'Demo Tours', vertical: 'NOT_SET' },
    });
    expect(await activities()).toEqual(['CREATED']);
    expect(code(await call(sb.url, `${path}/register`, { method: 'POST', body: { method: 'SMS' } }))).toEqual(
      [409, 'not_allowed_register'],
    );
    expect(code(await patch({ details: { about: 'x' } }))).toEqual([409, 'sender_not_updatable']);
  });

  it('advance → PENDING_VERIFICATION, profile applied', async () => {
    const day = await advance();
    expect(day.transitions.filter(mine)).toEqual([
      {
        projectId: 'demo-project',
        kind: 'whatsappSender',
        senderId: id,
        subject: 'changes',
        from: 'IN_PROGRESS',
        to: 'APPLIED',
      },
      {
        projectId: 'demo-project',
        kind: 'whatsappSender',
        senderId: id,
        subject: 'state',
        from: 'IN_PROGRESS',
        to: 'PENDING_VERIFICATION',
      },
    ]);
    const s = await get();
    expect(s.state).toBe('PENDING_VERIFICATION');
    expect(s.changes).toBeUndefined();
    expect(s.details).toEqual({ displayName: 'Demo Tours', vertical: 'NOT_SET' });
    expect(s.metadata.displayName).toEqual({ value: 'Demo Tours', status: 'APPROVED' });
    expect(await activities()).toEqual(['EDITED', 'CREATED']);
  });

  it('register, a wrong OTP, the right OTP → ACTIVE', async () => {
    expect(code(await call(sb.url, `${path}/verify`, { method: 'POST', body: { code: '123456' } }))).toEqual([
      409,
      'not_allowed_verify',
    ]);
    const reg = await call(sb.url, `${path}/register`, { method: 'POST', body: { method: 'VOICE' } });
    expect(reg.status).toBe(200);
    expect(reg.body).toEqual({
      id,
      method: 'VOICE',
      accepted: reg.body.accepted,
      verificationCodeSent: true,
    });
    expect(code(await call(sb.url, `${path}/verify`, { method: 'POST', body: { code: '654321' } }))).toEqual([
      409,
      'wrong_otp',
    ]);
    expect(code(await call(sb.url, `${path}/verify`, { method: 'POST', body: {} }))).toEqual([
      409,
      'wrong_otp',
    ]);
    expect((await get()).state).toBe('PENDING_VERIFICATION');
    const ok = await call(sb.url, `${path}/verify`, { method: 'POST', body: { code: '123456' } });
    expect(ok.status).toBe(204);
    const s = await get();
    expect([s.state, s.qualityRating, s.maxTps]).toEqual(['ACTIVE', 'GREEN', 10]);
    expect(await activities()).toEqual(['ACTIVE', 'VERIFIED', 'REGISTERED', 'EDITED', 'CREATED']);
    expect(code(await call(sb.url, `${path}/register`, { method: 'POST', body: { method: 'SMS' } }))).toEqual(
      [409, 'not_allowed_register'],
    );
  });

  it('a draft change stays a draft over a simulated day', async () => {
    const r = await patch({ details: { about: 'Tours and tickets' } });
    expect(r.status).toBe(200);
    expect(r.body.changes).toEqual({
      status: 'DRAFT',
      details: { displayName: 'Demo Tours', vertical: 'NOT_SET', about: 'Tours and tickets' },
    });
    expect(r.body.details.about).toBeUndefined();
    expect((await advance()).transitions.filter(mine)).toEqual([]);
    expect((await get()).changes.status).toBe('DRAFT');
    expect((await activities())[0]).toBe('DRAFT');
  });

  it('SUBMIT submits the draft; advance applies it', async () => {
    expect(code(await patch({ status: 'DRAFT' }))).toEqual([400, 'no_fields_to_update']);
    const r = await patch({ status: 'SUBMIT', details: { vertical: 'TRAVEL_AND_TRANSPORTATION' } });
    expect(r.status).toBe(200);
    expect(r.body.changes.status).toBe('IN_PROGRESS');
    expect(code(await patch({ details: { about: 'Too late' } }))).toEqual([
      409,
      'sender_changes_not_updatable',
    ]);
    expect(code(await call(sb.url, `${path}/changes`, { method: 'DELETE' }))).toEqual([
      409,
      'sender_changes_not_deletable',
    ]);
    await advance();
    const s = await get();
    expect(s.changes).toBeUndefined();
    expect(s.details).toEqual({
      displayName: 'Demo Tours',
      vertical: 'TRAVEL_AND_TRANSPORTATION',
      about: 'Tours and tickets',
    });
    expect((await activities()).slice(0, 2)).toEqual(['EDITED', 'IN_PROGRESS']);
  });

  it('a submitted change the review rejects, then discarded', async () => {
    expect((await patch({ status: 'SUBMIT', details: { about: 'Please reject this' } })).status).toBe(200);
    await advance();
    expect((await get()).changes.status).toBe('REJECTED');
    expect((await activities())[0]).toBe('REJECTED');
    expect((await call(sb.url, `${path}/changes`, { method: 'DELETE' })).status).toBe(204);
    expect((await get()).changes).toBeUndefined();
    expect(code(await call(sb.url, `${path}/changes`, { method: 'DELETE' }))).toEqual([
      404,
      'sender_changes_not_found',
    ]);
  });

  it('a display-name change goes to metadata.displayName, applied by the review', async () => {
    const r = await patch({ details: { displayName: 'Demo Tours & Travel' } });
    expect(r.status).toBe(200);
    expect(r.body.metadata.displayName).toEqual({ value: 'Demo Tours & Travel', status: 'PENDING' });
    expect(r.body.details.displayName).toBe('Demo Tours');
    expect(r.body.changes).toBeUndefined();
    expect(code(await patch({ details: { displayName: 'Again' } }))).toEqual([
      409,
      'sender_display_name_update_not_allowed',
    ]);
    const day = await advance();
    expect(
      day.transitions.filter(mine).map((t: { subject: string; to: string }) => `${t.subject}:${t.to}`),
    ).toEqual(['displayName:APPROVED']);
    const s = await get();
    expect(s.details.displayName).toBe('Demo Tours & Travel');
    expect(s.metadata.displayName.status).toBe('APPROVED');
  });

  it('delete: still ACTIVE for 30 simulated days, then removed', async () => {
    expect((await call(sb.url, path, { method: 'DELETE' })).status).toBe(204);
    expect((await get()).state).toBe('ACTIVE');
    expect(code(await call(sb.url, path, { method: 'DELETE' }))).toEqual([409, 'sender_already_deleted']);
    expect(code(await patch({ details: { about: 'x' } }))).toEqual([409, 'sender_not_updatable']);
    await advance(29);
    expect((await get()).state).toBe('ACTIVE');
    const day = await advance();
    expect(day.transitions.filter(mine)).toEqual([
      {
        projectId: 'demo-project',
        kind: 'whatsappSender',
        senderId: id,
        subject: 'state',
        from: 'ACTIVE',
        to: 'REMOVED',
      },
    ]);
    expect(code(await call(sb.url, path))).toEqual([404, 'sender_not_found']);
  });
});

describe('the account', () => {
  const auth = DISABLED_AUTH;
  const path = wa(DISABLED.projectId);
  const account = async () => (await call(sb.url, path, { auth })).body;

  it('a project without one: 404 account_not_found, 400 project_not_initialized for senders', async () => {
    expect(code(await call(sb.url, path, { auth }))).toEqual([404, 'account_not_found']);
    expect(code(await call(sb.url, `${path}/senders`, { auth }))).toEqual([400, 'project_not_initialized']);
    expect(code(await call(sb.url, path, { method: 'DELETE', auth }))).toEqual([
      400,
      'project_not_initialized',
    ]);
  });

  it('create → IN_PROGRESS → PENDING_FACEBOOK_VERIFICATION → REJECTED; PATCH resubmits → ONBOARDED', async () => {
    const body = {
      wabaName: 'Rejected Co',
      clientBusinessManagerId: '42',
      senderDetails: { displayName: 'Co', businessCategory: 'OTHER' },
    };
    const r = await call(sb.url, path, { method: 'POST', body, auth });
    expect(r.status).toBe(201);
    expect([r.body.state, r.body.changes.status]).toEqual([undefined, 'IN_PROGRESS']);
    expect(code(await call(sb.url, path, { method: 'POST', body, auth }))).toEqual([409, 'account_exists']);
    expect(code(await call(sb.url, path, { method: 'PATCH', body: { wabaName: 'Co' }, auth }))).toEqual([
      409,
      'account_not_updatable',
    ]);
    await advance();
    expect((await account()).changes.status).toBe('PENDING_FACEBOOK_VERIFICATION');
    await advance();
    const rejected = await account();
    expect([rejected.state, rejected.changes.status]).toEqual(['REJECTED', 'REJECTED']);
    const p = await call(sb.url, path, { method: 'PATCH', body: { wabaName: 'Accepted Co' }, auth });
    expect([p.status, p.body.state, p.body.changes.status]).toEqual([200, 'REJECTED', 'IN_PROGRESS']);
    await advance(2);
    const onboarded = await account();
    expect(onboarded.state).toBe('ONBOARDED');
    expect(onboarded.changes).toBeUndefined();
    expect(onboarded.details).toMatchObject({ wabaName: 'Accepted Co', clientBusinessManagerId: '42' });
    const log = (await call(sb.url, `${path}/activities`, { auth })).body.notifications;
    expect(log.map((n: { type: string }) => n.type)).toEqual([
      'EDITED',
      'PENDING_FACEBOOK_VERIFICATION',
      'EDITED',
      'REJECTED',
      'PENDING_FACEBOOK_VERIFICATION',
      'CREATED',
    ]);
  });

  it('delete needs no senders; then the project is uninitialized again', async () => {
    const s = await call(sb.url, `${path}/senders`, {
      method: 'POST',
      body: { details: { countryCode: '1', phoneNumber: '5550100', displayName: 'Co sender' } },
      auth,
    });
    expect(s.status).toBe(201);
    const refused = await call(sb.url, path, { method: 'DELETE', auth });
    expect(code(refused)).toEqual([409, 'account_has_senders']);
    expect(refused.body.additionalInformation).toEqual({
      projectId: DISABLED.projectId,
      senderIds: [s.body.id],
    });
    await advance(1);
    expect((await call(sb.url, `${path}/senders/${s.body.id}`, { method: 'DELETE', auth })).status).toBe(204);
    await advance(30);
    expect((await call(sb.url, path, { method: 'DELETE', auth })).status).toBe(204);
    expect(code(await call(sb.url, path, { auth }))).toEqual([404, 'account_not_found']);
  });
});
