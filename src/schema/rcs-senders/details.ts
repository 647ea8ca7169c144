import type {
  RcsCountryStatus as CountryStatusDto,
  RcsOperator as OperatorDto,
  RcsSender,
  RcsSenderDetails,
} from '../../upstream/types.ts';
import { builder } from '../builder.ts';
import {
  RcsBrandRegistrationStatus,
  RcsBrandStatus,
  RcsChannelStatus,
  RcsCountryCode,
  RcsOperatorStatus,
  RcsRegion,
} from './enums/types.ts';

// Object types for the parts of a sender that are plain data on the DTO (no upstream call of their own).

type Brand = NonNullable<RcsSenderDetails['brand']>;
type Email = NonNullable<Brand['emails']>[number];
type Phone = NonNullable<Brand['phones']>[number];
type Website = NonNullable<Brand['websites']>[number];
type ConversationApiApp = NonNullable<RcsSender['conversationApiAppDetails']>;
type BrandRegistration = NonNullable<RcsSender['brandDetails']>;
type Campaign = NonNullable<RcsSender['campaignDetails']>;

/** Upstream labels are required strings but may be empty; the graph says null for "no label". */
const label = (value: string | undefined) => (value ? value : null);

export const RcsLabeledEmail = builder.objectRef<Email>('RcsLabeledEmail').implement({
  description: 'A contact e-mail shown on the agent profile.',
  fields: (t) => ({
    label: t.string({
      nullable: true,
      description: 'Label shown next to it (≤25 chars); null when empty.',
      resolve: (e) => label(e.label),
    }),
    address: t.exposeString('address', { nullable: false, description: 'The e-mail address.' }),
  }),
});

export const RcsLabeledPhone = builder.objectRef<Phone>('RcsLabeledPhone').implement({
  description: 'A contact phone number shown on the agent profile (national or E.164 form, as stored).',
  fields: (t) => ({
    label: t.string({
      nullable: true,
      description: 'Label shown next to it (≤25 chars); null when empty.',
      resolve: (p) => label(p.label),
    }),
    number: t.exposeString('number', {
      nullable: false,
      description: 'The number as stored: national digits or E.164, 6 to 15 characters.',
    }),
  }),
});

export const RcsLabeledUrl = builder.objectRef<Website>('RcsLabeledUrl').implement({
  description: 'A website shown on the agent profile.',
  fields: (t) => ({
    label: t.string({
      nullable: true,
      description: 'Label shown next to it (≤25 chars); null when empty.',
      resolve: (w) => label(w.label),
    }),
    url: t.exposeString('url', { nullable: false, description: 'The website URL (≤255 chars).' }),
  }),
});

export const RcsBrand = builder.objectRef<Brand>('RcsBrand').implement({
  description: "The agent's public profile (details.brand): what users see in their messaging app.",
  fields: (t) => ({
    name: t.exposeString('name', {
      nullable: true,
      description: 'Display name (details.brand.name, ≤40 chars). Required for launch.',
    }),
    description: t.exposeString('description', {
      nullable: true,
      description: 'Short description (details.brand.description, ≤100 chars).',
    }),
    color: t.exposeString('color', {
      nullable: true,
      description: 'Theme colour (details.brand.color), hex "#RRGGBB".',
    }),
    emails: t.field({
      nullable: false,
      type: [RcsLabeledEmail],
      description:
        'Contact e-mails (details.brand.emails), 0 to 3. A phone or an e-mail is required for launch.',
      resolve: (b) => b.emails ?? [],
    }),
    phones: t.field({
      nullable: false,
      type: [RcsLabeledPhone],
      description:
        'Contact phones (details.brand.phones), 0 to 3. A phone or an e-mail is required for launch.',
      resolve: (b) => b.phones ?? [],
    }),
    websites: t.field({
      nullable: false,
      type: [RcsLabeledUrl],
      description: 'Websites (details.brand.websites), 0 to 3.',
      resolve: (b) => b.websites ?? [],
    }),
    bannerUrl: t.exposeString('bannerUrl', {
      nullable: true,
      description:
        'Banner image URL (details.brand.bannerUrl; JPEG/PNG, ≤200 KB, 1440×448 px). Required for launch.',
    }),
    logoUrl: t.exposeString('logoUrl', {
      nullable: true,
      description: 'Logo URL (details.brand.logoUrl; JPEG/PNG, ≤50 KB, 224×224 px). Required for launch.',
    }),
    privacyPolicyUrl: t.exposeString('privacyPolicyUrl', {
      nullable: true,
      description: 'Privacy policy page (details.brand.privacyPolicyUrl). Required for launch.',
    }),
    termsOfServiceUrl: t.exposeString('termsOfServiceUrl', {
      nullable: true,
      description: 'Terms and conditions page (details.brand.termsOfServiceUrl). Required for launch.',
    }),
  }),
});

export const RcsOperator = builder.objectRef<OperatorDto>('RcsOperator').implement({
  description: 'Launch status with one mobile operator.',
  fields: (t) => ({
    name: t.exposeString('name', {
      nullable: false,
      description: 'Operator name (free text, e.g. "Orange", "EE").',
    }),
    status: t.field({
      nullable: false,
      type: RcsOperatorStatus.ref,
      description: 'Launch status with this operator.',
      resolve: (o) => RcsOperatorStatus.map(o.status) ?? 'UNRECOGNIZED',
    }),
    remark: t.exposeString('remark', {
      nullable: true,
      description: 'Note on the status, e.g. a rejection reason.',
    }),
    modifiedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the status last changed (modified); null when not reported.',
      resolve: (o) => o.modified ?? null,
    }),
  }),
});

export const RcsCountryStatus = builder.objectRef<CountryStatusDto>('RcsCountryStatus').implement({
  description: 'Launch status in one country, with the status of each operator there.',
  fields: (t) => ({
    country: t.field({
      nullable: false,
      type: RcsCountryCode.ref,
      description: 'The country (ISO-3166 alpha-2).',
      resolve: (c) => RcsCountryCode.map(c.country) ?? 'UNRECOGNIZED',
    }),
    status: t.field({
      nullable: false,
      type: RcsOperatorStatus.ref,
      description: 'Aggregate status in the country, over its operators.',
      resolve: (c) => RcsOperatorStatus.map(c.status) ?? 'UNRECOGNIZED',
    }),
    operators: t.field({
      nullable: false,
      type: [RcsOperator],
      description: 'Status with each operator in the country.',
      resolve: (c) => c.operators ?? [],
    }),
  }),
});

export const RcsConversationApiApp = builder
  .objectRef<ConversationApiApp>('RcsConversationApiApp')
  .implement({
    description: 'The Conversation API app this sender is linked to (present once linked).',
    fields: (t) => ({
      id: t.exposeID('id', { nullable: false, description: 'The Conversation API app id.' }),
      projectId: t.exposeID('projectId', { nullable: false, description: 'Project that owns the app.' }),
      region: t.field({
        nullable: false,
        type: RcsRegion.ref,
        description: "The app's region; matches the sender's region.",
        resolve: (a) => RcsRegion.map(a.region) ?? 'UNRECOGNIZED',
      }),
      channelStatus: t.field({
        type: RcsChannelStatus.ref,
        nullable: true,
        description: "Health of the app's RCS channel; null when not reported.",
        resolve: (a) => RcsChannelStatus.map(a.channelStatus),
      }),
    }),
  });

export const RcsBrandRegistration = builder.objectRef<BrandRegistration>('RcsBrandRegistration').implement({
  description: 'Brand registration of the US brand/campaign flow (brandDetails).',
  fields: (t) => ({
    brandId: t.id({
      nullable: false,
      description: 'Id of the brand record (brandDetails.id).',
      resolve: (b) => b.id,
    }),
    brandStatus: t.field({
      nullable: false,
      type: RcsBrandStatus.ref,
      description: 'Status of the brand record (brandDetails.status).',
      resolve: (b) => RcsBrandStatus.map(b.status) ?? 'UNRECOGNIZED',
    }),
    registrationId: t.id({
      nullable: false,
      description: 'Id of the registration process (brandDetails.registration.id).',
      resolve: (b) => b.registration.id,
    }),
    registrationStatus: t.field({
      nullable: false,
      type: RcsBrandRegistrationStatus.ref,
      description: 'Status of the registration process (brandDetails.registration.status).',
      resolve: (b) => RcsBrandRegistrationStatus.map(b.registration.status) ?? 'UNRECOGNIZED',
    }),
  }),
});

export const RcsCampaign = builder.objectRef<Campaign>('RcsCampaign').implement({
  description: 'Campaign registration (campaignDetails).',
  fields: (t) => ({
    id: t.exposeID('id', { nullable: false, description: 'Campaign hub id (campaignDetails.id).' }),
    name: t.string({
      nullable: false,
      description: 'Campaign name (campaignDetails.campaignName).',
      resolve: (c) => c.campaignName,
    }),
    requestId: t.exposeID('requestId', {
      nullable: false,
      description: 'Id of the campaign registration request (campaignDetails.requestId).',
    }),
  }),
});
