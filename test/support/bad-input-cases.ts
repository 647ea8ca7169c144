// Invalid requests for the bad-input table (acceptance 4), split by operation group.
import { DISABLED, seedSenderId } from '../../src/sandbox/index.ts';
import { DISABLED_AUTH } from './credentials.ts';
import { type CallInit, minimal } from './sandbox-rest.ts';

export const id = (key: string) => seedSenderId('demo-project', key);
export const READY = id('in-test-ready-gb-fr');
export const S = (key: string) => `~/senders/${id(key)}`;
export const UNKNOWN_SENDER = '00000000-0000-4000-8000-000000000000';

export interface Case {
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

export const writeCases: Case[] = [
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
];
