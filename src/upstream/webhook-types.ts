import type { CallOptions } from './call-options.ts';

// Webhook registration (tag "Webhooks", contract/upstream/sinch-1.2.117/sinch-webhooks-api-openapi.yml).
// Written by hand: the generated openapi.ts covers the RCS document only. test/upstream/webhooks-client.test.ts
// checks the trigger list against the spec's WebhookWebhookTriggersEnum.

/** The contract's 39 trigger values (WebhookWebhookTriggersEnum), in its order. `ALL` subscribes to every event. */
const TRIGGERS = [
  'ALL',
  'BUNDLE_DONE',
  'KAKAOTALK_SENDER_ACTIVE',
  'KAKAOTALK_SENDER_COMMENT_ADDED',
  'KAKAOTALK_SENDER_INACTIVE',
  'KAKAOTALK_SENDER_REJECTED',
  'KAKAOTALK_TEMPLATE_APPROVED',
  'KAKAOTALK_TEMPLATE_COMMENT_ADDED',
  'KAKAOTALK_TEMPLATE_REJECTED',
  'RCS_BRAND_REGISTRATION_PROCESS_STATUS_UPDATED',
  'RCS_SENDER_COMMENT_ADDED',
  'RCS_SENDER_OPERATOR_STATUS_UPDATED',
  'RCS_SENDER_STATUS_UPDATED',
  'RCS_ACCOUNT_COMMENT_ADDED',
  'WHATSAPP_ACCOUNT_COMMENT_ADDED',
  'WHATSAPP_ACCOUNT_DAILY_LIMIT_CHANGED',
  'WHATSAPP_ACCOUNT_ONBOARDED',
  'WHATSAPP_ACCOUNT_PENDING_VERIFICATION',
  'WHATSAPP_ACCOUNT_REJECTED',
  'WHATSAPP_WABA_ACCOUNT_CHANGED',
  'WHATSAPP_SENDER_ACTIVE',
  'WHATSAPP_SENDER_COMMENT_ADDED',
  'WHATSAPP_SENDER_DAILY_LIMIT_CHANGED',
  'WHATSAPP_SENDER_DELETED',
  'WHATSAPP_SENDER_DISPLAY_NAME_UPDATED',
  'WHATSAPP_SENDER_ERROR',
  'WHATSAPP_SENDER_INACTIVE',
  'WHATSAPP_SENDER_PENDING_VERIFICATION',
  'WHATSAPP_SENDER_QUALITY_RATING_CHANGED',
  'WHATSAPP_SENDER_REJECTED',
  'WHATSAPP_SENDER_USERNAME_UPDATED',
  'WHATSAPP_TEMPLATE_APPROVED',
  'WHATSAPP_TEMPLATE_CATEGORY_FUTURE_UPDATE',
  'WHATSAPP_TEMPLATE_CATEGORY_UPDATED',
  'WHATSAPP_TEMPLATE_COMMENT_ADDED',
  'WHATSAPP_TEMPLATE_DELETED',
  'WHATSAPP_TEMPLATE_QUALITY_SCORE_UPDATED',
  'WHATSAPP_TEMPLATE_REJECTED',
  'WHATSAPP_TEMPLATE_STATUS_UPDATED',
] as const;

export type WebhookTrigger = (typeof TRIGGERS)[number];

/** The 39 trigger values, in the contract's order. */
export const WEBHOOK_TRIGGERS: readonly WebhookTrigger[] = TRIGGERS;

/** WebhookWebhookDto. The secret is write-only: the API never returns it. */
export interface WebhookDto {
  id: string;
  target: string;
  projectId: string;
  triggers: WebhookTrigger[];
}

/** WebhookWebhookInputDto (create, replace). `secret` is a credential: never log or return it. */
export interface WebhookInput {
  /** URL, 1..742 characters. */
  target: string;
  /** 1..128 characters; signs every delivery (HMAC-SHA256). */
  secret: string;
  /** At least one, unique. */
  triggers: WebhookTrigger[];
}

/** WebhookUpdateWebhookInputDto (PATCH): every field optional. */
export type WebhookPatch = Partial<WebhookInput>;

/** WebhookWebhookListDto; the upstream's list key is `webhooks`, as here. */
export interface WebhookList {
  totalSize: number;
  pageSize: number;
  webhooks: WebhookDto[];
  nextPageToken?: string;
  previousPageToken?: string;
}

/** `client.webhooks`: /v1/projects/{projectId}/webhooks… (at most 15 per project). */
export interface WebhooksApi {
  /** pageSize 1..15; without a page token the upstream returns all webhooks, alphabetically. */
  list(
    projectId: string,
    query?: { pageSize?: number; pageToken?: string },
    opts?: CallOptions,
  ): Promise<WebhookList>;
  /** 409 webhook_exists (same target in the project), 424 webhook_limit_reached (15 already). Never retried. */
  create(projectId: string, body: WebhookInput, opts?: CallOptions): Promise<WebhookDto>;
  get(projectId: string, webhookId: string, opts?: CallOptions): Promise<WebhookDto>;
  /** PUT: every field replaced. */
  replace(projectId: string, webhookId: string, body: WebhookInput, opts?: CallOptions): Promise<WebhookDto>;
  /** PATCH: only the fields given change. */
  update(projectId: string, webhookId: string, body: WebhookPatch, opts?: CallOptions): Promise<WebhookDto>;
  delete(projectId: string, webhookId: string, opts?: CallOptions): Promise<void>;
}
