// The WhatsApp operations of the upstream client, one row per example-file prefix (contract/upstream/examples/
// README.md: the method part of the operationId; the account's listActivities/createComment are renamed
// listAccountActivities/createAccountComment). Each row names the operationId, the route template, the
// documented success status (contract whatsapp-and-webhooks.md §1) and a call that takes the request body.
import type {
  CallOptions,
  SinchClient,
  WhatsappAccountInput,
  WhatsappCommentInput,
  WhatsappSenderInput,
  WhatsappSenderRegisterInput,
  WhatsappSenderVerifyInput,
  WhatsappUpdateAccountInput,
  WhatsappUpdateSenderInput,
} from '../../src/upstream/index.ts';
import { PROJECT, SENDER } from './upstream-fixtures.ts';

export { PROJECT, SENDER };

export interface WhatsappOperation {
  operationId: string;
  /** Method and path template, as in errors and logs. */
  route: string;
  /** Documented success status. */
  ok: 200 | 201 | 204;
  /** Whether a request body is sent (and which example family it takes). */
  body: boolean;
  call(c: SinchClient, body?: unknown, opts?: CallOptions): Promise<unknown>;
}

const S = 'WhatsappSendersController_';
const A = 'WhatsappAccountsController_';
const SENDERS = '/v1/projects/{projectId}/whatsapp/senders';
const ONE = `${SENDERS}/{senderId}`;
const ACCOUNT = '/v1/projects/{projectId}/whatsapp';
const comment: WhatsappCommentInput = { comment: 'Example comment.' };

export const WHATSAPP_OPERATIONS: Record<string, WhatsappOperation> = {
  listSenders: {
    operationId: `${S}listSenders_v1`,
    route: `GET ${SENDERS}`,
    ok: 200,
    body: false,
    call: (c, _b, o) => c.whatsappSenders.list(PROJECT, undefined, o),
  },
  createSender: {
    operationId: `${S}createSender_v1`,
    route: `POST ${SENDERS}`,
    ok: 201,
    body: true,
    call: (c, b, o) =>
      c.whatsappSenders.create(
        PROJECT,
        (b as WhatsappSenderInput) ?? {
          details: { countryCode: '49', phoneNumber: '1701234567', displayName: 'D' },
        },
        o,
      ),
  },
  get: {
    operationId: `${S}get_v1`,
    route: `GET ${ONE}`,
    ok: 200,
    body: false,
    call: (c, _b, o) => c.whatsappSenders.get(PROJECT, SENDER, o),
  },
  update: {
    operationId: `${S}update_v1`,
    route: `PATCH ${ONE}`,
    ok: 200,
    body: true,
    call: (c, b, o) =>
      c.whatsappSenders.update(
        PROJECT,
        SENDER,
        (b as WhatsappUpdateSenderInput) ?? { details: { about: 'a' } },
        o,
      ),
  },
  delete: {
    operationId: `${S}delete_v1`,
    route: `DELETE ${ONE}`,
    ok: 204,
    body: false,
    call: (c, _b, o) => c.whatsappSenders.delete(PROJECT, SENDER, o),
  },
  listActivities: {
    operationId: `${S}listActivities_v1`,
    route: `GET ${ONE}/activities`,
    ok: 200,
    body: false,
    call: (c, _b, o) => c.whatsappSenders.listActivities(PROJECT, SENDER, undefined, o),
  },
  deleteChanges: {
    operationId: `${S}deleteChanges_v1`,
    route: `DELETE ${ONE}/changes`,
    ok: 204,
    body: false,
    call: (c, _b, o) => c.whatsappSenders.deleteChanges(PROJECT, SENDER, o),
  },
  createComment: {
    operationId: `${S}createComment_v1`,
    route: `POST ${ONE}/comments`,
    ok: 201,
    body: true,
    call: (c, b, o) => c.whatsappSenders.comment(PROJECT, SENDER, (b as WhatsappCommentInput) ?? comment, o),
  },
  register: {
    operationId: `${S}register_v1`,
    route: `POST ${ONE}/register`,
    ok: 200,
    body: true,
    call: (c, b, o) =>
      c.whatsappSenders.register(PROJECT, SENDER, (b as WhatsappSenderRegisterInput) ?? { method: 'SMS' }, o),
  },
  getSuggestedUsernames: {
    operationId: `${S}getSuggestedUsernames_v1`,
    route: `GET ${ONE}/suggestedUsernames`,
    ok: 200,
    body: false,
    call: (c, _b, o) => c.whatsappSenders.suggestedUsernames(PROJECT, SENDER, o),
  },
  verify: {
    operationId: `${S}verify_v1`,
    route: `POST ${ONE}/verify`,
    ok: 204,
    body: true,
    call: (c, b, o) =>
      c.whatsappSenders.verify(PROJECT, SENDER, (b as WhatsappSenderVerifyInput) ?? { code: '123456' }, o),
  },
  getAccount: {
    operationId: `${A}getAccount_v1`,
    route: `GET ${ACCOUNT}`,
    ok: 200,
    body: false,
    call: (c, _b, o) => c.whatsappAccount.get(PROJECT, o),
  },
  createAccount: {
    operationId: `${A}createAccount_v1`,
    route: `POST ${ACCOUNT}`,
    ok: 201,
    body: true,
    call: (c, b, o) =>
      c.whatsappAccount.create(
        PROJECT,
        (b as WhatsappAccountInput) ?? {
          wabaName: 'W',
          clientBusinessManagerId: '1',
          senderDetails: { displayName: 'D', businessCategory: 'OTHER' },
        },
        o,
      ),
  },
  updateAccount: {
    operationId: `${A}updateAccount_v1`,
    route: `PATCH ${ACCOUNT}`,
    ok: 200,
    body: true,
    call: (c, b, o) =>
      c.whatsappAccount.update(PROJECT, (b as WhatsappUpdateAccountInput) ?? { wabaName: 'W' }, o),
  },
  deleteAccount: {
    operationId: `${A}deleteAccount_v1`,
    route: `DELETE ${ACCOUNT}`,
    ok: 204,
    body: false,
    call: (c, _b, o) => c.whatsappAccount.delete(PROJECT, o),
  },
  listAccountActivities: {
    operationId: `${A}listActivities_v1`,
    route: `GET ${ACCOUNT}/activities`,
    ok: 200,
    body: false,
    call: (c, _b, o) => c.whatsappAccount.listActivities(PROJECT, undefined, o),
  },
  createAccountComment: {
    operationId: `${A}createComment_v1`,
    route: `POST ${ACCOUNT}/comments`,
    ok: 201,
    body: true,
    call: (c, b, o) => c.whatsappAccount.comment(PROJECT, (b as WhatsappCommentInput) ?? comment, o),
  },
};

/** The route template with the fixture ids filled in: the request line the recorder must see. */
export function requestPath(route: string): string {
  return route.replace('{projectId}', PROJECT).replace('{senderId}', SENDER);
}
