import { builder } from '../../builder.ts';
import { RCS_COUNTRY_CODES } from '../enums/values.ts';

// US v2 ("brand campaign") answers. One spec drives both the GraphQL input type and its validation, so the
// limits in the descriptions are the limits that are checked. Enumerated answers stay String (as the
// contract's ownershipType/taxIdCountry do) so that a wrong value is a ValidationError with a path, not a
// request-level error.

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
/** RcsInputCountryCode: the response country list without Antarctica. */
export const US_INPUT_COUNTRIES: readonly string[] = RCS_COUNTRY_CODES.filter((c) => c !== 'AQ');

export type UsFieldSpec =
  | { kind: 'string'; min: number; max: number; description: string }
  | { kind: 'email' | 'url'; max: number; description: string }
  | { kind: 'enum'; values: readonly string[]; description: string }
  | { kind: 'strings'; minItems: number; maxItems: number; min: number; max: number; description: string }
  | { kind: 'number' | 'boolean'; description: string };

const text = (min: number, max: number, description: string): UsFieldSpec => ({
  kind: 'string',
  min,
  max,
  description: `${description} ${min} to ${max} characters.`,
});

export const US_FIELDS = {
  ownershipType: {
    kind: 'enum',
    values: US_OWNERSHIP_TYPES,
    description: 'PRIVATE or PUBLIC (listed company).',
  },
  legalForm: {
    kind: 'enum',
    values: US_LEGAL_FORMS,
    description: `One of ${US_LEGAL_FORMS.join(', ')}. PUBLIC companies may only use CORPORATION.`,
  },
  companyLegalName: text(1, 100, 'Legal company name.'),
  companyPhoneNumber: text(1, 13, 'Company phone number.'),
  companyEmailAddress: { kind: 'email', max: 100, description: 'Company e-mail, at most 100 characters.' },
  brandName: text(1, 100, 'Brand or DBA name; must belong to the legal company.'),
  brandIndustry: { kind: 'enum', values: US_INDUSTRIES, description: `One of ${US_INDUSTRIES.join(', ')}.` },
  taxIdCountry: {
    kind: 'enum',
    values: US_INPUT_COUNTRIES,
    description:
      'ISO-3166 alpha-2 country of the tax id. US selects the US_* variants, any other the NON_US_* ones.',
  },
  taxId: text(1, 25, 'Tax id: XX-XXXXXXX (EIN) when taxIdCountry is US, otherwise the local format.'),
  addressLine: text(1, 100, 'Street address.'),
  addressCity: text(1, 100, 'City.'),
  addressCountry: { kind: 'enum', values: US_INPUT_COUNTRIES, description: 'ISO-3166 alpha-2 country.' },
  addressState: {
    kind: 'enum',
    values: US_STATES,
    description: 'US state or territory code (e.g. NY); only for a US tax id (taxIdCountry US).',
  },
  addressPostalCode: text(1, 10, 'Postal code.'),
  websiteUrl: {
    kind: 'url',
    max: 100,
    description: 'Company website: an http(s) URL of at most 100 characters.',
  },
  contactFirstName: text(1, 100, 'Contact first name.'),
  contactSurname: text(1, 100, 'Contact surname.'),
  stockExchange: text(1, 10, 'Stock exchange; only for PUBLIC companies.'),
  stockSymbol: text(1, 6, 'Stock symbol; only for PUBLIC companies.'),
  sampleMessages: {
    kind: 'strings',
    minItems: 1,
    maxItems: 5,
    min: 20,
    max: 1024,
    description: '1 to 5 sample messages of 20 to 1024 characters each.',
  },
  messagesVolume: { kind: 'number', description: 'Expected message volume.' },
  embeddedLink: { kind: 'boolean', description: 'Messages contain links.' },
  embeddedPhone: { kind: 'boolean', description: 'Messages contain phone numbers.' },
  ageGatedContent: { kind: 'boolean', description: 'Content is age-gated.' },
  directLending: { kind: 'boolean', description: 'Direct lending or loan arrangements.' },
  optInConfirmationMessage: text(20, 1024, 'Message confirming the opt-in.'),
  helpMessage: text(20, 1024, 'Answer to HELP.'),
  callToActionMessage: text(40, 4096, 'Call to action shown to users when they opt in.'),
} as const satisfies Record<string, UsFieldSpec>;

export type UsFieldName = keyof typeof US_FIELDS;

export const RcsUsAnswersInput = builder.inputType('RcsUsAnswersInput', {
  description:
    'US v2 (brand campaign) answers; sending them makes the update use ?usQuestionnaireVersion=v2. Variants: US_PUBLIC (PUBLIC, CORPORATION, US tax id, addressState, stock fields), US_PRIVATE (PRIVATE, US tax id, addressState, no stock fields), NON_US_PUBLIC (PUBLIC, CORPORATION, non-US tax id, stock fields, no addressState), NON_US_PRIVATE (PRIVATE, non-US tax id, neither). Not required at create; required for a US launch.',
  fields: (t) => {
    const out: Record<string, ReturnType<typeof t.string>> = {};
    for (const [name, spec] of Object.entries(US_FIELDS) as [UsFieldName, UsFieldSpec][]) {
      const options = { description: spec.description };
      // The input shape is declared by UsAnswersInput; Pothos' inferred shape is not used.
      if (spec.kind === 'number') out[name] = t.float(options) as never;
      else if (spec.kind === 'boolean') out[name] = t.boolean(options) as never;
      else if (spec.kind === 'strings') out[name] = t.stringList(options) as never;
      else out[name] = t.string(options);
    }
    return out;
  },
});
