// client.webhooks: the six operations of the provisioning "Webhooks" tag (WebhookWebhookController_*_v1),
// paths as in contract/upstream/sinch-1.2.117/sinch-webhooks-api-openapi.yml. A webhook's `secret` is a
// credential: it is only ever in a request body, which the transport never logs (one line per attempt with
// method, route template, status and errorCode), and the API never returns it.
import type { Transport } from './http.ts';
import type { WebhooksApi, WebhookTrigger } from './types.ts';
import type { CallSpec } from './wire.ts';

const WEBHOOKS = '/v1/projects/{projectId}/webhooks';
const WEBHOOK = `${WEBHOOKS}/{webhookId}`;

/** Maximum webhooks per project (createWebhook answers 424 webhook_limit_reached beyond it). */
export const MAX_WEBHOOKS_PER_PROJECT = 15;

// A Record so the compiler checks this list against the union: a value missing or extra fails to build.
const TRIGGERS: Record<WebhookTrigger, true> = {
  ALL: true,
  BUNDLE_DONE: true,
  KAKAOTALK_SENDER_ACTIVE: true,
  KAKAOTALK_SENDER_COMMENT_ADDED: true,
  KAKAOTALK_SENDER_INACTIVE: true,
  KAKAOTALK_SENDER_REJECTED: true,
  KAKAOTALK_TEMPLATE_APPROVED: true,
  KAKAOTALK_TEMPLATE_COMMENT_ADDED: true,
  KAKAOTALK_TEMPLATE_REJECTED: true,
  RCS_BRAND_REGISTRATION_PROCESS_STATUS_UPDATED: true,
  RCS_SENDER_COMMENT_ADDED: true,
  RCS_SENDER_OPERATOR_STATUS_UPDATED: true,
  RCS_SENDER_STATUS_UPDATED: true,
  RCS_ACCOUNT_COMMENT_ADDED: true,
  WHATSAPP_ACCOUNT_COMMENT_ADDED: true,
  WHATSAPP_ACCOUNT_DAILY_LIMIT_CHANGED: true,
  WHATSAPP_ACCOUNT_ONBOARDED: true,
  WHATSAPP_ACCOUNT_PENDING_VERIFICATION: true,
  WHATSAPP_ACCOUNT_REJECTED: true,
  WHATSAPP_WABA_ACCOUNT_CHANGED: true,
  WHATSAPP_SENDER_ACTIVE: true,
  WHATSAPP_SENDER_COMMENT_ADDED: true,
  WHATSAPP_SENDER_DAILY_LIMIT_CHANGED: true,
  WHATSAPP_SENDER_DELETED: true,
  WHATSAPP_SENDER_DISPLAY_NAME_UPDATED: true,
  WHATSAPP_SENDER_ERROR: true,
  WHATSAPP_SENDER_INACTIVE: true,
  WHATSAPP_SENDER_PENDING_VERIFICATION: true,
  WHATSAPP_SENDER_QUALITY_RATING_CHANGED: true,
  WHATSAPP_SENDER_REJECTED: true,
  WHATSAPP_SENDER_USERNAME_UPDATED: true,
  WHATSAPP_TEMPLATE_APPROVED: true,
  WHATSAPP_TEMPLATE_CATEGORY_FUTURE_UPDATE: true,
  WHATSAPP_TEMPLATE_CATEGORY_UPDATED: true,
  WHATSAPP_TEMPLATE_COMMENT_ADDED: true,
  WHATSAPP_TEMPLATE_DELETED: true,
  WHATSAPP_TEMPLATE_QUALITY_SCORE_UPDATED: true,
  WHATSAPP_TEMPLATE_REJECTED: true,
  WHATSAPP_TEMPLATE_STATUS_UPDATED: true,
};

/** The 39 trigger values, in the contract's order. */
export const WEBHOOK_TRIGGERS = Object.keys(TRIGGERS) as readonly WebhookTrigger[];

/** The triggers an RCS sender or account produces (contract §7.5), besides ALL. */
export const RCS_WEBHOOK_TRIGGERS: readonly WebhookTrigger[] = [
  'RCS_SENDER_STATUS_UPDATED',
  'RCS_SENDER_OPERATOR_STATUS_UPDATED',
  'RCS_BRAND_REGISTRATION_PROCESS_STATUS_UPDATED',
  'RCS_SENDER_COMMENT_ADDED',
  'RCS_ACCOUNT_COMMENT_ADDED',
];

type Spec = Omit<CallSpec, 'response'> & { response?: CallSpec['response'] };

const op = (name: string) => `WebhookWebhookController_${name}_v1`;

export function createWebhooksApi(t: Transport): WebhooksApi {
  const call = <T>(spec: Spec, opts: Parameters<Transport['send']>[1]) =>
    t.send<T>({ response: 'json', ...spec }, opts);

  return {
    list: (projectId, query, opts) =>
      call(
        {
          operationId: op('listWebhooks'),
          method: 'GET',
          path: WEBHOOKS,
          params: { projectId },
          query,
          idempotent: true,
        },
        opts,
      ),
    create: (projectId, body, opts) =>
      call(
        {
          operationId: op('createWebhook'),
          method: 'POST',
          path: WEBHOOKS,
          params: { projectId },
          body,
          // A repeat after a lost answer would meet 409 webhook_exists, or count twice against the limit.
          idempotent: false,
        },
        opts,
      ),
    get: (projectId, webhookId, opts) =>
      call(
        {
          operationId: op('getWebhook'),
          method: 'GET',
          path: WEBHOOK,
          params: { projectId, webhookId },
          idempotent: true,
        },
        opts,
      ),
    replace: (projectId, webhookId, body, opts) =>
      call(
        {
          operationId: op('replaceWebhook'),
          method: 'PUT',
          path: WEBHOOK,
          params: { projectId, webhookId },
          body,
          // The same full replacement twice leaves the same webhook.
          idempotent: true,
        },
        opts,
      ),
    update: (projectId, webhookId, body, opts) =>
      call(
        {
          operationId: op('updateWebhook'),
          method: 'PATCH',
          path: WEBHOOK,
          params: { projectId, webhookId },
          body,
          // Like the sender PATCH: a patch is not repeated automatically.
          idempotent: false,
        },
        opts,
      ),
    delete: (projectId, webhookId, opts) =>
      call<void>(
        {
          operationId: op('deleteWebhook'),
          method: 'DELETE',
          path: WEBHOOK,
          params: { projectId, webhookId },
          idempotent: true,
          response: 'none',
        },
        opts,
      ),
  };
}
