// client.rcsAccounts: account-level activities and comments (tag "RCS Accounts").
import type { Transport } from './http.ts';
import { operationCaller } from './operation.ts';
import type { RcsAccountsApi } from './types.ts';

const ACCOUNT = '/v1/projects/{projectId}/rcs';

export function createRcsAccountsApi(t: Transport): RcsAccountsApi {
  const call = operationCaller(t, (name) => `RcsAccountsController_${name}_v1`);

  return {
    listActivities: (projectId, query, opts) =>
      call('listActivities', 'GET', `${ACCOUNT}/activities`, { projectId }, opts, {
        query,
        idempotent: true,
      }),
    createComment: (projectId, body, opts) =>
      call('createComment', 'POST', `${ACCOUNT}/comments`, { projectId }, opts, { body, idempotent: false }),
  };
}
