// client.whatsappSenders: the 11 operations of the "WhatsApp Senders" tag, paths and methods as in
// contract/upstream/sinch-1.2.117/sinch-whatsapp-senders-api-openapi.yml (contract whatsapp-and-webhooks.md §1).
import type { Transport } from './http.ts';
import { operationCaller } from './operation.ts';
import type { WhatsappSendersApi } from './whatsapp-types.ts';

const SENDERS = '/v1/projects/{projectId}/whatsapp/senders';
const SENDER = `${SENDERS}/{senderId}`;

export function createWhatsappSendersApi(t: Transport): WhatsappSendersApi {
  const call = operationCaller(t, (name) => `WhatsappSendersController_${name}_v1`);

  return {
    list: (projectId, query, opts) =>
      // Arrays go out as repeated keys (buildQuery); see WhatsappListSendersQuery.
      call('listSenders', 'GET', SENDERS, { projectId }, opts, { query, idempotent: true }),
    create: (projectId, body, opts) =>
      call('createSender', 'POST', SENDERS, { projectId }, opts, { body, idempotent: false }),
    get: (projectId, senderId, opts) =>
      call('get', 'GET', SENDER, { projectId, senderId }, opts, { idempotent: true }),
    update: (projectId, senderId, body, opts) =>
      call('update', 'PATCH', SENDER, { projectId, senderId }, opts, { body, idempotent: false }),
    // A repeated delete answers 409 sender_already_deleted (and deleteChanges 404 sender_changes_not_found):
    // a retry after a lost answer would turn a success into an error, so neither is retried.
    delete: (projectId, senderId, opts) =>
      call<void>('delete', 'DELETE', SENDER, { projectId, senderId }, opts, {
        idempotent: false,
        response: 'none',
      }),
    deleteChanges: (projectId, senderId, opts) =>
      call<void>('deleteChanges', 'DELETE', `${SENDER}/changes`, { projectId, senderId }, opts, {
        idempotent: false,
        response: 'none',
      }),
    listActivities: (projectId, senderId, query, opts) =>
      call('listActivities', 'GET', `${SENDER}/activities`, { projectId, senderId }, opts, {
        query,
        idempotent: true,
      }),
    comment: (projectId, senderId, body, opts) =>
      call('createComment', 'POST', `${SENDER}/comments`, { projectId, senderId }, opts, {
        body,
        idempotent: false,
      }),
    register: (projectId, senderId, body, opts) =>
      call('register', 'POST', `${SENDER}/register`, { projectId, senderId }, opts, {
        body,
        // Sends an OTP (and counts against Meta's rate limits, 429): never repeated automatically.
        idempotent: false,
      }),
    verify: (projectId, senderId, body, opts) =>
      call<void>('verify', 'POST', `${SENDER}/verify`, { projectId, senderId }, opts, {
        body,
        idempotent: false,
        response: 'none',
      }),
    suggestedUsernames: (projectId, senderId, opts) =>
      call('getSuggestedUsernames', 'GET', `${SENDER}/suggestedUsernames`, { projectId, senderId }, opts, {
        idempotent: true,
      }),
  };
}
