import type { RcsSenderDetails } from '../../upstream/types.ts';
import { builder } from '../builder.ts';
import { optionalStrings } from '../lib/string-fields.ts';

// The agent's public profile (details.brand) and its labeled contacts: plain data on the sender DTO.

type Brand = NonNullable<RcsSenderDetails['brand']>;
type Email = NonNullable<Brand['emails']>[number];
type Phone = NonNullable<Brand['phones']>[number];
type Website = NonNullable<Brand['websites']>[number];

/** Upstream labels are required strings but may be empty; the graph says null for "no label". */
const LABEL_DOC = 'Label shown next to it (≤25 chars); null when empty.';

/** A contact shown on the agent profile: the upstream's `{ label, <value> }`, with the label optional. */
function labeled<T extends { label?: string } & { [K in V]: string }, const V extends string>(
  name: string,
  description: string,
  value: V,
  valueDescription: string,
) {
  return builder.objectRef<T>(name).implement({
    description,
    fields: (t) => ({
      label: t.string({ nullable: true, description: LABEL_DOC, resolve: (c) => c.label || null }),
      [value]: t.string({ nullable: false, description: valueDescription, resolve: (c) => c[value] }),
    }),
  });
}

export const RcsLabeledEmail = labeled<Email, 'address'>(
  'RcsLabeledEmail',
  'A contact e-mail shown on the agent profile.',
  'address',
  'The e-mail address.',
);
export const RcsLabeledPhone = labeled<Phone, 'number'>(
  'RcsLabeledPhone',
  'A contact phone number shown on the agent profile (national or E.164 form, as stored).',
  'number',
  'The number as stored: national digits or E.164, 6 to 15 characters.',
);
export const RcsLabeledUrl = labeled<Website, 'url'>(
  'RcsLabeledUrl',
  'A website shown on the agent profile.',
  'url',
  'The website URL (≤255 chars).',
);

/** The brand's optional texts (details.brand), shown before its contacts. */
const BRAND_TEXT_DOCS = {
  name: 'Display name (details.brand.name, ≤40 chars). Required for launch.',
  description: 'Short description (details.brand.description, ≤100 chars).',
  color: 'Theme colour (details.brand.color), hex "#RRGGBB".',
} as const;

/** The brand's optional images and pages (details.brand), shown after its contacts. */
const BRAND_URL_DOCS = {
  bannerUrl:
    'Banner image URL (details.brand.bannerUrl; JPEG/PNG, ≤200 KB, 1440×448 px). Required for launch.',
  logoUrl: 'Logo URL (details.brand.logoUrl; JPEG/PNG, ≤50 KB, 224×224 px). Required for launch.',
  privacyPolicyUrl: 'Privacy policy page (details.brand.privacyPolicyUrl). Required for launch.',
  termsOfServiceUrl: 'Terms and conditions page (details.brand.termsOfServiceUrl). Required for launch.',
} as const;

export const RcsBrand = builder.objectRef<Brand>('RcsBrand').implement({
  description: "The agent's public profile (details.brand): what users see in their messaging app.",
  fields: (t) => ({
    ...optionalStrings(t, BRAND_TEXT_DOCS),
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
    ...optionalStrings(t, BRAND_URL_DOCS),
  }),
});
