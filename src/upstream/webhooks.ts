// client.webhooks: the six operations of the provisioning "Webhooks" tag (WebhookWebhookController_*_v1),
// paths as in contract/upstream/sinch-1.2.117/sinch-webhooks-api-openapi.yml. A webhook's `secret` is a
// credential: it is only ever in a request body, which the transport never logs (one line per attempt with
// method, route template, status and errorCode), and the API never returns it.
import type { Transport } from './http.ts';
import { operationCaller } from './operation.ts';
import type { WebhooksApi, WebhookTrigger } from './types.ts';

export { WEBHOOK_TRIGGERS } from './webhook-types.ts';

const WEBHOOKS = '/v1/projects/{projectId}/webhooks';
const WEBHOOK = `${WEBHOOKS}/{webhookId}`;

/** Maximum webhooks per project (createWebhook answers 424 webhook_limit_reached beyond it). */
export const MAX_WEBHOOKS_PER_PROJECT = 15;

/** The triggers an RCS sender or account produces (contract §7.5), besides ALL. */
export const RCS_WEBHOOK_TRIGGERS: readonly WebhookTrigger[] = [
  'RCS_SENDER_STATUS_UPDATED',
  'RCS_SENDER_OPERATOR_STATUS_UPDATED',
  'RCS_BRAND_REGISTRATION_PROCESS_STATUS_UPDATED',
  'RCS_SENDER_COMMENT_ADDED',
  'RCS_ACCOUNT_COMMENT_ADDED',
];

export function createWebhooksApi(t: Transport): WebhooksApi {
  const call = operationCaller(t, (name) => `WebhookWebhookController_${name}_v1`);

  return {
    list: (projectId, query, opts) =>
      call('listWebhooks', 'GET', WEBHOOKS, { projectId }, opts, { query, idempotent: true }),
    // A repeat after a lost answer would meet 409 webhook_exists, or count twice against the limit.
    create: (projectId, body, opts) =>
      call('createWebhook', 'POST', WEBHOOKS, { projectId }, opts, { body, idempotent: false }),
    get: (projectId, webhookId, opts) =>
      call('getWebhook', 'GET', WEBHOOK, { projectId, webhookId }, opts, { idempotent: true }),
    // The same full replacement twice leaves the same webhook.
    replace: (projectId, webhookId, body, opts) =>
      call('replaceWebhook', 'PUT', WEBHOOK, { projectId, webhookId }, opts, { body, idempotent: true }),
    // Like the sender PATCH: a patch is not repeated automatically.
    update: (projectId, webhookId, body, opts) =>
      call('updateWebhook', 'PATCH', WEBHOOK, { projectId, webhookId }, opts, { body, idempotent: false }),
    delete: (projectId, webhookId, opts) =>
      call<void>('deleteWebhook', 'DELETE', WEBHOOK, { projectId, webhookId }, opts, {
        idempotent: true,
        response: 'none',
      }),
  };
}
