import { builder } from '../../builder.ts';
import type { Maybe } from '../../lib/validation.ts';
import {
  WhatsappBusinessManager,
  WhatsappMetaLocalStorage,
  WhatsappRegion,
  WhatsappVertical,
} from '../enums.ts';

// The WhatsApp account inputs: the partner-initiated createAccount body (the deprecated on-behalf-of body,
// end of life 30 Sep 2025, is not offered) and its PATCH, which the upstream allows only while REJECTED.

export interface AccountSenderDetailsInput {
  displayName?: Maybe<string>;
  businessCategory?: Maybe<string>;
  region?: Maybe<string>;
  metaLocalStorage?: Maybe<string>;
}
export interface CreateAccountInput {
  projectId: string;
  wabaName: string;
  clientBusinessManagerId: string;
  businessManager?: Maybe<string>;
  senderDetails: AccountSenderDetailsInput & { displayName: string; businessCategory: string };
}
export interface UpdateAccountInput {
  projectId: string;
  wabaName?: Maybe<string>;
  clientBusinessManagerId?: Maybe<string>;
  senderDetails?: Maybe<AccountSenderDetailsInput>;
}

const DISPLAY_NAME = 'Display name of the first sender, 1 to 255 characters.';
const CATEGORY = 'Business category (any vertical but ONLINE_GAMBLING and NOT_SET).';
const REGION = 'Sinch region (BR, EU, US).';
const STORAGE = 'Where Meta stores the data (an ISO 3166 code of the list).';

export const WhatsappAccountSenderDetailsInput = builder.inputType('WhatsappAccountSenderDetailsInput', {
  description: 'Sender-related details of a new account (WhatsappInputAccountSenderRelatedDetailsDto).',
  fields: (t) => ({
    displayName: t.string({ required: true, description: DISPLAY_NAME }),
    businessCategory: t.field({ type: WhatsappVertical.ref, required: true, description: CATEGORY }),
    region: t.field({ type: WhatsappRegion.ref, description: REGION }),
    metaLocalStorage: t.field({ type: WhatsappMetaLocalStorage.ref, description: STORAGE }),
  }),
});

export const WhatsappAccountSenderDetailsPatchInput = builder.inputType(
  'WhatsappAccountSenderDetailsPatchInput',
  {
    description:
      'Sender-related details to change (WhatsappInputAccountSenderRelatedUpdateDetailsDto); absent: left alone.',
    fields: (t) => ({
      displayName: t.string({ description: DISPLAY_NAME }),
      businessCategory: t.field({ type: WhatsappVertical.ref, description: CATEGORY }),
      region: t.field({ type: WhatsappRegion.ref, description: REGION }),
      metaLocalStorage: t.field({ type: WhatsappMetaLocalStorage.ref, description: STORAGE }),
    }),
  },
);

const NAME = 'Name of the WhatsApp Business Account, 1 to 255 characters.';
const MANAGER_ID = "The client's Meta Business Manager id, 1 to 255 characters.";

export const CreateWhatsappAccountInput = builder.inputType('CreateWhatsappAccountInput', {
  description:
    "The project's WhatsApp account, partner-initiated (WhatsappInputAccountPartnerInitiatedDto); one per project.",
  fields: (t) => ({
    projectId: t.id({ required: true, description: 'The Sinch project id.' }),
    wabaName: t.string({ required: true, description: NAME }),
    clientBusinessManagerId: t.string({ required: true, description: MANAGER_ID }),
    businessManager: t.field({
      type: WhatsappBusinessManager.ref,
      description: 'The Sinch business manager.',
    }),
    senderDetails: t.field({
      type: WhatsappAccountSenderDetailsInput,
      required: true,
      description: 'The first sender.',
    }),
  }),
});

export const UpdateWhatsappAccountInput = builder.inputType('UpdateWhatsappAccountInput', {
  description:
    'Changes to a REJECTED account, resubmitted for review (WhatsappInputUpdateAccountDto). At least one field; none can be deleted.',
  fields: (t) => ({
    projectId: t.id({ required: true, description: 'The Sinch project id.' }),
    wabaName: t.string({ description: NAME }),
    clientBusinessManagerId: t.string({ description: MANAGER_ID }),
    senderDetails: t.field({
      type: WhatsappAccountSenderDetailsPatchInput,
      description: 'Sender-related details.',
    }),
  }),
});
