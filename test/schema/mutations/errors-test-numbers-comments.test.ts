// Every error branch of the test-number and comment mutations, driven by real sandbox states (declined
// testers, invite caps, unknown numbers, a project without RCS) or fault rules, through GraphQL over HTTP.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, DISABLED, seedSenderId } from '../../../src/sandbox/index.ts';
import { encodeSenderId } from '../../../src/schema/rcs-senders/ids.ts';
import {
  AddRcsAccountCommentDocument,
  AddRcsSenderCommentDocument,
  AddRcsTestNumbersDocument,
  AddRcsTestNumbersWithSenderDocument,
  DeleteRcsTestNumberDocument,
  ResendRcsTestNumberInviteDocument,
} from '../../generated/graphql.ts';
import { basicAuth } from '../../support/credentials.ts';
import { type GraphQLHarness, startGraphQLHarness } from '../../support/graphql.ts';
import { addFaults, calls, clearFaults } from './sandbox-control.ts';

let h: GraphQLHarness;
beforeAll(async () => {
  h = await startGraphQLHarness();
});
afterEach(async () => {
  await clearFaults(h);
});
afterAll(async () => {
  await h.close();
  // The one exchange outside the contract is the 429 injected on purpose where none is documented.
  expect(h.problems()).toEqual([
    'POST /v1/projects/{projectId}/rcs/senders/{senderId}/comments → 429: status not documented for RcsSendersController_createSenderComment_v1',
  ]);
});

const P = DEMO.projectId;
const seeded = (key: string) => encodeSenderId(P, seedSenderId(P, key));
const GBFR = seeded('in-test-ready-gb-fr');
const DECLINED = '+447700900135';
const UNKNOWN = encodeSenderId(P, '00000000-0000-4000-8000-000000000000');

describe('addRcsTestNumbers', () => {
  it('success costs one call; selecting the sender adds exactly one GET', async () => {
    await h.resetStats();
    const r = await h.request(AddRcsTestNumbersDocument, {
      input: { senderId: GBFR, numbers: ['+447700900160'] },
    });
    if (r.addRcsTestNumbers?.__typename !== 'AddRcsTestNumbersSuccess') throw new Error(JSON.stringify(r));
    expect(r.addRcsTestNumbers.testNumbers.find((t) => t.number === '+447700900160')?.state).toBe(
      'UNVERIFIED',
    );
    expect(await calls(h)).toEqual({ RcsSendersController_addTestNumbers_v1: 1 });
    const w = await h.request(AddRcsTestNumbersWithSenderDocument, {
      input: { senderId: GBFR, numbers: ['+447700900161'] },
    });
    if (w.addRcsTestNumbers?.__typename !== 'AddRcsTestNumbersSuccess') throw new Error(JSON.stringify(w));
    expect(w.addRcsTestNumbers.sender?.testNumbers).toContainEqual({
      number: '+447700900161',
      state: 'UNVERIFIED',
    });
    expect(await calls(h)).toEqual({
      RcsSendersController_addTestNumbers_v1: 1,
      RcsSendersController_getSender_v1: 1,
    });
  });

  it('ValidationError: locally (no call), and the upstream add_test_number_invalid', async () => {
    const local = await h.request(AddRcsTestNumbersDocument, {
      input: { senderId: GBFR, numbers: ['+46 70 123', '+447700900170', '+447700900170'] },
    });
    expect(local.addRcsTestNumbers).toMatchObject({
      __typename: 'ValidationError',
      fieldErrors: [
        { path: ['input', 'numbers', '0'], message: 'Must be an E.164 phone number such as +46123123111.' },
        { path: ['input', 'numbers', '2'], message: 'Duplicate of item 1; values must be unique.' },
      ],
    });
    expect(await calls(h)).toEqual({});
    const upstream = await h.request(AddRcsTestNumbersDocument, {
      input: { senderId: GBFR, numbers: ['+99912345678'] },
    });
    const text = 'Invalid phone number. Please verify that phone number is correct.';
    expect(upstream.addRcsTestNumbers).toEqual({
      __typename: 'ValidationError',
      code: 'add_test_number_invalid',
      message: text,
      fieldErrors: [{ path: ['input', 'numbers', '0'], message: text }],
    });
    // Among several numbers the upstream's body does not say which one: the list is named.
    const several = await h.request(AddRcsTestNumbersDocument, {
      input: { senderId: GBFR, numbers: ['+447700900172', '+99912345678'] },
    });
    expect(several.addRcsTestNumbers).toEqual({
      __typename: 'ValidationError',
      code: 'add_test_number_invalid',
      message: text,
      fieldErrors: [
        { path: ['input', 'numbers'], message: `${text} The upstream did not say which number.` },
      ],
    });
  });

  it('NotFoundError: unknown sender, declined tester', async () => {
    const missing = await h.request(AddRcsTestNumbersDocument, {
      input: { senderId: UNKNOWN, numbers: ['+46700000011'] },
    });
    expect(missing.addRcsTestNumbers).toMatchObject({
      __typename: 'NotFoundError',
      code: 'sender_not_found',
      resourceId: UNKNOWN,
    });
    const declined = await h.request(AddRcsTestNumbersDocument, {
      input: { senderId: GBFR, numbers: [DECLINED] },
    });
    expect(declined.addRcsTestNumbers).toMatchObject({
      __typename: 'NotFoundError',
      code: 'blocked_because_the_recipient_declined',
      resourceId: DECLINED,
    });
  });

  it('RateLimitedError when the daily invite cap (20) would be exceeded', async () => {
    const numbers = Array.from({ length: 21 }, (_, i) => `+4670100${String(i).padStart(4, '0')}`);
    const r = await h.request(AddRcsTestNumbersDocument, {
      input: { senderId: seeded('in-test-linked'), numbers },
    });
    expect(r.addRcsTestNumbers).toMatchObject({
      __typename: 'RateLimitedError',
      code: 'rbm_too_many_requests',
    });
  });
});

describe('deleteRcsTestNumber', () => {
  it('NotFoundError names the number; RateLimitedError on 429; a malformed number is BAD_USER_INPUT', async () => {
    const r = await h.request(DeleteRcsTestNumberDocument, {
      input: { senderId: GBFR, number: '+447700900199' },
    });
    expect(r.deleteRcsTestNumber).toMatchObject({
      __typename: 'NotFoundError',
      code: 'user_is_not_tester_for_agent',
      resourceId: '+447700900199',
    });
    await addFaults(h, [{ match: { operationId: 'RcsSendersController_deleteTestNumber_v1' }, status: 429 }]);
    const limited = await h.request(DeleteRcsTestNumberDocument, {
      input: { senderId: GBFR, number: DECLINED },
    });
    expect(limited.deleteRcsTestNumber).toMatchObject({
      __typename: 'RateLimitedError',
      code: 'rbm_too_many_requests',
    });
    await h.resetStats();
    const bad = await h.raw(DeleteRcsTestNumberDocument, { input: { senderId: GBFR, number: '0701234567' } });
    expect(bad.errors.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(await calls(h)).toEqual({});
  });
});

describe('resendRcsTestNumberInvite', () => {
  it('ValidationError for a malformed number (no call); NotFoundError for declined and unknown testers', async () => {
    await h.resetStats();
    const bad = await h.request(ResendRcsTestNumberInviteDocument, {
      input: { senderId: GBFR, number: '12345' },
    });
    expect(bad.resendRcsTestNumberInvite).toMatchObject({
      __typename: 'ValidationError',
      fieldErrors: [{ path: ['input', 'number'] }],
    });
    expect(await calls(h)).toEqual({});
    const declined = await h.request(ResendRcsTestNumberInviteDocument, {
      input: { senderId: GBFR, number: DECLINED },
    });
    expect(declined.resendRcsTestNumberInvite).toMatchObject({
      __typename: 'NotFoundError',
      code: 'blocked_because_the_recipient_declined',
    });
    const stranger = await h.request(ResendRcsTestNumberInviteDocument, {
      input: { senderId: GBFR, number: '+447700900198' },
    });
    expect(stranger.resendRcsTestNumberInvite).toMatchObject({
      __typename: 'NotFoundError',
      code: 'user_is_not_tester_for_agent',
      resourceId: '+447700900198',
    });
  });

  it('RateLimitedError on 429', async () => {
    await addFaults(h, [{ match: { operationId: 'RcsSendersController_retryTestNumber_v1' }, status: 429 }]);
    const r = await h.request(ResendRcsTestNumberInviteDocument, {
      input: { senderId: GBFR, number: '+447700900121' },
    });
    expect(r.resendRcsTestNumberInvite).toMatchObject({ __typename: 'RateLimitedError' });
  });
});

describe('comments', () => {
  it('sender comment: success, ValidationError (no call), NotFoundError, and 429 as a coded error', async () => {
    const ok = await h.request(AddRcsSenderCommentDocument, {
      input: { senderId: GBFR, comment: 'Logo replaced.' },
    });
    expect(ok.addRcsSenderComment).toMatchObject({
      __typename: 'AddRcsSenderCommentSuccess',
      comment: { comment: 'Logo replaced.', author: null },
    });
    await h.resetStats();
    const empty = await h.request(AddRcsSenderCommentDocument, { input: { senderId: GBFR, comment: '' } });
    expect(empty.addRcsSenderComment).toMatchObject({
      __typename: 'ValidationError',
      fieldErrors: [{ path: ['input', 'comment'], message: 'Must not be empty.' }],
    });
    expect(await calls(h)).toEqual({});
    const missing = await h.request(AddRcsSenderCommentDocument, {
      input: { senderId: UNKNOWN, comment: 'Hello?' },
    });
    expect(missing.addRcsSenderComment).toMatchObject({
      __typename: 'NotFoundError',
      code: 'sender_not_found',
    });
    // The union has no RateLimitedError: the 429 stays a readable, coded GraphQL error.
    await addFaults(h, [
      { match: { operationId: 'RcsSendersController_createSenderComment_v1' }, status: 429 },
    ]);
    const limited = await h.raw(AddRcsSenderCommentDocument, { input: { senderId: GBFR, comment: 'Again' } });
    expect(limited.errors.map((e) => e.extensions?.code)).toEqual(['RATE_LIMITED']);
  });

  it('account comment: success, ValidationError, NotFoundError for a project without an RCS account', async () => {
    const ok = await h.request(AddRcsAccountCommentDocument, {
      input: { projectId: P, comment: 'Hello Sinch' },
    });
    expect(ok.addRcsAccountComment).toMatchObject({
      __typename: 'AddRcsAccountCommentSuccess',
      comment: { comment: 'Hello Sinch' },
    });
    const long = await h.request(AddRcsAccountCommentDocument, {
      input: { projectId: P, comment: 'x'.repeat(65536) },
    });
    expect(long.addRcsAccountComment).toMatchObject({
      __typename: 'ValidationError',
      fieldErrors: [{ path: ['input', 'comment'], message: 'Must be at most 65535 characters (got 65536).' }],
    });
    const none = await h.request(
      AddRcsAccountCommentDocument,
      { input: { projectId: DISABLED.projectId, comment: 'Anyone?' } },
      { authorization: basicAuth(DISABLED.keyId, DISABLED.keySecret) },
    );
    expect(none.addRcsAccountComment).toMatchObject({
      __typename: 'NotFoundError',
      code: 'account_not_found',
      resourceId: DISABLED.projectId,
    });
  });
});
