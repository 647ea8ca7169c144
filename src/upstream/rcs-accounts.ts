// client.rcsAccounts: account-level activities and comments (tag "RCS Accounts").
import type { Transport } from './http.ts';
import type { RcsAccountsApi } from './types.ts';

export function createRcsAccountsApi(t: Transport): RcsAccountsApi {
  return {
    listActivities: (projectId, query, opts) =>
      t.send(
        {
          operationId: 'RcsAccountsController_listActivities_v1',
          method: 'GET',
          path: '/v1/projects/{projectId}/rcs/activities',
          params: { projectId },
          query,
          idempotent: true,
          response: 'json',
        },
        opts,
      ),
    createComment: (projectId, body, opts) =>
      t.send(
        {
          operationId: 'RcsAccountsController_createComment_v1',
          method: 'POST',
          path: '/v1/projects/{projectId}/rcs/comments',
          params: { projectId },
          body,
          idempotent: false,
          response: 'json',
        },
        opts,
      ),
  };
}
