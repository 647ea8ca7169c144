import type { AnswerTable } from './types.ts';

// The general, verification, GB and FR answer tables (RcsGeneralAnswersInputDto, RcsVerificationAnswersInputDto,
// RcsGbAnswersInputDto, RcsFrAnswersInputDto; contract §5.2 and docs/launch-preconditions.md). Key order is
// the order of the graph's fields. `about` describes the stored answer, `input` the field that writes it.

/** Shared with the US table, whose brandIndustry and messagesVolume are described together with GB's. */
export const ABOUT_INDUSTRY =
  'Industry of the brand (GB: free text; US v2: an industry code; US v1: free text).';
export const ABOUT_VOLUME = 'Expected message volume (GB and US v1: text; US v2: a number, shown as text).';

/** fullCompanyAddress of GB, FR and (legacy) US v1. */
export const ADDRESS = {
  kind: 'text',
  min: 1,
  metadata: true,
  about: 'Full postal address of the company.',
} as const;

const VERIFICATION_PHONE = /^(?:\+|00)\d{6,15}$/;

export const GENERAL = {
  optInDescription: {
    kind: 'text',
    min: 1,
    metadata: true,
    launch: true,
    about: 'How users agree to receive messages from the business. Required for launch.',
    input: 'How users opt in. At least 1 character.',
  },
  triggerDescription: {
    kind: 'text',
    min: 1,
    metadata: true,
    launch: true,
    about: 'When the business sends messages. Required for launch.',
    input: 'What triggers the messages. At least 1 character.',
  },
  interactionsDescription: {
    kind: 'text',
    min: 1,
    metadata: true,
    launch: true,
    about: 'How users interact with the agent. Required for launch.',
    input: 'How users interact with the agent. At least 1 character.',
  },
  optOutDescription: {
    kind: 'text',
    min: 1,
    metadata: true,
    launch: true,
    about: 'What the business sends when a user opts out. Required for launch.',
    input: 'How users opt out. At least 1 character.',
  },
  videoUris: {
    kind: 'list',
    minItems: 1,
    maxItems: Number.POSITIVE_INFINITY,
    item: 'url',
    about:
      'Review videos. Without one, a launch waits in PREPARING_LAUNCH until Sinch adds a video (not a precondition).',
    input:
      'At least one http(s) URL of a video showing the agent. Without one, a launch waits in PREPARING_LAUNCH until Sinch adds it.',
  },
  screenshotUris: {
    kind: 'list',
    minItems: 1,
    maxItems: Number.POSITIVE_INFINITY,
    item: 'url',
    about: 'Screenshots of the agent in use.',
    input: 'At least one http(s) URL of a screenshot.',
  },
} as const satisfies AnswerTable;

export const VERIFICATION_PARTNER = {
  companyName: {
    kind: 'text',
    min: 1,
    max: 100,
    about: 'Reseller company name (ASP resellers only).',
    input: '1 to 100 characters.',
  },
  contactName: {
    kind: 'text',
    min: 1,
    max: 100,
    about: 'Reseller contact name (ASP resellers only).',
    input: '1 to 100 characters.',
  },
  contactEmailAddress: {
    kind: 'email',
    max: 100,
    about: 'Reseller contact e-mail (ASP resellers only).',
    input: 'An e-mail address of at most 100 characters.',
  },
} as const satisfies AnswerTable;

export const VERIFICATION = {
  name: {
    kind: 'text',
    min: 1,
    launch: true,
    requiredOnCreate: true,
    about: 'Name of the person who verifies the brand. Required for launch.',
    input: 'Contact name. At least 1 character.',
  },
  email: {
    kind: 'email',
    max: 100,
    launch: true,
    requiredOnCreate: true,
    about: 'E-mail of the verifying person. Required for launch.',
    input: 'Contact e-mail, at most 100 characters.',
  },
  title: {
    kind: 'text',
    min: 1,
    max: 100,
    about: 'Job title of the verifying person.',
    input: 'Job title of the contact, 1 to 100 characters.',
  },
  website: {
    kind: 'url',
    max: 255,
    launch: true,
    requiredOnCreate: true,
    about: 'Website of the brand. Required for launch.',
    input: 'An http(s) URL.',
  },
  phone: {
    kind: 'pattern',
    pattern: VERIFICATION_PHONE,
    message: 'Must be an international number: + or 00 followed by 6 to 15 digits.',
    launch: { country: 'US' },
    about: 'Phone of the verifying person (E.164). Required for launch when US is a launch country.',
    input: `Contact phone in international form (pattern ${VERIFICATION_PHONE.source}). Required for launch when US is a launch country.`,
  },
  partner: {
    kind: 'group',
    answers: VERIFICATION_PARTNER,
    about: 'The brand partner, when an ASP reseller acts for the brand (partner); null otherwise.',
    input: 'The brand partner; only when an ASP reseller acts on behalf of the brand.',
  },
} as const satisfies AnswerTable;

export const GB = {
  brandIndustry: {
    kind: 'text',
    min: 1,
    launch: true,
    about: ABOUT_INDUSTRY,
    input: 'Free text; the GB question suggests values such as "Automotive".',
  },
  companyLegalName: {
    kind: 'text',
    min: 1,
    launch: true,
    about: 'Legal name of the company.',
    input: 'Legal name of the company.',
  },
  companyRegistrationNumber: {
    kind: 'text',
    min: 1,
    launch: true,
    about: 'Company registration number (GB).',
    input: 'UK company registration number.',
  },
  fullCompanyAddress: { ...ADDRESS, launch: true, input: 'Full postal address of the company.' },
  messagesVolume: {
    kind: 'text',
    min: 1,
    launch: true,
    about: ABOUT_VOLUME,
    input: 'Expected message volume, free text.',
  },
  messagesFrequency: {
    kind: 'text',
    min: 1,
    launch: true,
    about: 'Expected message frequency (GB).',
    input: 'Expected message frequency, free text.',
  },
  campaignLength: {
    kind: 'text',
    min: 1,
    deprecated: 'Deprecated upstream; no longer asked.',
    about: 'Campaign length (GB). Deprecated upstream.',
    input: 'Campaign length, free text.',
  },
} as const satisfies AnswerTable;

export const FR = {
  fullCompanyAddress: {
    ...ADDRESS,
    launch: true,
    input: 'Full postal address of the company. At least 1 character.',
  },
  siren: {
    kind: 'pattern',
    pattern: /^\d{9}$/,
    message: 'Must be exactly 9 digits.',
    launch: true,
    about: 'SIREN company number (FR, 9 digits).',
    input: 'French company directory number: exactly 9 digits.',
  },
} as const satisfies AnswerTable;
