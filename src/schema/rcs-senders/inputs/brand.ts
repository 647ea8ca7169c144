import { builder } from '../../builder.ts';
import type { Maybe } from '../../lib/validation.ts';

// Brand (agent profile) input. Limits are the upstream's (RcsSenderDetailsBrandInputDto /
// RcsUpdateSenderDetailsBrandInputDto) and are checked before any upstream call.

export interface LabeledEmailInput {
  label?: Maybe<string>;
  address: string;
}
export interface LabeledPhoneInput {
  label?: Maybe<string>;
  number: string;
}
export interface LabeledUrlInput {
  label?: Maybe<string>;
  url: string;
}

export interface BrandInput {
  name?: Maybe<string>;
  description?: Maybe<string>;
  color?: Maybe<string>;
  emails?: Maybe<LabeledEmailInput[]>;
  phones?: Maybe<LabeledPhoneInput[]>;
  websites?: Maybe<LabeledUrlInput[]>;
  bannerUrl?: Maybe<string>;
  logoUrl?: Maybe<string>;
  privacyPolicyUrl?: Maybe<string>;
  termsOfServiceUrl?: Maybe<string>;
}

const LABEL = 'Display label, at most 25 characters (sent as "" when omitted).';

export const RcsLabeledEmailInput = builder.inputType('RcsLabeledEmailInput', {
  description: 'A contact e-mail for the agent profile (details.brand.emails[]).',
  fields: (t) => ({
    label: t.string({ description: LABEL }),
    address: t.string({ required: true, description: 'Contact e-mail address.' }),
  }),
});

export const RcsLabeledPhoneInput = builder.inputType('RcsLabeledPhoneInput', {
  description: 'A contact phone for the agent profile (details.brand.phones[]).',
  fields: (t) => ({
    label: t.string({ description: LABEL }),
    number: t.string({
      required: true,
      description:
        'Contact phone, 6 to 15 characters: a national number without country code or separators, or an E.164 number (pattern ^\\+?[\\d+\\s]{6,15}$).',
    }),
  }),
});

export const RcsLabeledUrlInput = builder.inputType('RcsLabeledUrlInput', {
  description: 'A website for the agent profile (details.brand.websites[]).',
  fields: (t) => ({
    label: t.string({ description: LABEL }),
    url: t.string({ required: true, description: 'Website address: http(s), at most 255 characters.' }),
  }),
});

const URL_RULE = 'An http(s) URL of at most 255 characters.';

export const RcsBrandInput = builder.inputType('RcsBrandInput', {
  description:
    'Brand (agent profile) data. On update only the fields present change; emails, phones and websites may be set to null to remove them all.',
  fields: (t) => ({
    name: t.string({
      description:
        'Display name of the agent, at most 40 characters (upstream default "RCS Sender"). Required for launch.',
    }),
    description: t.string({ description: 'Short description of the agent, at most 100 characters.' }),
    color: t.string({ description: 'Brand colour as #RRGGBB (upstream default #000000).' }),
    emails: t.field({
      type: [RcsLabeledEmailInput],
      description: '1 to 3 contact e-mails with unique addresses. null (on update) removes them.',
    }),
    phones: t.field({
      type: [RcsLabeledPhoneInput],
      description: '1 to 3 contact phones with unique numbers. null (on update) removes them.',
    }),
    websites: t.field({
      type: [RcsLabeledUrlInput],
      description: '1 to 3 websites with unique URLs. null (on update) removes them.',
    }),
    bannerUrl: t.string({
      description: `Banner image: JPEG or PNG, at most 200 KB, exactly 1440x448 px; the upstream downloads and checks it on write. ${URL_RULE} Required for launch.`,
    }),
    logoUrl: t.string({
      description: `Logo image: JPEG or PNG, at most 50 KB, exactly 224x224 px; the upstream downloads and checks it on write. ${URL_RULE} Required for launch.`,
    }),
    privacyPolicyUrl: t.string({ description: `Privacy policy page. ${URL_RULE} Required for launch.` }),
    termsOfServiceUrl: t.string({
      description: `Terms and conditions page. ${URL_RULE} Required for launch.`,
    }),
  }),
});
