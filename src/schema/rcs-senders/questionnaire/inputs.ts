import { builder } from '../../builder.ts';
import type { Maybe } from '../../lib/validation.ts';

// Launch questionnaire answers. The upstream wraps each section as `{ answers: {...} }`; the graph flattens
// that away (details.questionnaire.general.optInDescription) and the wire mapping puts it back.
// On update every answer may be null, which deletes it upstream.

export interface AnswerMetadataInput {
  ignore?: Maybe<string>;
}
export interface GeneralAnswersInput {
  optInDescription?: Maybe<string>;
  optInDescriptionMetadata?: Maybe<AnswerMetadataInput>;
  triggerDescription?: Maybe<string>;
  triggerDescriptionMetadata?: Maybe<AnswerMetadataInput>;
  interactionsDescription?: Maybe<string>;
  interactionsDescriptionMetadata?: Maybe<AnswerMetadataInput>;
  optOutDescription?: Maybe<string>;
  optOutDescriptionMetadata?: Maybe<AnswerMetadataInput>;
  videoUris?: Maybe<string[]>;
  screenshotUris?: Maybe<string[]>;
}
export interface VerificationPartnerInput {
  companyName?: Maybe<string>;
  contactName?: Maybe<string>;
  contactEmailAddress?: Maybe<string>;
}
export interface VerificationAnswersInput {
  name?: Maybe<string>;
  email?: Maybe<string>;
  title?: Maybe<string>;
  website?: Maybe<string>;
  phone?: Maybe<string>;
  partner?: Maybe<VerificationPartnerInput>;
}
export interface GbAnswersInput {
  brandIndustry?: Maybe<string>;
  companyLegalName?: Maybe<string>;
  companyRegistrationNumber?: Maybe<string>;
  fullCompanyAddress?: Maybe<string>;
  fullCompanyAddressMetadata?: Maybe<AnswerMetadataInput>;
  messagesVolume?: Maybe<string>;
  messagesFrequency?: Maybe<string>;
  campaignLength?: Maybe<string>;
}
export interface FrAnswersInput {
  fullCompanyAddress?: Maybe<string>;
  fullCompanyAddressMetadata?: Maybe<AnswerMetadataInput>;
  siren?: Maybe<string>;
}
export type UsAnswersInput = { [key: string]: Maybe<string | number | boolean | string[]> };

export interface QuestionnaireInput {
  general?: Maybe<GeneralAnswersInput>;
  verification?: Maybe<VerificationAnswersInput>;
  gb?: Maybe<GbAnswersInput>;
  fr?: Maybe<FrAnswersInput>;
  us?: Maybe<UsAnswersInput>;
}

const NON_EMPTY = 'At least 1 character.';
const META =
  'A substring (at least 1 character) the upstream strips from the answer at launch, e.g. a custom delimiter.';

const metaOf = (field: string) =>
  `Metadata of ${field} (${field}Metadata), e.g. a delimiter to strip at launch.`;

export const RcsAnswerMetadataInput = builder.inputType('RcsAnswerMetadataInput', {
  description: 'Metadata of a free-text answer (the upstream <field>Metadata object).',
  fields: (t) => ({ ignore: t.string({ description: META }) }),
});

export const RcsGeneralAnswersInput = builder.inputType('RcsGeneralAnswersInput', {
  description: 'General launch answers; the four descriptions are required for launch.',
  fields: (t) => ({
    optInDescription: t.string({ description: `How users opt in. ${NON_EMPTY}` }),
    optInDescriptionMetadata: t.field({
      type: RcsAnswerMetadataInput,
      description: metaOf('optInDescription'),
    }),
    triggerDescription: t.string({ description: `What triggers the messages. ${NON_EMPTY}` }),
    triggerDescriptionMetadata: t.field({
      type: RcsAnswerMetadataInput,
      description: metaOf('triggerDescription'),
    }),
    interactionsDescription: t.string({ description: `How users interact with the agent. ${NON_EMPTY}` }),
    interactionsDescriptionMetadata: t.field({
      type: RcsAnswerMetadataInput,
      description: metaOf('interactionsDescription'),
    }),
    optOutDescription: t.string({ description: `How users opt out. ${NON_EMPTY}` }),
    optOutDescriptionMetadata: t.field({
      type: RcsAnswerMetadataInput,
      description: metaOf('optOutDescription'),
    }),
    videoUris: t.stringList({
      description:
        'At least one http(s) URL of a video showing the agent. Without one, a launch waits in PREPARING_LAUNCH until Sinch adds it.',
    }),
    screenshotUris: t.stringList({ description: 'At least one http(s) URL of a screenshot.' }),
  }),
});

export const RcsVerificationPartnerInput = builder.inputType('RcsVerificationPartnerInput', {
  description: 'Brand partner details; only for ASP resellers acting on behalf of a brand.',
  fields: (t) => ({
    companyName: t.string({ description: '1 to 100 characters.' }),
    contactName: t.string({ description: '1 to 100 characters.' }),
    contactEmailAddress: t.string({ description: 'An e-mail address of at most 100 characters.' }),
  }),
});

export const RcsVerificationAnswersInput = builder.inputType('RcsVerificationAnswersInput', {
  description:
    'Verification contact. On create, a verification section needs name, email and website; all three are required for launch.',
  fields: (t) => ({
    name: t.string({ description: `Contact name. ${NON_EMPTY}` }),
    email: t.string({ description: 'Contact e-mail, at most 100 characters.' }),
    title: t.string({ description: 'Job title of the contact, 1 to 100 characters.' }),
    website: t.string({ description: 'An http(s) URL.' }),
    phone: t.string({
      description:
        'Contact phone in international form (pattern ^(?:\\+|00)\\d{6,15}$). Required for launch when US is a launch country.',
    }),
    partner: t.field({
      type: RcsVerificationPartnerInput,
      description: 'The brand partner; only when an ASP reseller acts on behalf of the brand.',
    }),
  }),
});

export const RcsGbAnswersInput = builder.inputType('RcsGbAnswersInput', {
  description:
    'Answers for a GB launch; every field but campaignLength is required for launch. Each at least 1 character.',
  fields: (t) => ({
    brandIndustry: t.string({
      description: 'Free text; the GB question suggests values such as "Automotive".',
    }),
    companyLegalName: t.string({ description: 'Legal name of the company.' }),
    companyRegistrationNumber: t.string({ description: 'UK company registration number.' }),
    fullCompanyAddress: t.string({ description: 'Full postal address of the company.' }),
    fullCompanyAddressMetadata: t.field({
      type: RcsAnswerMetadataInput,
      description: metaOf('fullCompanyAddress'),
    }),
    messagesVolume: t.string({ description: 'Expected message volume, free text.' }),
    messagesFrequency: t.string({ description: 'Expected message frequency, free text.' }),
    campaignLength: t.string({
      description: 'Campaign length, free text.',
      deprecationReason: 'Deprecated upstream; no longer asked.',
    }),
  }),
});

export const RcsFrAnswersInput = builder.inputType('RcsFrAnswersInput', {
  description: 'Answers for an FR launch; both are required for launch.',
  fields: (t) => ({
    fullCompanyAddress: t.string({ description: `Full postal address of the company. ${NON_EMPTY}` }),
    fullCompanyAddressMetadata: t.field({
      type: RcsAnswerMetadataInput,
      description: metaOf('fullCompanyAddress'),
    }),
    siren: t.string({ description: 'French company directory number: exactly 9 digits.' }),
  }),
});
