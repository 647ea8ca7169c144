// Acceptance 4: invalid requests across every operation, each answered with the documented status
// and errorCode (with Sinch's published message/resolution), each leaving the store unchanged.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISABLED, seedSenderId } from '../../src/sandbox/index.ts';
import { startValidatedSandbox, type ValidatedSandbox } from '../support/sandbox.ts';
import { basic, type CallInit, call, minimal } from './helpers.ts';

const id = (key: string) => seedSenderId('demo-project', key);
const READY = id('in-test-ready-gb-fr');
const S = (key: string) => `~/senders/${id(key)}`;
const DISABLED_AUTH = basic(DISABLED.keyId, DISABLED.keySecret);
const UNKNOWN_SENDER = '00000000-0000-4000-8000-000000000000';

interface Case {
  name: string;
  path: string;
  init?: CallInit;
  status: number;
  code: string;
  validationErrors?: string[];
}

const brand = (b: object) => ({ ...minimal, details: { brand: b } });
const us = (answers: object) => ({ ...minimal, details: { questionnaire: { us: { answers } } } });
const post = (body: unknown): CallInit => ({ method: 'POST', body });
const patch = (body: unknown): CallInit => ({ method: 'PATCH', body });

const cases: Case[] = [
  // create
  {
    name: 'create: malformed JSON',
    path: '~/senders',
    init: { method: 'POST', raw: '{"region":' },
    status: 400,
    code: 'invalid_payload',
  },
  {
    name: 'create: wrong content type',
    path: '~/senders',
    init: { method: 'POST', raw: JSON.stringify(minimal), headers: { 'content-type': 'text/plain' } },
    status: 400,
    code: 'invalid_payload',
  },
  {
    name: 'create: JSON array body',
    path: '~/senders',
    init: post([minimal]),
    status: 400,
    code: 'invalid_payload',
  },
  {
    name: 'create: unknown top-level field',
    path: '~/senders',
    init: post({ ...minimal, callbackUrl: 'https://x.example' }),
    status: 400,
    code: 'invalid_payload',
  },
  {
    name: 'create: unknown nested field',
    path: '~/senders',
    init: post(brand({ slogan: 'hi' })),
    status: 400,
    code: 'invalid_payload',
  },
  {
    name: 'create: required fields missing',
    path: '~/senders',
    init: post({ region: 'EU' }),
    status: 400,
    code: 'invalid_input',
    validationErrors: [
      'billingCategory must be one of the following values: CONVERSATIONAL, NON_CONVERSATIONAL, BASIC_MESSAGE, CONVERSATIONAL_LEGACY, SINGLE_MESSAGE',
      'useCase must be one of the following values: MULTIUSE, OTP, PROMOTIONAL, TRANSACTIONAL',
    ],
  },
  {
    name: 'create: bad e-mail',
    path: '~/senders',
    init: post(brand({ emails: [{ label: 'a', address: 'not-an-email' }] })),
    status: 400,
    code: 'invalid_input',
    validationErrors: ['details.brand.emails.0.address must be an email'],
  },
  {
    name: 'create: four e-mails',
    path: '~/senders',
    init: post(brand({ emails: [1, 2, 3, 4].map((i) => ({ label: 'a', address: `a${i}@x.example` })) })),
    status: 400,
    code: 'invalid_input',
    validationErrors: ['details.brand.emails must contain no more than 3 elements'],
  },
  {
    name: 'create: duplicate phone numbers',
    path: '~/senders',
    init: post(
      brand({
        phones: [
          { label: 'a', number: '+48777777777' },
          { label: 'b', number: '+48777777777' },
        ],
      }),
    ),
    status: 400,
    code: 'invalid_input',
    validationErrors: ["All details.brand.phones's elements must be unique"],
  },
  {
    name: 'create: name longer than 40',
    path: '~/senders',
    init: post(brand({ name: 'x'.repeat(41) })),
    status: 400,
    code: 'invalid_input',
    validationErrors: ['details.brand.name must be shorter than or equal to 40 characters'],
  },
  {
    name: 'create: colour not hex',
    path: '~/senders',
    init: post(brand({ color: 'red' })),
    status: 400,
    code: 'invalid_input',
    validationErrors: ['details.brand.color must match /^#[0-9A-Fa-f]{6}$/ regular expression'],
  },
  {
    name: 'create: banner not a URL',
    path: '~/senders',
    init: post(brand({ bannerUrl: 'banner.png' })),
    status: 400,
    code: 'invalid_input',
    validationErrors: ['details.brand.bannerUrl must be a URL address'],
  },
  {
    name: 'create: test number not E.164',
    path: '~/senders',
    init: post({ ...minimal, details: { testNumbers: ['0048777777777'] } }),
    status: 400,
    code: 'invalid_input',
    validationErrors: ['each value in details.testNumbers must be a valid phone number'],
  },
  {
    name: 'create: 201 test numbers',
    path: '~/senders',
    init: post({
      ...minimal,
      details: { testNumbers: Array.from({ length: 201 }, (_, i) => `+4670000${1000 + i}`) },
    }),
    status: 400,
    code: 'invalid_input',
    validationErrors: ['details.testNumbers must contain no more than 200 elements'],
  },
  {
    name: 'create: unknown launch country',
    path: '~/senders',
    init: post({ ...minimal, details: { countries: ['GB', 'XX'] } }),
    status: 400,
    code: 'invalid_input',
    validationErrors: [
      'each value in details.countries must be one of the following values: AT, BE, BR, CA, CZ, DK, FI, FR, DE, GR, HU, IT, LT, MX, NL, NO, PE, PL, PT, SG, SK, ES, SE, US, GB',
    ],
  },
  {
    name: 'create: duplicate countries',
    path: '~/senders',
    init: post({ ...minimal, details: { countries: ['GB', 'GB'] } }),
    status: 400,
    code: 'invalid_input',
    validationErrors: ["All details.countries's elements must be unique"],
  },
  {
    name: 'create: US PRIVATE with stock fields',
    path: '~/senders',
    init: post(us({ ownershipType: 'PRIVATE', taxIdCountry: 'US', stockSymbol: 'ACME' })),
    status: 400,
    code: 'invalid_input',
    validationErrors: [
      'details.questionnaire.us.answers.stockSymbol must not be set when ownershipType is PRIVATE',
    ],
  },
  {
    name: 'create: US tax id not XX-XXXXXXX',
    path: '~/senders',
    init: post(us({ ownershipType: 'PUBLIC', taxIdCountry: 'US', taxId: '123456789' })),
    status: 400,
    code: 'invalid_input',
    validationErrors: [
      'details.questionnaire.us.answers.taxId must match /^\\d{2}-\\d{7}$/ regular expression',
    ],
  },
  {
    name: 'create: unassigned +999 test number',
    path: '~/senders',
    init: post({ ...minimal, details: { testNumbers: ['+9991234567'] } }),
    status: 400,
    code: 'add_test_number_invalid',
  },
  {
    name: 'create: RCS not enabled',
    path: `/v1/projects/${DISABLED.projectId}/rcs/senders`,
    init: { ...post(minimal), auth: DISABLED_AUTH },
    status: 403,
    code: 'rbm_has_not_been_used',
  },
  // get / update
  { name: 'get: malformed senderId', path: '~/senders/not-a-uuid', status: 400, code: 'invalid_id_format' },
  { name: 'get: unknown sender', path: `~/senders/${UNKNOWN_SENDER}`, status: 404, code: 'sender_not_found' },
  {
    name: 'update: malformed senderId',
    path: '~/senders/123',
    init: patch({ details: { countries: ['GB'] } }),
    status: 400,
    code: 'invalid_id_format',
  },
  {
    name: 'update: empty details',
    path: S('draft-minimal'),
    init: patch({ details: {} }),
    status: 400,
    code: 'no_fields_to_update',
  },
  {
    name: 'update: only empty objects',
    path: S('draft-minimal'),
    init: patch({ details: { brand: {}, questionnaire: { general: { answers: {} } } } }),
    status: 400,
    code: 'no_fields_to_update',
  },
  {
    name: 'update: details missing',
    path: S('draft-minimal'),
    init: patch({}),
    status: 400,
    code: 'invalid_input',
    validationErrors: ['details should not be null or undefined'],
  },
  {
    name: 'update: details.launch is not in the schema',
    path: S('launched'),
    init: patch({ details: { launch: true } }),
    status: 400,
    code: 'invalid_payload',
  },
  {
    name: 'update: brand while LAUNCHED',
    path: S('launched'),
    init: patch({ details: { brand: { name: 'New' } } }),
    status: 400,
    code: 'fields_not_updatable',
  },
  {
    name: 'update: re-adding a DECLINED tester',
    path: S('in-test-ready-gb-fr'),
    init: patch({ details: { testNumbers: ['+447700900135'] } }),
    status: 404,
    code: 'blocked_because_the_recipient_declined',
  },
  {
    name: 'update: bad usQuestionnaireVersion',
    path: `${S('draft-minimal')}?usQuestionnaireVersion=v3`,
    init: patch({ details: { countries: ['US'] } }),
    status: 400,
    code: 'invalid_input',
    validationErrors: ['usQuestionnaireVersion must be one of the following values: v1, v2'],
  },
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

const ERRORS = new URL('../../contract/upstream/examples/errors/', import.meta.url);
const published = (code: string) => {
  for (const op of [
    'createSender',
    'updateSender',
    'listSenders',
    'getTestNumberCapabilities',
    'getQuestions',
    'launchSender',
    'listAccountActivities',
    'addTestNumbers',
    'deleteTestNumber',
  ]) {
    for (const status of [400, 401, 403, 404, 409, 412]) {
      try {
        return JSON.parse(readFileSync(new URL(`${op}.${status}.${code}.json`, ERRORS), 'utf8'));
      } catch {}
    }
  }
  throw new Error(`no published example for ${code}`);
};

let sb: ValidatedSandbox;
let before: unknown;
beforeAll(async () => {
  sb = await startValidatedSandbox();
  before = await sb.snapshot();
});
afterAll(async () => {
  expect(sb.problems()).toEqual([]);
  await sb.close();
});

describe('bad input', () => {
  it('has at least 30 cases', () => expect(cases.length).toBeGreaterThanOrEqual(30));
  it.each(cases)('$name → $status $code', async (c) => {
    const r = await call(sb.url, c.path, c.init);
    expect([r.status, r.body?.errorCode]).toEqual([c.status, c.code]);
    const example = published(c.code);
    expect([r.body.message, r.body.resolution]).toEqual([example.message, example.resolution]);
    if (c.validationErrors)
      expect(r.body.additionalInformation).toEqual({ validationErrors: c.validationErrors });
    if (c.code === 'invalid_filter_states' || c.code.startsWith('questionnaire_')) {
      expect(r.body.additionalInformation).toEqual(example.additionalInformation);
    }
    expect(await sb.snapshot()).toEqual(before);
  });
  it('a valid request does change the snapshot (the unchanged check can fail)', async () => {
    const ok = await call(sb.url, `~/senders/${READY}/comments`, {
      method: 'POST',
      body: { comment: 'valid' },
    });
    expect(ok.status).toBe(201);
    expect(await sb.snapshot()).not.toEqual(before);
  });
});
