// The list, auth and account rows of the WhatsApp bad-input table (the sender rows: whatsapp-bad-input-cases.ts).
import { DISABLED, OTHER } from '../../src/sandbox/index.ts';
import { DISABLED_AUTH, OTHER_AUTH } from './credentials.ts';
import { wa, waSender } from './whatsapp.ts';
import { E, invalid, patch, post, SENDERS, type WaCase } from './whatsapp-bad-input-cases.ts';

export const whatsappListCases: WaCase[] = [
  E(
    'list: filterStates LAUNCHED',
    `${SENDERS}?filterStates=LAUNCHED`,
    undefined,
    400,
    'invalid_filter_states',
  ),
  E(
    'list: filterStatuses APPROVED',
    `${SENDERS}?filterStatuses=APPROVED`,
    undefined,
    400,
    'invalid_filter_statuses',
  ),
  E('list: pageSize 0', `${SENDERS}?pageSize=0`, undefined, 400, 'invalid_page_size'),
  E('list: pageSize 101', `${SENDERS}?pageSize=101`, undefined, 400, 'invalid_page_size'),
  E('list: garbage pageToken', `${SENDERS}?pageToken=%%%`, undefined, 400, 'invalid_page_token'),
  E(
    'activities: pageSize abc',
    `${waSender('active')}/activities?pageSize=abc`,
    undefined,
    400,
    'invalid_page_size',
  ),
  E(
    'account activities: garbage pageToken',
    `${wa()}/activities?pageToken=abc`,
    undefined,
    400,
    'invalid_page_token',
  ),
  E(
    'get: project without an account',
    `${wa(DISABLED.projectId)}/senders/x`,
    { auth: DISABLED_AUTH },
    400,
    'project_not_initialized',
  ),
  E('get: no credentials', `${SENDERS}`, { auth: null }, 401, 'unauthorized_error'),
  E("get: another project's key", `${SENDERS}`, { auth: OTHER_AUTH }, 401, 'unauthorized_error'),
];

const ACCOUNT_BODY = {
  wabaName: 'W',
  clientBusinessManagerId: '1',
  senderDetails: { displayName: 'D', businessCategory: 'OTHER' },
};

export const whatsappAccountCases: WaCase[] = [
  E('createAccount: one exists', wa(), post(ACCOUNT_BODY), 409, 'account_exists'),
  invalid(
    'createAccount: wabaName of 256',
    wa(DISABLED.projectId),
    post({ ...ACCOUNT_BODY, wabaName: 'w'.repeat(256) }, DISABLED_AUTH),
    ['wabaName must be shorter than or equal to 255 characters'],
  ),
  invalid(
    'createAccount: deprecated, companyLegalName a number',
    wa(DISABLED.projectId),
    post({ clientBusinessManagerId: '1', companyLegalName: 7 }, DISABLED_AUTH),
    ['companyLegalName must be a string'],
  ),
  invalid(
    'createAccount: no senderDetails',
    wa(DISABLED.projectId),
    post({ wabaName: 'W', clientBusinessManagerId: '1' }, DISABLED_AUTH),
    ['senderDetails should not be null or undefined'],
  ),
  E(
    'createAccount: SINCH_BR in this environment',
    wa(DISABLED.projectId),
    post({ ...ACCOUNT_BODY, businessManager: 'SINCH_BR' }, DISABLED_AUTH),
    400,
    'invalid_business_manager_for_environment',
  ),
  E('updateAccount: ONBOARDED', wa(), patch({ wabaName: 'W' }), 409, 'account_not_updatable'),
  E(
    'updateAccount: nothing to update',
    wa(OTHER.projectId),
    patch({}, OTHER_AUTH),
    400,
    'no_fields_to_update',
  ),
  invalid('updateAccount: wabaName a number', wa(OTHER.projectId), patch({ wabaName: 5 }, OTHER_AUTH), [
    'wabaName must be a string',
  ]),
  E(
    'updateAccount: no account',
    wa(DISABLED.projectId),
    patch({ wabaName: 'W' }, DISABLED_AUTH),
    404,
    'account_not_found',
  ),
  E('getAccount: no account', wa(DISABLED.projectId), { auth: DISABLED_AUTH }, 404, 'account_not_found'),
  E('deleteAccount: has senders', wa(), { method: 'DELETE' }, 409, 'account_has_senders'),
  E(
    'deleteAccount: no account',
    wa(DISABLED.projectId),
    { method: 'DELETE', auth: DISABLED_AUTH },
    400,
    'project_not_initialized',
  ),
  E(
    'account comment: no account',
    `${wa(DISABLED.projectId)}/comments`,
    post({ comment: 'x' }, DISABLED_AUTH),
    404,
    'account_not_found',
  ),
  invalid('account comment: missing', `${wa()}/comments`, post({}), [
    'comment should not be null or undefined',
  ]),
];
