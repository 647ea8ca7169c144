// client.whatsappAccount: the project's WhatsApp account (tag "WhatsApp Accounts"), paths and methods as in
// contract/upstream/sinch-1.2.117/sinch-whatsapp-accounts-api-openapi.yml (contract whatsapp-and-webhooks.md §1).
import type { Transport } from './http.ts';
import { operationCaller } from './operation.ts';
import type { WhatsappAccountApi } from './whatsapp-types.ts';

const ACCOUNT = '/v1/projects/{projectId}/whatsapp';

export function createWhatsappAccountApi(t: Transport): WhatsappAccountApi {
  const call = operationCaller(t, (name) => `WhatsappAccountsController_${name}_v1`);

  return {
    get: (projectId, opts) => call('getAccount', 'GET', ACCOUNT, { projectId }, opts, { idempotent: true }),
    create: (projectId, body, opts) =>
      call('createAccount', 'POST', ACCOUNT, { projectId }, opts, { body, idempotent: false }),
    update: (projectId, body, opts) =>
      call('updateAccount', 'PATCH', ACCOUNT, { projectId }, opts, { body, idempotent: false }),
    // Not retried: a repeat after a lost answer would find no account (INFERRED: the spec names no error).
    delete: (projectId, opts) =>
      call<void>('deleteAccount', 'DELETE', ACCOUNT, { projectId }, opts, {
        idempotent: false,
        response: 'none',
      }),
    listActivities: (projectId, query, opts) =>
      call('listActivities', 'GET', `${ACCOUNT}/activities`, { projectId }, opts, {
        query,
        idempotent: true,
      }),
    comment: (projectId, body, opts) =>
      call('createComment', 'POST', `${ACCOUNT}/comments`, { projectId }, opts, { body, idempotent: false }),
  };
}
