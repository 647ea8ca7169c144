// Invalid read/launch/test-number/questionnaire/account requests for the bad-input table.
import { DISABLED } from '../../src/sandbox/index.ts';
import { type Case, S, UNKNOWN_SENDER } from './bad-input-cases.ts';
import { DISABLED_AUTH } from './credentials.ts';

const post = (body: unknown) => ({ method: 'POST', body });

export const readCases: Case[] = [
  // list
  { name: 'list: pageSize 0', path: '~/senders?pageSize=0', status: 400, code: 'invalid_page_size' },
  {
    name: 'list: pageSize not numeric',
    path: '~/senders?pageSize=ten',
    status: 400,
    code: 'invalid_page_size',
  },
  { name: 'list: pageSize 1.5', path: '~/senders?pageSize=1.5', status: 400, code: 'invalid_page_size' },
  {
    name: 'list: garbage pageToken',
    path: '~/senders?pageToken=%%%garbage',
    status: 400,
    code: 'invalid_page_token',
  },
  {
    name: 'list: unknown filterStates',
    path: '~/senders?filterStates=IN_TEST&filterStates=ALIVE',
    status: 400,
    code: 'invalid_filter_states',
  },
  {
    name: 'list: RCS not enabled',
    path: `/v1/projects/${DISABLED.projectId}/rcs/senders`,
    init: { auth: DISABLED_AUTH },
    status: 403,
    code: 'rbm_has_not_been_used',
  },
  // activities / comments
  {
    name: 'activities: pageSize 101',
    path: `${S('launched')}/activities?pageSize=101`,
    status: 400,
    code: 'invalid_page_size',
  },
  {
    name: 'activities: malformed senderId',
    path: '~/senders/x/activities',
    status: 400,
    code: 'invalid_id_format',
  },
  {
    name: 'activities: unknown sender',
    path: `~/senders/${UNKNOWN_SENDER}/activities`,
    status: 404,
    code: 'sender_not_found',
  },
  {
    name: 'comment: empty',
    path: `${S('launched')}/comments`,
    init: post({ comment: '' }),
    status: 400,
    code: 'invalid_input',
    validationErrors: ['comment must be longer than or equal to 1 characters'],
  },
  {
    name: 'comment: not a string',
    path: `${S('launched')}/comments`,
    init: post({ comment: 42 }),
    status: 400,
    code: 'invalid_input',
    validationErrors: ['comment must be a string'],
  },
  {
    name: 'comment: unknown field',
    path: `${S('launched')}/comments`,
    init: post({ comment: 'x', author: 'me' }),
    status: 400,
    code: 'invalid_payload',
  },
  // launch
  {
    name: 'launch: from DRAFT',
    path: `${S('draft-minimal')}/launch`,
    init: { method: 'POST' },
    status: 409,
    code: 'launch_invalid_agent_state',
  },
  {
    name: 'launch: from PREPARING_LAUNCH',
    path: `${S('preparing-launch')}/launch`,
    init: { method: 'POST' },
    status: 409,
    code: 'launch_invalid_agent_state',
  },
  {
    name: 'launch: preconditions unmet',
    path: `${S('in-test-not-ready')}/launch`,
    init: { method: 'POST' },
    status: 412,
    code: 'launch_precondition_failed',
  },
  {
    name: 'launch: malformed senderId',
    path: '~/senders/nope/launch',
    init: { method: 'POST' },
    status: 400,
    code: 'invalid_id_format',
  },
  // test numbers
  {
    name: 'add test numbers: missing array',
    path: `${S('in-test-ready-gb-fr')}/testNumbers`,
    init: post({}),
    status: 400,
    code: 'invalid_input',
    validationErrors: ['testNumbers should not be null or undefined'],
  },
  {
    name: 'add test numbers: not strings',
    path: `${S('in-test-ready-gb-fr')}/testNumbers`,
    init: post({ testNumbers: [4477] }),
    status: 400,
    code: 'invalid_input',
    validationErrors: ['each value in testNumbers must be a string'],
  },
  {
    name: 'add test numbers: DECLINED tester',
    path: `${S('in-test-ready-gb-fr')}/testNumbers`,
    init: post({ testNumbers: ['+447700900135'] }),
    status: 404,
    code: 'blocked_because_the_recipient_declined',
  },
  {
    name: 'add test numbers: no Google supplier',
    path: `${S('unknown')}/testNumbers`,
    init: post({ testNumbers: ['+447700900100'] }),
    status: 400,
    code: 'no_google_supplier',
  },
  {
    name: 'add test numbers: unassigned +999',
    path: `${S('in-test-ready-gb-fr')}/testNumbers`,
    init: post({ testNumbers: ['+99955512345'] }),
    status: 400,
    code: 'add_test_number_invalid',
  },
  {
    name: 'test number state: not a tester',
    path: `${S('in-test-ready-gb-fr')}/testNumbers/%2B15550000000`,
    status: 404,
    code: 'user_is_not_tester_for_agent',
  },
  {
    name: 'delete test number: not a tester',
    path: `${S('in-test-ready-gb-fr')}/testNumbers/%2B15550000000`,
    init: { method: 'DELETE' },
    status: 404,
    code: 'user_is_not_tester_for_agent',
  },
  {
    name: 'capabilities: DECLINED',
    path: `${S('in-test-ready-gb-fr')}/testNumbers/%2B447700900135/capabilities`,
    status: 404,
    code: 'blocked_because_the_recipient_declined',
  },
  {
    name: 'capabilities: EXPIRED invite',
    path: `${S('in-test-ready-gb-fr')}/testNumbers/%2B447700900146/capabilities`,
    status: 404,
    code: 'user_has_not_accepted_invite',
  },
  {
    name: 'capabilities: unreachable device',
    path: `${S('in-test-ready-gb-fr')}/testNumbers/%2B447700900148/capabilities`,
    status: 404,
    code: 'user_cannot_be_reached',
  },
  {
    name: 'retry: DECLINED',
    path: `${S('in-test-ready-gb-fr')}/testNumbers/%2B447700900135/retry`,
    status: 404,
    code: 'blocked_because_the_recipient_declined',
  },
  {
    name: 'retry: not a tester',
    path: `${S('in-test-ready-gb-fr')}/testNumbers/%2B15550000000/retry`,
    status: 404,
    code: 'user_is_not_tester_for_agent',
  },
  // questionnaire
  {
    name: 'questionnaire: unknown use case',
    path: '~/questionnaire/MARKETING',
    status: 400,
    code: 'questionnaire_invalid_use_case',
  },
  {
    name: 'questionnaire: unknown country',
    path: '~/questionnaire/OTP?countries=GB&countries=XX',
    status: 400,
    code: 'questionnaire_invalid_country',
  },
  // account
  {
    name: 'account activities: RCS not enabled',
    path: `/v1/projects/${DISABLED.projectId}/rcs/activities`,
    init: { auth: DISABLED_AUTH },
    status: 404,
    code: 'account_not_found',
  },
  {
    name: 'account activities: pageSize -1',
    path: '~/activities?pageSize=-1',
    status: 400,
    code: 'invalid_page_size',
  },
  {
    name: 'account comment: malformed JSON',
    path: '~/comments',
    init: { method: 'POST', raw: '{' },
    status: 400,
    code: 'invalid_payload',
  },
  {
    name: 'account comment: too long',
    path: '~/comments',
    init: post({ comment: 'x'.repeat(65536) }),
    status: 400,
    code: 'invalid_input',
    validationErrors: ['comment must be shorter than or equal to 65535 characters'],
  },
  // auth
  {
    name: 'no Authorization header',
    path: '~/senders',
    init: { auth: null },
    status: 401,
    code: 'unauthorized_error',
  },
];
