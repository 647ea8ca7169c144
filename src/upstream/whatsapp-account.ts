// client.whatsappAccount: the project's WhatsApp account (tag "WhatsApp Accounts"), paths and methods as in
// contract/upstream/sinch-1.2.117/sinch-whatsapp-accounts-api-openapi.yml (contract whatsapp-and-webhooks.md §1).
import type { Transport } from './http.ts';
import type { WhatsappAccountApi } from './whatsapp-types.ts';
import type { CallSpec } from './wire.ts';

const ACCOUNT = '/v1/projects/{projectId}/whatsapp';

type Spec = Omit<CallSpec, 'response' | 'params'> & { response?: CallSpec['response'] };

export function createWhatsappAccountApi(t: Transport): WhatsappAccountApi {
  const call = <T>(projectId: string, spec: Spec, opts: Parameters<Transport['send']>[1]) =>
    t.send<T>({ response: 'json', params: { projectId }, ...spec }, opts);

  return {
    get: (projectId, opts) =>
      call(
        projectId,
        {
          operationId: 'WhatsappAccountsController_getAccount_v1',
          method: 'GET',
          path: ACCOUNT,
          idempotent: true,
        },
        opts,
      ),
    create: (projectId, body, opts) =>
      call(
        projectId,
        {
          operationId: 'WhatsappAccountsController_createAccount_v1',
          method: 'POST',
          path: ACCOUNT,
          body,
          idempotent: false,
        },
        opts,
      ),
    update: (projectId, body, opts) =>
      call(
        projectId,
        {
          operationId: 'WhatsappAccountsController_updateAccount_v1',
          method: 'PATCH',
          path: ACCOUNT,
          body,
          idempotent: false,
        },
        opts,
      ),
    // Not retried: a repeat after a lost answer would find no account (INFERRED: the spec names no error).
    delete: (projectId, opts) =>
      call<void>(
        projectId,
        {
          operationId: 'WhatsappAccountsController_deleteAccount_v1',
          method: 'DELETE',
          path: ACCOUNT,
          idempotent: false,
          response: 'none',
        },
        opts,
      ),
    listActivities: (projectId, query, opts) =>
      call(
        projectId,
        {
          operationId: 'WhatsappAccountsController_listActivities_v1',
          method: 'GET',
          path: `${ACCOUNT}/activities`,
          query,
          idempotent: true,
        },
        opts,
      ),
    comment: (projectId, body, opts) =>
      call(
        projectId,
        {
          operationId: 'WhatsappAccountsController_createComment_v1',
          method: 'POST',
          path: `${ACCOUNT}/comments`,
          body,
          idempotent: false,
        },
        opts,
      ),
  };
}
