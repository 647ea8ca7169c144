import { builder } from '../../builder.ts';
import type { Maybe } from '../../lib/validation.ts';
import {
  WhatsappBusinessManager,
  WhatsappMetaLocalStorage,
  WhatsappNumberProvider,
  WhatsappRegion,
  WhatsappVertical,
} from '../enums.ts';
import { type ProfileFieldsInput, profileInputFields } from './profile.ts';

// createWhatsappSender's input: the three current create bodies of the spec (an `anyOf` upstream) as three
// optional fields of which exactly one is given (validate-create.ts says so with a ValidationError). The
// deprecated body with a Facebook access token or code is not offered.

export interface EmbeddedSignupInput {
  wabaId: string;
  phoneNumberId: string;
  region?: Maybe<string>;
  metaLocalStorage?: Maybe<string>;
  businessManager?: Maybe<string>;
  authenticationCode?: Maybe<string>;
}
export interface PhoneProvisioningInput {
  region?: Maybe<string>;
  metaLocalStorage?: Maybe<string>;
  details: { countryCode: string; phoneNumber: string; displayName: string };
}
export interface PartnerInitiatedDetailsInput extends ProfileFieldsInput {
  displayName: string;
  vertical: string;
  countryCode: string;
  phoneNumber?: Maybe<string>;
}
export interface PartnerInitiatedInput {
  phoneNumberProvider: string;
  details: PartnerInitiatedDetailsInput;
  submit?: Maybe<boolean>;
  saveDraftOnFailure?: Maybe<boolean>;
  region?: Maybe<string>;
  metaLocalStorage?: Maybe<string>;
}
export interface CreateSenderInput {
  projectId: string;
  embeddedSignup?: Maybe<EmbeddedSignupInput>;
  phoneProvisioning?: Maybe<PhoneProvisioningInput>;
  partnerInitiated?: Maybe<PartnerInitiatedInput>;
}

const REGION =
  'Sinch region to provision in (BR, EU, US); absent: the default of the billing country or the account.';
const STORAGE =
  "Where Meta stores the sender's data (an ISO 3166 code of the list); absent: the region's default.";
const DISPLAY_NAME = 'Display name within WhatsApp, 1 to 128 characters.';
const COUNTRY_CODE = 'Country calling code without "+", e.g. "49".';
const PHONE = 'The phone number without its country code: 4 to 32 digits.';

export const WhatsappEmbeddedSignupInput = builder.inputType('WhatsappEmbeddedSignupInput', {
  description:
    "Embedded Signup (WhatsappSenderInputEsDto): a number the customer connected to their WhatsApp Business Account in Meta's signup flow.",
  fields: (t) => ({
    wabaId: t.string({ required: true, description: 'The WhatsApp Business Account to connect (wabaId).' }),
    phoneNumberId: t.string({
      required: true,
      description: 'Phone number id linked to that account (phoneNumberId).',
    }),
    region: t.field({ type: WhatsappRegion.ref, description: REGION }),
    metaLocalStorage: t.field({ type: WhatsappMetaLocalStorage.ref, description: STORAGE }),
    businessManager: t.field({
      type: WhatsappBusinessManager.ref,
      description: 'SINCH_BR, SINCH_MX or SINCH_UK (the public-documentation business managers).',
    }),
    authenticationCode: t.string({
      description:
        'The single-use code of the signup flow. A credential: sent upstream only, never returned or logged.',
    }),
  }),
});

export const WhatsappPhoneProvisioningDetailsInput = builder.inputType(
  'WhatsappPhoneProvisioningDetailsInput',
  {
    description: 'The number to provision and its display name.',
    fields: (t) => ({
      countryCode: t.string({ required: true, description: COUNTRY_CODE }),
      phoneNumber: t.string({ required: true, description: PHONE }),
      displayName: t.string({ required: true, description: DISPLAY_NAME }),
    }),
  },
);

export const WhatsappPhoneProvisioningInput = builder.inputType('WhatsappPhoneProvisioningInput', {
  description:
    'Phone provisioning (WhatsappInputSenderPhoneProvisioningDto): Sinch sets the sender up for a number.',
  fields: (t) => ({
    region: t.field({ type: WhatsappRegion.ref, description: REGION }),
    metaLocalStorage: t.field({ type: WhatsappMetaLocalStorage.ref, description: STORAGE }),
    details: t.field({
      type: WhatsappPhoneProvisioningDetailsInput,
      required: true,
      description: 'The number.',
    }),
  }),
});

export const WhatsappPartnerInitiatedDetailsInput = builder.inputType(
  'WhatsappPartnerInitiatedDetailsInput',
  {
    description:
      'The business profile of a partner-initiated sender (WhatsappInputSenderPartnerInitiatedDetailsDto).',
    fields: (t) => ({
      displayName: t.string({ required: true, description: DISPLAY_NAME }),
      vertical: t.field({
        type: WhatsappVertical.ref,
        required: true,
        description: 'Business category shown in WhatsApp.',
      }),
      countryCode: t.string({ required: true, description: COUNTRY_CODE }),
      phoneNumber: t.string({ description: PHONE }),
      ...profileInputFields(t, false),
    }),
  },
);

export const WhatsappPartnerInitiatedInput = builder.inputType('WhatsappPartnerInitiatedInput', {
  description:
    "Partner-initiated (WhatsappInputSenderPartnerInitiatedDto): a sender under the project's partner-initiated WhatsApp account.",
  fields: (t) => ({
    phoneNumberProvider: t.field({
      type: WhatsappNumberProvider.ref,
      required: true,
      description: 'Who provides the number: CUSTOMER or SINCH.',
    }),
    details: t.field({
      type: WhatsappPartnerInitiatedDetailsInput,
      required: true,
      description: 'The business profile.',
    }),
    submit: t.boolean({
      description:
        'true (the upstream default when absent): submit it now (status SUBMIT); false: save it as a DRAFT.',
    }),
    saveDraftOnFailure: t.boolean({ description: 'Keep a draft when the submission fails (default false).' }),
    region: t.field({ type: WhatsappRegion.ref, description: REGION }),
    metaLocalStorage: t.field({ type: WhatsappMetaLocalStorage.ref, description: STORAGE }),
  }),
});

export const CreateWhatsappSenderInput = builder.inputType('CreateWhatsappSenderInput', {
  description:
    'A new WhatsApp sender: exactly one of embeddedSignup, phoneProvisioning and partnerInitiated (else a ValidationError naming them, before any upstream call). The deprecated Facebook-token body is not offered.',
  fields: (t) => ({
    projectId: t.id({
      required: true,
      description: 'The Sinch project id (it must have a WhatsApp account).',
    }),
    embeddedSignup: t.field({
      type: WhatsappEmbeddedSignupInput,
      description: 'Create through Embedded Signup.',
    }),
    phoneProvisioning: t.field({
      type: WhatsappPhoneProvisioningInput,
      description: 'Create by phone provisioning.',
    }),
    partnerInitiated: t.field({
      type: WhatsappPartnerInitiatedInput,
      description: 'Create partner-initiated.',
    }),
  }),
});
