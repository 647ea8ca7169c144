// Wire types of the Sinch Provisioning API (RCS senders), named for use.
// `openapi.ts` is generated from contract/upstream/rcs-senders.openapi.yaml by `npm run gen:wire-types`.
// Responses are read tolerantly: every string enum also admits values this contract does not list
// (the upstream adds values between versions, e.g. EXPIRED/FAILED test-number states).
import type { CallOptions } from './call-options.ts';
import type { components, operations } from './openapi.ts';

export type * from './call-options.ts';
export type * from './webhook-types.ts';

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
