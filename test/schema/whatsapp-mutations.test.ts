// Issue #13 §2 and acceptance 3 through the graph: a WhatsApp sender created by phone provisioning walks
// IN_PROGRESS → (advance) PENDING_VERIFICATION → register → verify → ACTIVE, then a draft change, a
// submitted change, a display-name change, a discarded draft and delete, asserting states, codes,
// activities and the upstream calls of every step (a primed answer costs no GET; a 204's read-back one).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLHarness, startGraphQLHarness } from '../support/graphql.ts';
import { type Answer, advance, calls, op, PROJECT, run } from './whatsapp/control.ts';
import * as D from './whatsapp/documents.ts';

let h: GraphQLHarness;
beforeAll(async () => {
  h = await startGraphQLHarness();
});
afterAll(async () => {
  await h.close();
  expect(h.problems()).toEqual([]);
});

const activityTypes = async (id: string): Promise<string[]> => {
  const res = await h.request<{ node: Answer }, { id: string }>(D.READ_SENDER, { id });
  return res.node.activities.edges.map((e: { node: { type: string } }) => e.node.type);
};
const read = async (id: string) =>
  (await h.request<{ node: Answer }, { id: string }>(D.READ_SENDER, { id })).node;

describe('a WhatsApp sender from create to delete, through the graph', () => {
  let id = '';

  it('createWhatsappSender (phone provisioning) → IN_PROGRESS, primed: one upstream call', async () => {
    await h.resetStats();
    const r = await run(h, D.CREATE, {
      projectId: PROJECT,
      phoneProvisioning: {
        details: { countryCode: '49', phoneNumber: '1701234567', displayName: 'Demo Tours' },
      },
    });
    expect(r.__typename).toBe('CreateWhatsappSenderSuccess');
    id = r.sender.id;
    expect(r.sender).toMatchObject({ projectId: PROJECT, state: 'IN_PROGRESS', channel: 'WHATSAPP' });
    expect(r.sender.changes).toEqual({
      status: 'IN_PROGRESS',
      details: { displayName: 'Demo Tours', vertical: 'NOT_SET', about: null },
    });
    expect(await calls(h)).toEqual({ [op('createSender')]: 1 });
  });

  it('while IN_PROGRESS: register and update are refused as InvalidStateError', async () => {
    const reg = await run(h, D.REGISTER_ONLY, { id, method: 'SMS' });
    expect(reg).toMatchObject({ __typename: 'InvalidStateError', code: 'not_allowed_register', state: null });
    const upd = await run(h, D.UPDATE, { id, details: { about: 'x' } });
    expect(upd).toMatchObject({ __typename: 'InvalidStateError', code: 'sender_not_updatable' });
    expect(await calls(h)).toEqual({ [op('register')]: 1, [op('update')]: 1 });
  });

  it('advance → PENDING_VERIFICATION; verify before register is InvalidStateError not_allowed_verify', async () => {
    await advance(h);
    expect((await read(id)).state).toBe('PENDING_VERIFICATION');
    const v = await run(h, D.VERIFY, { id, code: '123456' });
    expect(v).toMatchObject({ __typename: 'InvalidStateError', code: 'not_allowed_verify' });
    await h.resetStats();
  });

  it('registerWhatsappSender → a code sent; selecting the sender costs one GET', async () => {
    const r = await run(h, D.REGISTER, { id, method: 'VOICE' });
    expect(r).toMatchObject({
      __typename: 'RegisterWhatsappSenderSuccess',
      method: 'VOICE',
      verificationCodeSent: true,
    });
    expect(r.sender.state).toBe('PENDING_VERIFICATION');
    expect(await calls(h)).toEqual({ [op('register')]: 1, [op('get')]: 1 });
  });

  it('verifyWhatsappSender: a wrong code is a ValidationError at input.code (wrong_otp); the right one → ACTIVE', async () => {
    const wrong = await run(h, D.VERIFY, { id, code: '654321' });
    expect(wrong).toMatchObject({ __typename: 'ValidationError', code: 'wrong_otp' });
    expect(wrong.fieldErrors.map((e: { path: string[] }) => e.path)).toEqual([['input', 'code']]);
    expect(await calls(h)).toEqual({ [op('verify')]: 1 });
    const ok = await run(h, D.VERIFY, { id, code: '123456' });
    expect(ok.__typename).toBe('VerifyWhatsappSenderSuccess');
    expect(ok.sender.state).toBe('ACTIVE');
    expect(await calls(h)).toEqual({ [op('verify')]: 1, [op('get')]: 1 });
    expect(await activityTypes(id)).toEqual(['ACTIVE', 'VERIFIED', 'REGISTERED', 'EDITED', 'CREATED']);
    expect((await run(h, D.REGISTER_ONLY, { id, method: 'SMS' })).code).toBe('not_allowed_register');
  });

  it('updateWhatsappSender without submit → a DRAFT change, details untouched; primed', async () => {
    await h.resetStats();
    const r = await run(h, D.UPDATE, { id, details: { about: 'Tours and tickets' } });
    expect(r.__typename).toBe('UpdateWhatsappSenderSuccess');
    expect(r.sender.changes).toEqual({
      status: 'DRAFT',
      details: { displayName: 'Demo Tours', vertical: 'NOT_SET', about: 'Tours and tickets' },
    });
    expect(r.sender.details.about).toBeNull();
    expect(await calls(h)).toEqual({ [op('update')]: 1 });
    await advance(h);
    expect((await read(id)).changes.status).toBe('DRAFT');
    expect((await activityTypes(id))[0]).toBe('DRAFT');
  });

  it('submit: true → IN_PROGRESS; then further changes and a discard are InvalidStateError; advance applies', async () => {
    const r = await run(h, D.UPDATE, {
      id,
      submit: true,
      details: { vertical: 'TRAVEL_AND_TRANSPORTATION' },
    });
    expect(r.sender.changes.status).toBe('IN_PROGRESS');
    expect((await run(h, D.UPDATE, { id, details: { about: 'Too late' } })).code).toBe(
      'sender_changes_not_updatable',
    );
    const discard = await run(h, D.DISCARD, { id });
    expect(discard).toMatchObject({ __typename: 'InvalidStateError', code: 'sender_changes_not_deletable' });
    await advance(h);
    const s = await read(id);
    expect(s.changes).toBeNull();
    expect(s.details).toEqual({
      displayName: 'Demo Tours',
      vertical: 'TRAVEL_AND_TRANSPORTATION',
      about: 'Tours and tickets',
    });
    expect((await activityTypes(id)).slice(0, 2)).toEqual(['EDITED', 'IN_PROGRESS']);
  });

  it('a display-name change goes to metadata.displayName, reviewed on advance', async () => {
    const r = await run(h, D.UPDATE, { id, details: { displayName: 'Demo Tours & Travel' } });
    expect(r.sender.metadata.displayName).toEqual({ value: 'Demo Tours & Travel', status: 'PENDING' });
    expect(r.sender.details.displayName).toBe('Demo Tours');
    expect(r.sender.changes).toBeNull();
    const again = await run(h, D.UPDATE, { id, details: { displayName: 'Again' } });
    expect(again).toMatchObject({
      __typename: 'InvalidStateError',
      code: 'sender_display_name_update_not_allowed',
    });
    await advance(h);
    const s = await read(id);
    expect(s.details.displayName).toBe('Demo Tours & Travel');
    expect(s.metadata.displayName.status).toBe('APPROVED');
  });

  it('discardWhatsappSenderChanges drops a draft (204; the sender read back on selection); twice is NotFoundError', async () => {
    await run(h, D.UPDATE, { id, details: { about: null } });
    await h.resetStats();
    const r = await run(h, D.DISCARD, { id });
    expect(r.__typename).toBe('DiscardWhatsappSenderChangesSuccess');
    expect(r.sender.changes).toBeNull();
    expect(r.sender.details.about).toBe('Tours and tickets');
    expect(await calls(h)).toEqual({ [op('deleteChanges')]: 1, [op('get')]: 1 });
    const twice = await run(h, D.DISCARD, { id });
    expect(twice).toMatchObject({
      __typename: 'NotFoundError',
      code: 'sender_changes_not_found',
      resourceId: id,
    });
  });

  it('deleteWhatsappSender → still ACTIVE (30 days); a second delete is InvalidStateError sender_already_deleted', async () => {
    await h.resetStats();
    const r = await run(h, D.DELETE_ONLY, { id });
    expect(r.__typename).toBe('DeleteWhatsappSenderSuccess');
    // Without `sender` selected, the 204 costs exactly its one call.
    expect(await calls(h)).toEqual({ [op('delete')]: 1 });
    expect((await read(id)).state).toBe('ACTIVE');
    const twice = await run(h, D.DELETE, { id });
    expect(twice).toMatchObject({ __typename: 'InvalidStateError', code: 'sender_already_deleted' });
    expect((await run(h, D.UPDATE, { id, details: { about: 'x' } })).code).toBe('sender_not_updatable');
    await advance(h, 30);
    expect((await run(h, D.DELETE, { id })).__typename).toBe('NotFoundError');
  });
});
