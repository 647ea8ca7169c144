// Wire types of the Sinch Provisioning API (RCS senders), named for use.
// `openapi.ts` is generated from contract/upstream/rcs-senders.openapi.yaml by `npm run gen:wire-types`.
// Responses are read tolerantly: every string enum also admits values this contract does not list
// (the upstream adds values between versions, e.g. EXPIRED/FAILED test-number states).
import type { CallMeter } from './meter.ts';
import type { components, operations } from './openapi.ts';

type S = components['schemas'];

/** A string-literal union that also accepts any other string, keeping editor completion. */
export type Open<T extends string> = T | (string & {});

/** Deeply widens string-literal unions to `Open<...>`: what the wire may carry, not what we know. */
export type Lenient<T> = T extends string
  ? string extends T
    ? T
    : Open<T>
  : T extends readonly (infer U)[]
    ? Lenient<U>[]
    : T extends object
      ? { [K in keyof T]: Lenient<T[K]> }
      : T;

// ---- responses (lenient) ----
export type RcsSender = Lenient<S['RcsSenderDto']>;
export type RcsSenderList = Lenient<S['RcsSenderListDto']>;
export type RcsSenderDetails = Lenient<S['RcsSenderDetailsDto']>;
export type RcsTestNumberStateDto = Lenient<S['RcsTestNumberStateDto']>;
export type RcsTestNumbers = Lenient<S['RcsTestNumbersDto']>;
export type RcsTestNumberCapabilities = Lenient<S['RcsTestNumberCapabilitiesDto']>;
export type RcsCountryStatus = Lenient<S['RcsCountryStatusDto']>;
export type RcsOperator = Lenient<S['RcsOperatorDto']>;
export type RcsSenderNotification = Lenient<S['RcsSenderNotificationDto']>;
export type RcsSenderNotificationList = Lenient<S['RcsSenderNotificationListDto']>;
export type RcsAccountNotificationList = Lenient<S['RcsAccountNotificationListDto']>;
export type RcsComment = Lenient<S['RcsCommentDto']>;
export type RcsQuestionnaireQuestions = Lenient<S['RcsQuestionnaireQuestionsDto']>;
export type RcsPapiError = S['RcsPapiErrorDto'];

// ---- requests (strict: we only send what the contract documents) ----
export type RcsSenderInput = S['RcsSenderInputDto'];
export type RcsUpdateSenderInput = S['RcsUpdateSenderInputDto'];
export type RcsTestNumbersInput = S['RcsTestNumbersInputDto'];
export type RcsCommentInput = S['RcsCommentInputDto'];

// ---- enums (the values the contract lists) ----
export type RcsSenderStateValue = S['RcsSenderState'];
export type RcsSenderStateFilterValue = S['RcsSenderStateFilter'];
export type RcsTestNumberStateValue = S['RcsTestNumberState'];
export type RcsLaunchCountryCode = S['RcsLaunchCountryCode'];
export type RcsUseCaseValue = S['RcsUseCase'];
export type RcsSortColumn = S['RcsSenderSortColumn'];
export type RcsSortDirection = S['RcsSortDirection'];
export type RcsUsQuestionnaireVersion = S['RcsUsQuestionnaireVersion'];
export type RcsUsQuestionnaireBrandCampaignVersion = S['RcsUsQuestionnaireBrandCampaignVersion'];

// ---- query parameters ----
type ListSendersWireQuery = NonNullable<
  operations['RcsSendersController_listSenders_v1']['parameters']['query']
>;
/** List query; `filterSenderIds` may also be given as an array (the client comma-joins it on the wire). */
export type ListSendersQuery = Omit<ListSendersWireQuery, 'filterSenderIds'> & {
  filterSenderIds?: string | readonly string[];
};
export type PageQuery = { pageToken?: string; pageSize?: number };
export type QuestionnaireQuery = NonNullable<
  operations['RcsQuestionnaireController_getQuestions_v1']['parameters']['query']
>;

/**
 * How one call authenticates. `service` uses the client's configured credentials (Basic or OAuth2);
 * `passthrough` forwards a caller's `Authorization` header value unchanged.
 */
export type CallAuth = { kind: 'service' } | { kind: 'passthrough'; authorization: string };

/** Per-call options every client method takes last. */
export interface CallOptions {
  auth?: CallAuth;
  signal?: AbortSignal;
  /** Per-attempt timeout in ms; overrides the client default. */
  timeoutMs?: number;
  /**
   * The overall deadline (epoch ms, `Date.now()` scale) of the operation this call belongs to: no attempt
   * or retry wait goes past it, and each attempt's timeout is cut to what is left. Pair it with a `signal`
   * that aborts at the same moment with a 'TimeoutError' reason (`AbortSignal.timeout(ms)`), so a call in
   * flight at the deadline fails as UpstreamTimeoutError 'deadline_exceeded'.
   */
  deadline?: number;
  /** Correlation id of the operation this call belongs to; put on the call's log lines (never sent upstream). */
  requestId?: string;
  /** The operation's meter (meter.ts): counts this call, enforces the operation's budget. */
  meter?: CallMeter;
}

/**
 * The RCS part of the Provisioning API, as `client.rcsSenders`, `client.rcsQuestionnaire`,
 * `client.rcsAccounts`. Paths: /v1/projects/{projectId}/rcs/...
 */
export interface RcsSendersApi {
  list(projectId: string, query?: ListSendersQuery, opts?: CallOptions): Promise<RcsSenderList>;
  create(projectId: string, body: RcsSenderInput, opts?: CallOptions): Promise<RcsSender>;
  get(projectId: string, senderId: string, opts?: CallOptions): Promise<RcsSender>;
  /** PATCH: only fields present in `body` are sent; `null` values are sent as explicit deletes. */
  update(
    projectId: string,
    senderId: string,
    body: RcsUpdateSenderInput,
    query?: { usQuestionnaireVersion?: RcsUsQuestionnaireVersion },
    opts?: CallOptions,
  ): Promise<RcsSender>;
  listActivities(
    projectId: string,
    senderId: string,
    query?: PageQuery,
    opts?: CallOptions,
  ): Promise<RcsSenderNotificationList>;
  createComment(
    projectId: string,
    senderId: string,
    body: RcsCommentInput,
    opts?: CallOptions,
  ): Promise<RcsComment>;
  launch(projectId: string, senderId: string, opts?: CallOptions): Promise<RcsSender>;
  addTestNumbers(
    projectId: string,
    senderId: string,
    body: RcsTestNumbersInput,
    opts?: CallOptions,
  ): Promise<RcsTestNumbers>;
  getTestNumberState(
    projectId: string,
    senderId: string,
    testNumber: string,
    opts?: CallOptions,
  ): Promise<RcsTestNumberStateDto>;
  deleteTestNumber(
    projectId: string,
    senderId: string,
    testNumber: string,
    opts?: CallOptions,
  ): Promise<void>;
  getTestNumberCapabilities(
    projectId: string,
    senderId: string,
    testNumber: string,
    opts?: CallOptions,
  ): Promise<RcsTestNumberCapabilities>;
  /** GET .../retry: re-sends the invite. A GET with side effects: never retried automatically. */
  retryTestNumber(
    projectId: string,
    senderId: string,
    testNumber: string,
    opts?: CallOptions,
  ): Promise<RcsTestNumberStateDto>;
}

export interface RcsQuestionnaireApi {
  get(
    projectId: string,
    useCase: RcsUseCaseValue,
    query?: QuestionnaireQuery,
    opts?: CallOptions,
  ): Promise<RcsQuestionnaireQuestions>;
}

export interface RcsAccountsApi {
  listActivities(
    projectId: string,
    query?: PageQuery,
    opts?: CallOptions,
  ): Promise<RcsAccountNotificationList>;
  createComment(projectId: string, body: RcsCommentInput, opts?: CallOptions): Promise<RcsComment>;
}

// ---- webhook registration (tag "Webhooks", contract/upstream/sinch-1.2.117/sinch-webhooks-api-openapi.yml) ----
// Written by hand: the generated openapi.ts covers the RCS document only. test/upstream/webhooks-client.test.ts
// checks the trigger list against the spec's WebhookWebhookTriggersEnum.

/** The contract's 39 trigger values (WebhookWebhookTriggersEnum). `ALL` subscribes to every event. */
export type WebhookTrigger =
  | 'ALL'
  | 'BUNDLE_DONE'
  | 'KAKAOTALK_SENDER_ACTIVE'
  | 'KAKAOTALK_SENDER_COMMENT_ADDED'
  | 'KAKAOTALK_SENDER_INACTIVE'
  | 'KAKAOTALK_SENDER_REJECTED'
  | 'KAKAOTALK_TEMPLATE_APPROVED'
  | 'KAKAOTALK_TEMPLATE_COMMENT_ADDED'
  | 'KAKAOTALK_TEMPLATE_REJECTED'
  | 'RCS_BRAND_REGISTRATION_PROCESS_STATUS_UPDATED'
  | 'RCS_SENDER_COMMENT_ADDED'
  | 'RCS_SENDER_OPERATOR_STATUS_UPDATED'
  | 'RCS_SENDER_STATUS_UPDATED'
  | 'RCS_ACCOUNT_COMMENT_ADDED'
  | 'WHATSAPP_ACCOUNT_COMMENT_ADDED'
  | 'WHATSAPP_ACCOUNT_DAILY_LIMIT_CHANGED'
  | 'WHATSAPP_ACCOUNT_ONBOARDED'
  | 'WHATSAPP_ACCOUNT_PENDING_VERIFICATION'
  | 'WHATSAPP_ACCOUNT_REJECTED'
  | 'WHATSAPP_WABA_ACCOUNT_CHANGED'
  | 'WHATSAPP_SENDER_ACTIVE'
  | 'WHATSAPP_SENDER_COMMENT_ADDED'
  | 'WHATSAPP_SENDER_DAILY_LIMIT_CHANGED'
  | 'WHATSAPP_SENDER_DELETED'
  | 'WHATSAPP_SENDER_DISPLAY_NAME_UPDATED'
  | 'WHATSAPP_SENDER_ERROR'
  | 'WHATSAPP_SENDER_INACTIVE'
  | 'WHATSAPP_SENDER_PENDING_VERIFICATION'
  | 'WHATSAPP_SENDER_QUALITY_RATING_CHANGED'
  | 'WHATSAPP_SENDER_REJECTED'
  | 'WHATSAPP_SENDER_USERNAME_UPDATED'
  | 'WHATSAPP_TEMPLATE_APPROVED'
  | 'WHATSAPP_TEMPLATE_CATEGORY_FUTURE_UPDATE'
  | 'WHATSAPP_TEMPLATE_CATEGORY_UPDATED'
  | 'WHATSAPP_TEMPLATE_COMMENT_ADDED'
  | 'WHATSAPP_TEMPLATE_DELETED'
  | 'WHATSAPP_TEMPLATE_QUALITY_SCORE_UPDATED'
  | 'WHATSAPP_TEMPLATE_REJECTED'
  | 'WHATSAPP_TEMPLATE_STATUS_UPDATED';

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
