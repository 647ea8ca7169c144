// Invalid WhatsApp requests for the bad-input table (issue #13 acceptance 4): each with its documented
// status and errorCode, and for invalid_input/invalid_payload the exact validation messages.
import { DISABLED } from '../../src/sandbox/index.ts';
import { DISABLED_AUTH } from './credentials.ts';
import type { CallInit } from './sandbox-rest.ts';
import { wa, waSender } from './whatsapp.ts';

export interface WaCase {
  name: string;
  path: string;
  init?: CallInit;
  status: number;
  code: string;
  validationErrors?: string[];
}

export const SENDERS = `${wa()}/senders`;
const UNKNOWN = `${SENDERS}/00000000-0000-4000-8000-000000000000`;
export const post = (body: unknown, auth?: string): CallInit => ({
  method: 'POST',
  body,
  ...(auth ? { auth } : {}),
});
export const patch = (body: unknown, auth?: string): CallInit => ({
  method: 'PATCH',
  body,
  ...(auth ? { auth } : {}),
});
const phone = (details: object) => ({
  details: { countryCode: '49', phoneNumber: '1701234567', displayName: 'X', ...details },
});
const partner = (details: object, extra: object = {}) => ({
  phoneNumberProvider: 'CUSTOMER',
  details: { displayName: 'X', vertical: 'OTHER', countryCode: '48', ...details },
  ...extra,
});
export const invalid = (name: string, path: string, init: CallInit, validationErrors: string[]): WaCase => ({
  name,
  path,
  init,
  status: 400,
  code: 'invalid_input',
  validationErrors,
});
export const E = (
  name: string,
  path: string,
  init: CallInit | undefined,
  status: number,
  code: string,
): WaCase => ({
  name,
  path,
  ...(init ? { init } : {}),
  status,
  code,
});

export const whatsappSenderCases: WaCase[] = [
  E('create: malformed JSON', SENDERS, { method: 'POST', raw: '{"details":' }, 400, 'invalid_payload'),
  {
    ...E('create: undeclared field', SENDERS, post({ ...phone({}), foo: 1 }), 400, 'invalid_payload'),
    validationErrors: ['property foo should not exist'],
  },
  invalid('create: empty body', SENDERS, post({}), ['details should not be null or undefined']),
  invalid('create: displayName of 129', SENDERS, post(phone({ displayName: 'x'.repeat(129) })), [
    'details.displayName must be shorter than or equal to 128 characters',
  ]),
  invalid('create: phoneNumber not numeric', SENDERS, post(phone({ phoneNumber: '170-123' })), [
    'details.phoneNumber must be a numeric phone number',
  ]),
  invalid('create: countryCode with +', SENDERS, post(phone({ countryCode: '+49' })), [
    'details.countryCode must be a valid country code',
  ]),
  invalid(
    'create: phone provisioning without countryCode',
    SENDERS,
    post({ details: { phoneNumber: '1701234567', displayName: 'X' } }),
    ['details.countryCode should not be null or undefined'],
  ),
  invalid('create ES: no phoneNumberId', SENDERS, post({ wabaId: '1' }), [
    'phoneNumberId should not be null or undefined',
  ]),
  invalid('create ES: unknown region', SENDERS, post({ wabaId: '1', phoneNumberId: '2', region: 'XX' }), [
    'region must be one of the following values: BR, EU, US',
  ]),
  invalid(
    'create ES: empty authenticationCode',
    SENDERS,
    post({ wabaId: '1', phoneNumberId: '2', authenticationCode: '' }),
    ['authenticationCode must be longer than or equal to 1 characters'],
  ),
  invalid(
    'create partner: no phoneNumberProvider',
    SENDERS,
    post({ details: { displayName: 'X', vertical: 'OTHER', countryCode: '48' } }),
    ['phoneNumberProvider must be one of the following values: CUSTOMER, SINCH'],
  ),
  invalid('create partner: bad email', SENDERS, post(partner({ email: 'not-an-email' })), [
    'details.email must be an email',
  ]),
  invalid('create partner: about of 140', SENDERS, post(partner({ about: 'a'.repeat(140) })), [
    'details.about must be shorter than or equal to 139 characters',
  ]),
  invalid('create partner: websiteOne not a URL', SENDERS, post(partner({ websiteOne: 'example' })), [
    'details.websiteOne must be a URL address',
  ]),
  invalid('create partner: status LATER', SENDERS, post(partner({}, { status: 'LATER' })), [
    'status must be one of the following values: DRAFT, SUBMIT',
  ]),
  E(
    'create ES: EU with SINCH_BR',
    SENDERS,
    post({ wabaId: '1', phoneNumberId: '2', region: 'EU', businessManager: 'SINCH_BR' }),
    400,
    'invalid_business_manager',
  ),
  invalid('create deprecated: no details', SENDERS, post({ name: 'X', facebookAccessToken: 't' }), [
    'details should not be null or undefined',
  ]),
  E(
    'create: project without an account',
    `${wa(DISABLED.projectId)}/senders`,
    post(phone({}), DISABLED_AUTH),
    400,
    'project_not_initialized',
  ),
  // update
  invalid('update: displayName null', waSender('active'), patch({ details: { displayName: null } }), [
    'details.displayName must be a string',
    'details.displayName must be longer than or equal to 1 characters',
    'details.displayName must be shorter than or equal to 128 characters',
    'details.displayName should not be equal to null',
  ]),
  invalid('update: empty about', waSender('active'), patch({ details: { about: '' } }), [
    'details.about must be longer than or equal to 1 characters',
  ]),
  {
    ...E(
      'update: undeclared details field',
      waSender('active'),
      patch({ details: { phoneNumber: '1' } }),
      400,
      'invalid_payload',
    ),
    validationErrors: ['property details.phoneNumber should not exist'],
  },
  E('update: empty body', waSender('active'), patch({}), 400, 'no_fields_to_update'),
  E(
    'update: INACTIVE sender',
    waSender('inactive'),
    patch({ details: { about: 'x' } }),
    409,
    'sender_not_updatable',
  ),
  E(
    'update: PENDING_VERIFICATION sender',
    waSender('pending-verification'),
    patch({ details: { about: 'x' } }),
    409,
    'sender_not_updatable',
  ),
  E(
    'update: sender marked for deletion',
    waSender('deleted'),
    patch({ details: { about: 'x' } }),
    409,
    'sender_not_updatable',
  ),
  E(
    'update: changes under review',
    waSender('active-changes-in-review'),
    patch({ details: { about: 'x' } }),
    409,
    'sender_changes_not_updatable',
  ),
  E(
    'update: display name under review',
    waSender('active-display-name-pending'),
    patch({ details: { displayName: 'Y' } }),
    409,
    'sender_display_name_update_not_allowed',
  ),
  E(
    'update: username before ACTIVE',
    waSender('onboarding-draft'),
    patch({ details: { username: 'bakery' } }),
    409,
    'sender_username_update_not_available',
  ),
  E('update: unknown sender', UNKNOWN, patch({ details: { about: 'x' } }), 404, 'sender_not_found'),
  // delete, changes, register, verify, comments
  E('delete: already deleted', waSender('deleted'), { method: 'DELETE' }, 409, 'sender_already_deleted'),
  E('delete: unknown sender', UNKNOWN, { method: 'DELETE' }, 404, 'sender_not_found'),
  E(
    'deleteChanges: none pending',
    `${waSender('active')}/changes`,
    { method: 'DELETE' },
    404,
    'sender_changes_not_found',
  ),
  E(
    'deleteChanges: under review',
    `${waSender('active-changes-in-review')}/changes`,
    { method: 'DELETE' },
    409,
    'sender_changes_not_deletable',
  ),
  invalid(
    'register: method EMAIL',
    `${waSender('pending-verification')}/register`,
    post({ method: 'EMAIL' }),
    ['method must be one of the following values: SMS, VOICE'],
  ),
  E(
    'register: ACTIVE sender',
    `${waSender('active')}/register`,
    post({ method: 'SMS' }),
    409,
    'not_allowed_register',
  ),
  invalid('verify: numeric code', `${waSender('pending-verification')}/verify`, post({ code: 123456 }), [
    'code must be a string',
    'code must be exactly 6 characters',
  ]),
  invalid('verify: 5 characters', `${waSender('pending-verification')}/verify`, post({ code: '12345' }), [
    'code must be exactly 6 characters',
  ]),
  E(
    'verify: not registered yet',
    `${waSender('pending-verification')}/verify`,
    post({ code: '123456' }),
    409,
    'not_allowed_verify',
  ),
  invalid('comment: empty', `${waSender('active')}/comments`, post({ comment: '' }), [
    'comment must be longer than or equal to 1 characters',
  ]),
  E('comment: unknown sender', `${UNKNOWN}/comments`, post({ comment: 'x' }), 404, 'sender_not_found'),
  E(
    'suggestedUsernames: unknown sender',
    `${UNKNOWN}/suggestedUsernames`,
    undefined,
    404,
    'sender_not_found',
  ),
];
