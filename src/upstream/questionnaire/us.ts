import { ABOUT_INDUSTRY, ABOUT_VOLUME, ADDRESS } from './sections.ts';
import type { AnswerTable, Condition } from './types.ts';

// The US answer table: the v2 ("brand campaign") answers of RcsUsBrandCampaignAnswersUpdateInputDto in the
// contract's order, then the legacy v1 answers the graph only reads. The four v2 variants (US_PUBLIC,
// US_PRIVATE, NON_US_PUBLIC, NON_US_PRIVATE) are the `only` conditions: addressState for a US tax id, the
// stock fields for PUBLIC companies. Enumerated answers stay text in the graph (as the contract's
// ownershipType/taxIdCountry do), so that a wrong value is a ValidationError with a path.

export const US_OWNERSHIP_TYPES = ['PRIVATE', 'PUBLIC'] as const;
export const US_LEGAL_FORMS = [
  'CORPORATION',
  'LIMITED_LIABILITY_COMPANY',
  'PARTNERSHIP',
  'S_CORPORATION',
] as const;
export const US_INDUSTRIES = [
  'AGRICULTURE', 'COMMUNICATION', 'CONSTRUCTION', 'EDUCATION', 'ENERGY', 'ENTERTAINMENT', 'FINANCIAL',
  'GAMBLING', 'GOVERNMENT', 'HEALTHCARE', 'HOSPITALITY', 'HUMAN_RESOURCES', 'INSURANCE', 'LEGAL',
  'MANUFACTURING', 'NON_GOVERNMENTAL_ORGANIZATION', 'POLITICAL', 'POSTAL', 'PROFESSIONAL', 'REAL_ESTATE',
  'RETAIL', 'TECHNOLOGY', 'TRANSPORTATION',
] as const; // biome-ignore format: a value list
export const US_STATES = [
  'AK', 'AL', 'AR', 'AS', 'AZ', 'CA', 'CO', 'CT', 'DC', 'DE', 'FL', 'GA', 'GU', 'HI', 'IA', 'ID', 'IL', 'IN',
  'KS', 'KY', 'LA', 'MA', 'MD', 'ME', 'MI', 'MN', 'MO', 'MP', 'MS', 'MT', 'NC', 'ND', 'NE', 'NH', 'NJ', 'NM',
  'NV', 'NY', 'OH', 'OK', 'OR', 'PA', 'PR', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VA', 'VI', 'VT', 'WA', 'WI',
  'WV', 'WY',
] as const; // biome-ignore format: a value list

/** The brand-campaign versions (RcsUsQuestionnaireBrandCampaignVersion): tax id country × ownership. */
export const US_VARIANTS: readonly string[] = ['US_PUBLIC', 'US_PRIVATE', 'NON_US_PUBLIC', 'NON_US_PRIVATE'];
const US_TAX_ID: Condition = {
  key: 'taxIdCountry',
  is: 'US',
  label: 'a US tax id',
  variants: ['US_PUBLIC', 'US_PRIVATE'],
};
const PUBLIC: Condition = {
  key: 'ownershipType',
  is: 'PUBLIC',
  label: 'PUBLIC companies',
  variants: ['US_PUBLIC', 'NON_US_PUBLIC'],
};
const EIN = /^\d{2}-\d{7}$/;
const V1 = 'US v1 (legacy) answer.';

/** A text answer whose input description ends with its length limits. */
const text = (min: number, max: number, input: string) =>
  ({ kind: 'text', min, max, input: `${input} ${min} to ${max} characters.` }) as const;

export const US = {
  ownershipType: {
    kind: 'enum',
    values: US_OWNERSHIP_TYPES,
    launch: true,
    about: 'PRIVATE or PUBLIC (US v2).',
    input: 'PRIVATE or PUBLIC (listed company).',
  },
  legalForm: {
    kind: 'enum',
    values: US_LEGAL_FORMS,
    launch: true,
    rule: {
      ...PUBLIC,
      values: ['CORPORATION'],
      message: 'PUBLIC companies may only use legalForm CORPORATION.',
    },
    answerAfter: 'brandIndustry',
    about: 'CORPORATION, LIMITED_LIABILITY_COMPANY, PARTNERSHIP or S_CORPORATION (US v2).',
    input: `One of ${US_LEGAL_FORMS.join(', ')}. PUBLIC companies may only use CORPORATION.`,
  },
  companyLegalName: {
    ...text(1, 100, 'Legal company name.'),
    launch: true,
    about: 'Legal name of the company.',
  },
  companyPhoneNumber: { ...text(1, 13, 'Company phone number.'), about: 'Company phone number (US v2).' },
  companyEmailAddress: {
    kind: 'email',
    max: 100,
    about: 'Company e-mail address (US v2).',
    input: 'Company e-mail, at most 100 characters.',
  },
  brandName: {
    ...text(1, 100, 'Brand or DBA name; must belong to the legal company.'),
    launch: true,
    about: 'Brand name (US v2).',
  },
  brandIndustry: {
    kind: 'enum',
    values: US_INDUSTRIES,
    about: ABOUT_INDUSTRY,
    input: `One of ${US_INDUSTRIES.join(', ')}.`,
  },
  taxIdCountry: {
    kind: 'country',
    launch: true,
    about: 'Country that issued the tax id, ISO 3166-1 alpha-2 (US v2).',
    input:
      'ISO-3166 alpha-2 country of the tax id. US selects the US_* variants, any other the NON_US_* ones.',
  },
  taxId: {
    ...text(1, 25, 'Tax id: XX-XXXXXXX (EIN) when taxIdCountry is US, otherwise the local format.'),
    launch: true,
    rule: {
      key: US_TAX_ID.key,
      is: US_TAX_ID.is,
      pattern: EIN,
      message: 'A US tax id must be written XX-XXXXXXX.',
    },
    about: 'Tax id: "XX-XXXXXXX" for US tax ids, free form (≤25) otherwise (US v2).',
  },
  addressLine: { ...text(1, 100, 'Street address.'), launch: true, about: 'Street address (US v2).' },
  addressCity: { ...text(1, 100, 'City.'), launch: true, about: 'City (US v2).' },
  addressCountry: {
    kind: 'country',
    launch: true,
    about: 'Country, ISO 3166-1 alpha-2 (US v2).',
    input: 'ISO-3166 alpha-2 country.',
  },
  addressState: {
    kind: 'enum',
    values: US_STATES,
    launch: true,
    only: US_TAX_ID,
    about: 'US state code; only for US tax ids (US v2).',
    input: 'US state or territory code (e.g. NY); only for a US tax id (taxIdCountry US).',
  },
  addressPostalCode: { ...text(1, 10, 'Postal code.'), launch: true, about: 'Postal code (US v2).' },
  websiteUrl: {
    kind: 'url',
    max: 100,
    launch: true,
    about: 'Company website (US v2).',
    input: 'Company website: an http(s) URL of at most 100 characters.',
  },
  contactFirstName: {
    ...text(1, 100, 'Contact first name.'),
    launch: true,
    about: 'First name of the contact person (US v2).',
  },
  contactSurname: {
    ...text(1, 100, 'Contact surname.'),
    launch: true,
    about: 'Surname of the contact person (US v2).',
  },
  stockExchange: {
    ...text(1, 10, 'Stock exchange; only for PUBLIC companies.'),
    launch: true,
    only: PUBLIC,
    about: 'Stock exchange; public companies only (US v2).',
  },
  stockSymbol: {
    ...text(1, 6, 'Stock symbol; only for PUBLIC companies.'),
    launch: true,
    only: PUBLIC,
    about: 'Stock symbol; public companies only (US v2).',
  },
  sampleMessages: {
    kind: 'list',
    minItems: 1,
    maxItems: 5,
    item: { min: 20, max: 1024 },
    about: 'One to five sample messages (US v2).',
    input: '1 to 5 sample messages of 20 to 1024 characters each.',
  },
  messagesVolume: { kind: 'number', about: ABOUT_VOLUME, input: 'Expected message volume.' },
  embeddedLink: {
    kind: 'boolean',
    about: 'Whether messages embed links (US v2).',
    input: 'Messages contain links.',
  },
  embeddedPhone: {
    kind: 'boolean',
    about: 'Whether messages embed phone numbers (US v2).',
    input: 'Messages contain phone numbers.',
  },
  ageGatedContent: {
    kind: 'boolean',
    about: 'Whether content is age-gated (US v2).',
    input: 'Content is age-gated.',
  },
  directLending: {
    kind: 'boolean',
    about: 'Whether the campaign is about direct lending (US v2).',
    input: 'Direct lending or loan arrangements.',
  },
  optInConfirmationMessage: {
    ...text(20, 1024, 'Message confirming the opt-in.'),
    about: 'Message confirming an opt-in (US v2).',
  },
  helpMessage: { ...text(20, 1024, 'Answer to HELP.'), about: 'Answer to HELP (US v2).' },
  callToActionMessage: {
    ...text(40, 4096, 'Call to action shown to users when they opt in.'),
    about: 'How users are invited to opt in (US v2).',
  },
  ein: {
    kind: 'text',
    min: 1,
    deprecated: V1,
    about: 'Employer identification number "XX-XXXXXXX" (US v1, legacy).',
  },
  fullCompanyAddress: { ...ADDRESS, deprecated: V1 },
  smsCampaign: { kind: 'text', min: 1, deprecated: V1, about: 'SMS campaign description (US v1, legacy).' },
} as const satisfies AnswerTable;
