// Wire types of the WhatsApp part of the Provisioning API (tags "WhatsApp Senders" and "WhatsApp Accounts"),
// named for use. `openapi-whatsapp-senders.ts` and `openapi-whatsapp-accounts.ts` are generated from
// contract/upstream/sinch-1.2.117/ by `npm run gen:wire-types`. As for RCS, responses are read tolerantly
// (every string enum also admits unlisted values: sender `state` has no UNRECOGNIZED upstream, so a new state
// reads as its string) and requests are strict (we only send what the contract documents).
import type { CallOptions } from './call-options.ts';
import type { components as AccountComponents } from './openapi-whatsapp-accounts.ts';
import type { components, operations } from './openapi-whatsapp-senders.ts';
import type { Lenient, PageQuery } from './types.ts';

type S = components['schemas'];
type A = AccountComponents['schemas'];

/**
 * openapi-typescript makes a property with a `default` required; the upstream applies the default when the
 * key is absent (the published request examples omit them), so our input types make those keys optional.
 */
type Defaulted<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;

// ---- sender responses (lenient) ----
/** `bearerToken` is a CREDENTIAL (contract §7): never serve or log it. */
export type WhatsappSender = Lenient<S['WhatsappSenderDto']>;
export type WhatsappSenderList = Lenient<S['WhatsappSenderListDto']>;
export type WhatsappSenderDetails = Lenient<S['WhatsappSenderDetailsDto']>;
export type WhatsappSenderChanges = Lenient<S['WhatsappSenderChangesDto']>;
export type WhatsappSenderChangesDetails = Lenient<S['WhatsappSenderChangesDetailsDto']>;
export type WhatsappSenderMetadata = Lenient<S['WhatsappSenderMetadataDto']>;
export type WhatsappSenderMetadataField = Lenient<S['WhatsappSenderMetadataFieldDto']>;
export type WhatsappConversationApiApp = Lenient<S['WhatsappConversationApiAppDto']>;
export type WhatsappSenderNotification = Lenient<S['WhatsappSenderNotificationDto']>;
export type WhatsappSenderNotificationList = Lenient<S['WhatsappSenderNotificationListDto']>;
export type WhatsappComment = Lenient<S['WhatsappCommentDto']>;
/** The answer of `register`: `verificationCodeSent` false when the number was already registered. */
export type WhatsappSenderRegistration = Lenient<S['WhatsappSenderRegisterDto']>;
export type WhatsappSuggestedUsernames = Lenient<S['WhatsappSuggestedUsernamesDto']>;
/** The error body of both tags; `additionalInformation` values are typed string[] but some examples carry a string. */
export type WhatsappPapiError = Lenient<Omit<S['WhatsappPapiErrorDto'], 'additionalInformation'>> & {
  additionalInformation?: Record<string, string | string[]>;
};

// ---- account responses (lenient) ----
export type WhatsappAccount = Lenient<A['WhatsappAccountDto']>;
export type WhatsappAccountDetails = Lenient<A['WhatsappAccountDetailsDto']>;
export type WhatsappAccountChanges = Lenient<A['WhatsappAccountChangesDto']>;
export type WhatsappAccountNotification = Lenient<A['WhatsappAccountNotificationDto']>;
export type WhatsappAccountNotificationList = Lenient<A['WhatsappAccountNotificationListDto']>;

// ---- sender requests (strict) ----
/** Embedded Signup. `authenticationCode` is single-use: a credential, never logged. */
export type WhatsappSenderInputEs = S['WhatsappSenderInputEsDto'];
export type WhatsappSenderInputPhoneProvisioning = S['WhatsappInputSenderPhoneProvisioningDto'];
/** Partner-initiated; `status` defaults to SUBMIT and `saveDraftOnFailure` to false upstream. */
export type WhatsappSenderInputPartnerInitiated = Defaulted<
  S['WhatsappInputSenderPartnerInitiatedDto'],
  'status' | 'saveDraftOnFailure'
>;
/**
 * [Deprecated] upstream variant with `facebookAccessToken`/`facebookCode` (CREDENTIALS). Typed because the
 * upstream accepts it; the graph does not offer it.
 */
export type WhatsappSenderInputDeprecated = S['WhatsappSenderInputDtoDeprecated'];
/** The createSender body (`anyOf` upstream): exactly one of the variants above. */
export type WhatsappSenderInput =
  | WhatsappSenderInputEs
  | WhatsappSenderInputPhoneProvisioning
  | WhatsappSenderInputPartnerInitiated
  | WhatsappSenderInputDeprecated;
/** PATCH: `status` defaults to DRAFT (saved as pending changes); SUBMIT submits. `null` deletes a field. */
export type WhatsappUpdateSenderInput = Defaulted<S['WhatsappUpdateSenderInputDto'], 'status'>;
export type WhatsappUpdateSenderInputDetails = S['WhatsappUpdateSenderInputDetailsDto'];
export type WhatsappSenderRegisterInput = S['WhatsappSenderInputRegisterDto'];
/** `code`: the 6-character OTP; optional when Meta already verified the number. */
export type WhatsappSenderVerifyInput = S['WhatsappSenderInputVerifyDto'];
export type WhatsappCommentInput = S['WhatsappCommentInputDto'];

// ---- account requests (strict) ----
export type WhatsappAccountInputPartnerInitiated = A['WhatsappInputAccountPartnerInitiatedDto'];
/** [Deprecated] On-behalf-of onboarding (end of life 30 Sep 2025). */
export type WhatsappAccountInputDeprecated = A['WhatsappInputAccountDtoDeprecated'];
export type WhatsappAccountInput = WhatsappAccountInputPartnerInitiated | WhatsappAccountInputDeprecated;
export type WhatsappUpdateAccountInput = A['WhatsappInputUpdateAccountDto'];

// ---- enums (the values the contract lists) ----
export type WhatsappSenderStateValue = S['WhatsappSenderStatesEnum'];
export type WhatsappSenderChangeStatusValue = S['WhatsappSenderStatusesEnum'];
export type WhatsappSenderActivityTypeValue = S['WhatsappSenderNotificationTypeEnum'];
export type WhatsappMetadataStatusValue = S['WhatsappWhatsAppSenderFieldUpdateStatusEnum'];
export type WhatsappQualityRatingValue = S['WhatsappQualityRatingEnum'];
export type WhatsappSenderActionValue = S['WhatsappActionsEnum'];
export type WhatsappVerticalValue = S['WhatsappSenderInputWhatsAppVerticalEnum'];
export type WhatsappRegistrationMethodValue = S['WhatsappSenderInputRegistrationMethodEnum'];
export type WhatsappAccountStateValue = A['WhatsappAccountStateEnum'];
export type WhatsappAccountChangeStatusValue = A['WhatsappAccountChangeStateEnum'];
export type WhatsappAccountActivityTypeValue = A['WhatsappAccountNotificationTypeEnum'];

// ---- query parameters ----
type ListWireQuery = NonNullable<
  operations['WhatsappSendersController_listSenders_v1']['parameters']['query']
>;
/**
 * listSenders query. The filters are arrays in the spec with no `style`, i.e. OpenAPI's default form/explode:
 * repeated keys (`filterStates=ACTIVE&filterStates=ERROR`), as the contract infers (§1).
 */
export type WhatsappListSendersQuery = Omit<ListWireQuery, 'filterStates' | 'filterStatuses'> & {
  filterStates?: readonly WhatsappSenderStateValue[];
  filterStatuses?: readonly WhatsappSenderChangeStatusValue[];
};

/** `client.whatsappSenders`: /v1/projects/{projectId}/whatsapp/senders/... (operationIds WhatsappSendersController_*_v1). */
export interface WhatsappSendersApi {
  list(projectId: string, query?: WhatsappListSendersQuery, opts?: CallOptions): Promise<WhatsappSenderList>;
  /** 201. */
  create(projectId: string, body: WhatsappSenderInput, opts?: CallOptions): Promise<WhatsappSender>;
  get(projectId: string, senderId: string, opts?: CallOptions): Promise<WhatsappSender>;
  /** PATCH: only the keys present in `body` are sent; `null` values are sent as explicit deletes. */
  update(
    projectId: string,
    senderId: string,
    body: WhatsappUpdateSenderInput,
    opts?: CallOptions,
  ): Promise<WhatsappSender>;
  /** 204. Marks the sender for removal (it stays active 30 days); a second delete is 409 sender_already_deleted. */
  delete(projectId: string, senderId: string, opts?: CallOptions): Promise<void>;
  /** 204. Discards pending `changes` (only DRAFT, REJECTED, ERROR ones). */
  deleteChanges(projectId: string, senderId: string, opts?: CallOptions): Promise<void>;
  listActivities(
    projectId: string,
    senderId: string,
    query?: PageQuery,
    opts?: CallOptions,
  ): Promise<WhatsappSenderNotificationList>;
  /** 201. */
  comment(
    projectId: string,
    senderId: string,
    body: WhatsappCommentInput,
    opts?: CallOptions,
  ): Promise<WhatsappComment>;
  /** 200. Asks Meta to send the OTP by SMS or voice; only in PENDING_VERIFICATION. */
  register(
    projectId: string,
    senderId: string,
    body: WhatsappSenderRegisterInput,
    opts?: CallOptions,
  ): Promise<WhatsappSenderRegistration>;
  /** 204. */
  verify(
    projectId: string,
    senderId: string,
    body: WhatsappSenderVerifyInput,
    opts?: CallOptions,
  ): Promise<void>;
  suggestedUsernames(
    projectId: string,
    senderId: string,
    opts?: CallOptions,
  ): Promise<WhatsappSuggestedUsernames>;
}

/** `client.whatsappAccount`: the project's one WhatsApp account, /v1/projects/{projectId}/whatsapp. */
export interface WhatsappAccountApi {
  get(projectId: string, opts?: CallOptions): Promise<WhatsappAccount>;
  /** 201; 409 account_exists when the project has one. */
  create(projectId: string, body: WhatsappAccountInput, opts?: CallOptions): Promise<WhatsappAccount>;
  /** Only when REJECTED (409 account_not_updatable otherwise). */
  update(projectId: string, body: WhatsappUpdateAccountInput, opts?: CallOptions): Promise<WhatsappAccount>;
  /** 204 ("Closed Beta" upstream); only without senders. */
  delete(projectId: string, opts?: CallOptions): Promise<void>;
  listActivities(
    projectId: string,
    query?: PageQuery,
    opts?: CallOptions,
  ): Promise<WhatsappAccountNotificationList>;
  /** 201. */
  comment(projectId: string, body: WhatsappCommentInput, opts?: CallOptions): Promise<WhatsappComment>;
}
