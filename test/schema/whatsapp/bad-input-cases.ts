// The bad-input table of the WhatsApp mutations (issue #13 acceptance 4, graph side): inputs GraphQL's
// types accept but the contract's limits refuse, each with the input paths its ValidationError names.

import { seedWhatsappSenderId } from '../../../src/sandbox/whatsapp/seed.ts';
import { encodeWhatsappSenderId } from '../../../src/schema/whatsapp/ids.ts';
import * as D from './documents.ts';

const P = 'demo-project';
export const ACTIVE_ID = encodeWhatsappSenderId(P, seedWhatsappSenderId(P, 'active'));
export const PENDING_ID = encodeWhatsappSenderId(P, seedWhatsappSenderId(P, 'pending-verification'));

const pp = (details: object = {}, rest: object = {}) => ({
  projectId: P,
  phoneProvisioning: {
    details: { countryCode: '49', phoneNumber: '1701234567', displayName: 'Demo', ...details },
    ...rest,
  },
});
const pi = (details: object = {}, rest: object = {}) => ({
  projectId: P,
  partnerInitiated: {
    phoneNumberProvider: 'CUSTOMER',
    details: { displayName: 'Demo', vertical: 'EDUCATION', countryCode: '48', ...details },
    ...rest,
  },
});
const es = (rest: object = {}) => ({
  projectId: P,
  embeddedSignup: { wabaId: '1', phoneNumberId: '2', ...rest },
});
const upd = (details: object | undefined, rest: object = {}) => ({ id: ACTIVE_ID, details, ...rest });
const acc = (rest: object = {}, senderDetails: object = {}) => ({
  projectId: P,
  wabaName: 'Demo',
  clientBusinessManagerId: '42',
  senderDetails: { displayName: 'Demo', businessCategory: 'OTHER', ...senderDetails },
  ...rest,
});

export interface BadInputCase {
  name: string;
  doc: string;
  input: Record<string, unknown>;
  paths: string[];
}

const x = (n: number) => 'x'.repeat(n);
const c = (name: string, doc: string, input: Record<string, unknown>, ...paths: string[]): BadInputCase => ({
  name,
  doc,
  input,
  paths,
});
const PPD = 'input.phoneProvisioning.details.';
const PID = 'input.partnerInitiated.details.';
const VARIANTS = ['input.embeddedSignup', 'input.phoneProvisioning', 'input.partnerInitiated'];

export const BAD_INPUT_CASES: BadInputCase[] = [
  c('create: no variant', D.CREATE, { projectId: P }, ...VARIANTS),
  c('create: two variants', D.CREATE, { ...es(), ...pp() }, VARIANTS[0] as string, VARIANTS[1] as string),
  c('create: three variants', D.CREATE, { ...es(), ...pp(), ...pi() }, ...VARIANTS),
  c('create: blank projectId', D.CREATE, { ...pp(), projectId: ' ' }, 'input.projectId'),
  c('create: countryCode with +', D.CREATE, pp({ countryCode: '+49' }), `${PPD}countryCode`),
  c('create: countryCode with leading 0', D.CREATE, pp({ countryCode: '0049' }), `${PPD}countryCode`),
  c('create: phoneNumber not digits', D.CREATE, pp({ phoneNumber: '170-123' }), `${PPD}phoneNumber`),
  c('create: phoneNumber over 32 digits', D.CREATE, pp({ phoneNumber: '1'.repeat(33) }), `${PPD}phoneNumber`),
  c('create: empty displayName', D.CREATE, pp({ displayName: '' }), `${PPD}displayName`),
  c('create: displayName over 128', D.CREATE, pp({ displayName: x(129) }), `${PPD}displayName`),
  c(
    'create: region UNRECOGNIZED',
    D.CREATE,
    pp({}, { region: 'UNRECOGNIZED' }),
    'input.phoneProvisioning.region',
  ),
  c(
    'create: metaLocalStorage UNSPECIFIED',
    D.CREATE,
    pp({}, { metaLocalStorage: 'UNSPECIFIED' }),
    'input.phoneProvisioning.metaLocalStorage',
  ),
  c(
    'create: ES business manager SINCH_AMERICA',
    D.CREATE,
    es({ businessManager: 'SINCH_AMERICA' }),
    'input.embeddedSignup.businessManager',
  ),
  c(
    'create: ES empty authenticationCode',
    D.CREATE,
    es({ authenticationCode: '' }),
    'input.embeddedSignup.authenticationCode',
  ),
  c('create: PI vertical NOT_SET', D.CREATE, pi({ vertical: 'NOT_SET' }), `${PID}vertical`),
  c('create: PI e-mail malformed', D.CREATE, pi({ email: 'not-an-email' }), `${PID}email`),
  c(
    'create: PI website not http(s)',
    D.CREATE,
    pi({ websiteOne: 'ftp://files.example' }),
    `${PID}websiteOne`,
  ),
  c(
    'create: PI photoUrl over 256',
    D.CREATE,
    pi({ photoUrl: `https://x.example/${x(240)}` }),
    `${PID}photoUrl`,
  ),
  c('create: PI about over 139', D.CREATE, pi({ about: x(140) }), `${PID}about`),
  c('create: PI empty address', D.CREATE, pi({ address: '' }), `${PID}address`),
  c(
    'create: PI number provider UNRECOGNIZED',
    D.CREATE,
    pi({}, { phoneNumberProvider: 'UNRECOGNIZED' }),
    'input.partnerInitiated.phoneNumberProvider',
  ),
  c('update: empty details, no submit', D.UPDATE, upd({}), 'input.details'),
  c('update: no details, no submit', D.UPDATE, upd(undefined), 'input.details'),
  c('update: displayName null', D.UPDATE, upd({ displayName: null }), 'input.details.displayName'),
  c('update: vertical null', D.UPDATE, upd({ vertical: null }), 'input.details.vertical'),
  c('update: description over 512', D.UPDATE, upd({ description: x(513) }), 'input.details.description'),
  c('update: empty username', D.UPDATE, upd({ username: '' }), 'input.details.username'),
  c('update: e-mail over 128', D.UPDATE, upd({ email: `${x(120)}@acme.example` }), 'input.details.email'),
  c(
    'update: upstream id without projectId',
    D.UPDATE,
    { id: 'abc', details: { about: 'a' } },
    'input.projectId',
  ),
  c('update: blank id', D.UPDATE, { id: ' ', projectId: P, details: { about: 'a' } }, 'input.id'),
  c(
    'update: global id of another project',
    D.UPDATE,
    { id: ACTIVE_ID, projectId: 'other-project', details: { about: 'a' } },
    'input.projectId',
  ),
  c('verify: 5-character code', D.VERIFY, { id: PENDING_ID, code: '12345' }, 'input.code'),
  c('verify: code with a space', D.VERIFY, { id: PENDING_ID, code: '12 456' }, 'input.code'),
  c(
    'register: upstream id without projectId',
    D.REGISTER_ONLY,
    { id: 'abc', method: 'SMS' },
    'input.projectId',
  ),
  c('delete: upstream id without projectId', D.DELETE_ONLY, { id: 'abc' }, 'input.projectId'),
  c('sender comment: empty', D.SENDER_COMMENT, { senderId: ACTIVE_ID, comment: '' }, 'input.comment'),
  c('account comment: over 65535', D.ACCOUNT_COMMENT, { projectId: P, comment: x(65536) }, 'input.comment'),
  c('create account: empty wabaName', D.CREATE_ACCOUNT, acc({ wabaName: '' }), 'input.wabaName'),
  c(
    'create account: ONLINE_GAMBLING',
    D.CREATE_ACCOUNT,
    acc({}, { businessCategory: 'ONLINE_GAMBLING' }),
    'input.senderDetails.businessCategory',
  ),
  c(
    'create account: manager UNRECOGNIZED',
    D.CREATE_ACCOUNT,
    acc({ businessManager: 'UNRECOGNIZED' }),
    'input.businessManager',
  ),
  c(
    'create account: manager id over 255',
    D.CREATE_ACCOUNT,
    acc({ clientBusinessManagerId: x(256) }),
    'input.clientBusinessManagerId',
  ),
  c(
    'create account: displayName over 255',
    D.CREATE_ACCOUNT,
    acc({}, { displayName: x(256) }),
    'input.senderDetails.displayName',
  ),
  c('update account: nothing to change', D.UPDATE_ACCOUNT, { projectId: P }, 'input'),
  c('update account: wabaName null', D.UPDATE_ACCOUNT, { projectId: P, wabaName: null }, 'input.wabaName'),
  c(
    'update account: empty senderDetails',
    D.UPDATE_ACCOUNT,
    { projectId: P, senderDetails: {} },
    'input.senderDetails',
  ),
  c(
    'update account: senderDetails.displayName null',
    D.UPDATE_ACCOUNT,
    { projectId: P, senderDetails: { displayName: null } },
    'input.senderDetails.displayName',
  ),
];
