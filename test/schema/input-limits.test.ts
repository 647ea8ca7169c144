// Input the upstream would reject is refused here, before any upstream call (checked with /_sandbox/stats):
// list filters that would overflow the upstream's header limit (431), an update that changes nothing
// (no_fields_to_update), and comment length counted in code points as the contract's maxLength does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, seedSenderId } from '../../src/sandbox/index.ts';
import {
  MAX_APP_ID_LENGTH,
  MAX_FILTER_SENDER_IDS,
  MAX_SEARCH_LENGTH,
} from '../../src/schema/rcs-senders/filter-limits.ts';
import { encodeSenderId } from '../../src/schema/rcs-senders/ids.ts';
import {
  AddRcsAccountCommentDocument,
  AddRcsSenderCommentDocument,
  SenderPageDocument,
  UpdateRcsSenderDocument,
} from '../generated/graphql.ts';
import { type GraphQLHarness, startGraphQLHarness } from '../support/graphql.ts';
import { calls } from './mutations/sandbox-control.ts';

let h: GraphQLHarness;
beforeAll(async () => {
  h = await startGraphQLHarness();
});
afterAll(async () => {
  await h.close();
  expect(h.problems()).toEqual([]);
});

const P = DEMO.projectId;
const SENDER = encodeSenderId(P, seedSenderId(P, 'in-test-ready-gb-fr'));
const uuid = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
type Filter = { search?: string; senderIds?: string[]; conversationApiAppId?: string };

async function list(filter: Filter) {
  await h.resetStats();
  const res = await h.raw(SenderPageDocument, { projectId: P, first: 5, filter });
  return { res, calls: await calls(h) };
}

describe('Project.rcsSenders filter limits', () => {
  it.each<[string, Filter, string, string]>([
    [
      'a 20,000-character search',
      { search: 'x'.repeat(20_000) },
      'filter.search',
      '`filter.search` must be at most 100 characters, got 20000.',
    ],
    [
      'a search of 101 astral characters',
      { search: '😀'.repeat(101) },
      'filter.search',
      '`filter.search` must be at most 100 characters, got 101.',
    ],
    [
      '10,000 sender ids',
      { senderIds: Array.from({ length: 10_000 }, (_, i) => uuid(i)) },
      'filter.senderIds',
      '`filter.senderIds` must hold at most 50 ids, got 10000.',
    ],
    [
      'a sender id too long to be one',
      { senderIds: [uuid(1), 'y'.repeat(5_000)] },
      'filter.senderIds',
      '`filter.senderIds` item 1 must be 1 to 40 letters, digits, "-", "_", "." or "~" (an upstream sender id).',
    ],
    [
      'a sender id with the list separator in it',
      { senderIds: [`${uuid(1)},${uuid(2)}`] },
      'filter.senderIds',
      '`filter.senderIds` item 0 must be 1 to 40 letters, digits, "-", "_", "." or "~" (an upstream sender id).',
    ],
    [
      'a 65-character Conversation API app id',
      { conversationApiAppId: 'A'.repeat(65) },
      'filter.conversationApiAppId',
      '`filter.conversationApiAppId` must be at most 64 characters, got 65.',
    ],
  ])(
    '%s: BAD_USER_INPUT at HTTP 200, rcsSenders null, no upstream call',
    async (_name, filter, argument, message) => {
      const { res, calls: made } = await list(filter);
      expect({
        status: res.status,
        data: res.data,
        errors: res.errors.map((e) => [e.message, e.path, e.extensions]),
      }).toEqual({
        status: 200,
        data: { project: { id: P, rcsSenders: null } },
        errors: [[message, ['project', 'rcsSenders'], { code: 'BAD_USER_INPUT', argument }]],
      });
      expect(made).toEqual({});
    },
  );

  it('values at the limits go upstream: one list call', async () => {
    const { res, calls: made } = await list({
      search: 'é'.repeat(MAX_SEARCH_LENGTH),
      senderIds: Array.from({ length: MAX_FILTER_SENDER_IDS }, (_, i) => uuid(i)),
      conversationApiAppId: 'A'.repeat(MAX_APP_ID_LENGTH),
    });
    expect(res.errors).toEqual([]);
    expect(res.data?.project.rcsSenders?.totalCount).toBe(0);
    expect(made).toEqual({ RcsSendersController_listSenders_v1: 1 });
  });
});

describe('updateRcsSender with nothing to change', () => {
  it.each([
    ['details: {}', {}],
    ['only empty sections', { brand: {}, questionnaire: { general: {} } }],
  ])('%s: ValidationError at input.details, no upstream call', async (_name, details) => {
    await h.resetStats();
    const r = await h.request(UpdateRcsSenderDocument, { input: { id: SENDER, details } });
    expect(r.updateRcsSender).toEqual({
      __typename: 'ValidationError',
      code: 'invalid_input',
      message: 'The input is invalid; see fieldErrors.',
      fieldErrors: [
        {
          path: ['input', 'details'],
          message: 'Must change at least one field (set a value, or null to delete one).',
        },
      ],
    });
    expect(await calls(h)).toEqual({});
  });
});

describe('comment length in code points (contract: 1..65535)', () => {
  it('65,535 astral characters (131,070 UTF-16 units) are accepted and stored', async () => {
    const comment = '😀'.repeat(65_535);
    const sender = await h.request(AddRcsSenderCommentDocument, { input: { senderId: SENDER, comment } });
    expect(sender.addRcsSenderComment).toMatchObject({
      __typename: 'AddRcsSenderCommentSuccess',
      comment: { comment },
    });
    const account = await h.request(AddRcsAccountCommentDocument, { input: { projectId: P, comment } });
    expect(account.addRcsAccountComment).toMatchObject({
      __typename: 'AddRcsAccountCommentSuccess',
      comment: { comment },
    });
  });

  it('65,536 are refused locally, no upstream call', async () => {
    await h.resetStats();
    const r = await h.request(AddRcsSenderCommentDocument, {
      input: { senderId: SENDER, comment: '😀'.repeat(65_536) },
    });
    expect(r.addRcsSenderComment).toMatchObject({
      __typename: 'ValidationError',
      fieldErrors: [{ path: ['input', 'comment'], message: 'Must be at most 65535 characters (got 65536).' }],
    });
    expect(await calls(h)).toEqual({});
  });
});
