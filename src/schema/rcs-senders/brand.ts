import type { RcsSenderDetails } from '../../upstream/types.ts';
import { builder } from '../builder.ts';

// The agent's public profile (details.brand) and its labeled contacts: plain data on the sender DTO.

type Brand = NonNullable<RcsSenderDetails['brand']>;
type Email = NonNullable<Brand['emails']>[number];
type Phone = NonNullable<Brand['phones']>[number];
type Website = NonNullable<Brand['websites']>[number];

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
