// client.whatsappSenders: the 11 operations of the "WhatsApp Senders" tag, paths and methods as in
// contract/upstream/sinch-1.2.117/sinch-whatsapp-senders-api-openapi.yml (contract whatsapp-and-webhooks.md §1).
import type { Transport } from './http.ts';
import type { WhatsappSendersApi } from './whatsapp-types.ts';
import type { CallSpec } from './wire.ts';

const SENDERS = '/v1/projects/{projectId}/whatsapp/senders';
const SENDER = `${SENDERS}/{senderId}`;

type Spec = Omit<CallSpec, 'response'> & { response?: CallSpec['response'] };

export function createWhatsappSendersApi(t: Transport): WhatsappSendersApi {
  const call = <T>(spec: Spec, opts: Parameters<Transport['send']>[1]) =>
    t.send<T>({ response: 'json', ...spec }, opts);
  const at = (projectId: string, senderId: string) => ({ projectId, senderId });

  return {
    list: (projectId, query, opts) =>
      call(
        {
          operationId: 'WhatsappSendersController_listSenders_v1',
          method: 'GET',
          path: SENDERS,
          params: { projectId },
          // Arrays go out as repeated keys (buildQuery); see WhatsappListSendersQuery.
          query,
          idempotent: true,
        },
        opts,
      ),
    create: (projectId, body, opts) =>
      call(
        {
          operationId: 'WhatsappSendersController_createSender_v1',
          method: 'POST',
          path: SENDERS,
          params: { projectId },
          body,
          idempotent: false,
        },
        opts,
      ),
    get: (projectId, senderId, opts) =>
      call(
        {
          operationId: 'WhatsappSendersController_get_v1',
          method: 'GET',
          path: SENDER,
          params: at(projectId, senderId),
          idempotent: true,
        },
        opts,
      ),
    update: (projectId, senderId, body, opts) =>
      call(
        {
          operationId: 'WhatsappSendersController_update_v1',
          method: 'PATCH',
          path: SENDER,
          params: at(projectId, senderId),
          body,
          idempotent: false,
        },
        opts,
      ),
    // A repeated delete answers 409 sender_already_deleted (and deleteChanges 404 sender_changes_not_found):
    // a retry after a lost answer would turn a success into an error, so neither is retried.
    delete: (projectId, senderId, opts) =>
      call<void>(
        {
          operationId: 'WhatsappSendersController_delete_v1',
          method: 'DELETE',
          path: SENDER,
          params: at(projectId, senderId),
          idempotent: false,
          response: 'none',
        },
        opts,
      ),
    deleteChanges: (projectId, senderId, opts) =>
      call<void>(
        {
          operationId: 'WhatsappSendersController_deleteChanges_v1',
          method: 'DELETE',
          path: `${SENDER}/changes`,
          params: at(projectId, senderId),
          idempotent: false,
          response: 'none',
        },
        opts,
      ),
    listActivities: (projectId, senderId, query, opts) =>
      call(
        {
          operationId: 'WhatsappSendersController_listActivities_v1',
          method: 'GET',
          path: `${SENDER}/activities`,
          params: at(projectId, senderId),
          query,
          idempotent: true,
        },
        opts,
      ),
    comment: (projectId, senderId, body, opts) =>
      call(
        {
          operationId: 'WhatsappSendersController_createComment_v1',
          method: 'POST',
          path: `${SENDER}/comments`,
          params: at(projectId, senderId),
          body,
          idempotent: false,
        },
        opts,
      ),
    register: (projectId, senderId, body, opts) =>
      call(
        {
          operationId: 'WhatsappSendersController_register_v1',
          method: 'POST',
          path: `${SENDER}/register`,
          params: at(projectId, senderId),
          body,
          // Sends an OTP (and counts against Meta's rate limits, 429): never repeated automatically.
          idempotent: false,
        },
        opts,
      ),
    verify: (projectId, senderId, body, opts) =>
      call<void>(
        {
          operationId: 'WhatsappSendersController_verify_v1',
          method: 'POST',
          path: `${SENDER}/verify`,
          params: at(projectId, senderId),
          body,
          idempotent: false,
          response: 'none',
        },
        opts,
      ),
    suggestedUsernames: (projectId, senderId, opts) =>
      call(
        {
          operationId: 'WhatsappSendersController_getSuggestedUsernames_v1',
          method: 'GET',
          path: `${SENDER}/suggestedUsernames`,
          params: at(projectId, senderId),
          idempotent: true,
        },
        opts,
      ),
  };
}
