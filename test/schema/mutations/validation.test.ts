import { describe, expect, it } from 'vitest';
import { validateComment } from '../../../src/schema/lib/validation.ts';
import {
  validateAddTestNumbersInput,
  validateCreateSenderInput,
  validateTestNumber,
  validateUpdateSenderInput,
} from '../../../src/schema/rcs-senders/inputs/validation.ts';

const base = { projectId: 'p1', region: 'EU', billingCategory: 'CONVERSATIONAL', useCase: 'OTP' };
const create = (details: object) => validateCreateSenderInput({ ...base, details });
const update = (details: object) => validateUpdateSenderInput({ id: 'x', projectId: 'p1', details });
const paths = (errors: { path: string[] }[]) => errors.map((e) => e.path.join('.'));

describe('create input', () => {
  it('accepts the minimal input and a complete valid one', () => {
    expect(validateCreateSenderInput(base)).toEqual([]);
    expect(
      create({
        brand: {
          name: 'Acme',
          description: 'Deliveries',
          color: '#0a0B0c',
          emails: [{ label: 'Support', address: 'help@acme.example' }],
          phones: [{ number: '+46123123111' }, { label: 'Local', number: '0701234567' }],
          websites: [{ url: 'https://acme.example' }],
          logoUrl: 'https://cdn.acme.example/logo.png',
        },
        testNumbers: ['+46123123111', '+46123123112'],
        countries: ['SE', 'GB'],
        questionnaire: {
          verification: {
            name: 'Ann',
            email: 'ann@acme.example',
            website: 'https://acme.example',
            phone: '0046701234567',
          },
          fr: { siren: '123456789' },
        },
      }),
    ).toEqual([]);
  });

  it('rejects the mirrored UNRECOGNIZED enum values and an empty project id', () => {
    const errors = validateCreateSenderInput({
      ...base,
      projectId: ' ',
      region: 'UNRECOGNIZED',
      useCase: 'UNRECOGNIZED',
    });
    expect(paths(errors)).toEqual(['input.projectId', 'input.region', 'input.useCase']);
    expect(errors[1]?.message).toBe('Must be one of BR, EU, US.');
  });

  it('checks brand limits with paths into the input', () => {
    const errors = create({
      brand: {
        name: 'x'.repeat(41),
        description: 'd'.repeat(101),
        color: '#12345',
        emails: [
          { label: 'l'.repeat(26), address: 'not-an-email' },
          { address: 'a@b.example' },
          { address: 'A@B.example' },
        ],
        phones: [{ number: '12-34' }],
        websites: [{ url: 'ftp://files.example' }, { url: `https://x.example/${'p'.repeat(240)}` }],
        bannerUrl: 'javascript:alert(1)',
      },
    });
    expect(errors).toEqual([
      { path: ['input', 'details', 'brand', 'name'], message: 'Must be at most 40 characters (got 41).' },
      {
        path: ['input', 'details', 'brand', 'description'],
        message: 'Must be at most 100 characters (got 101).',
      },
      { path: ['input', 'details', 'brand', 'color'], message: 'Must be a colour in the form #RRGGBB.' },
      { path: ['input', 'details', 'brand', 'bannerUrl'], message: 'Must be an http or https URL.' },
      {
        path: ['input', 'details', 'brand', 'emails', '0', 'label'],
        message: 'Must be at most 25 characters (got 26).',
      },
      {
        path: ['input', 'details', 'brand', 'emails', '0', 'address'],
        message: 'Must be an e-mail address.',
      },
      {
        path: ['input', 'details', 'brand', 'emails', '2', 'address'],
        message: 'Duplicate of item 1; values must be unique.',
      },
      {
        path: ['input', 'details', 'brand', 'phones', '0', 'number'],
        message: 'Must be 6 to 15 characters: a national number without separators or an E.164 number.',
      },
      {
        path: ['input', 'details', 'brand', 'websites', '0', 'url'],
        message: 'Must be an http or https URL.',
      },
      {
        path: ['input', 'details', 'brand', 'websites', '1', 'url'],
        message: 'Must be at most 255 characters.',
      },
    ]);
  });

  it('limits contact lists to 1..3 items', () => {
    const four = ['a', 'b', 'c', 'd'].map((x) => ({ address: `${x}@x.example` }));
    expect(create({ brand: { emails: four, phones: [] } })).toEqual([
      { path: ['input', 'details', 'brand', 'emails'], message: 'Must contain at most 3 items (got 4).' },
      { path: ['input', 'details', 'brand', 'phones'], message: 'Must contain at least 1 item.' },
    ]);
  });

  it('checks test numbers: E.164, unique, at most 200', () => {
    expect(paths(create({ testNumbers: ['+46123123111', '46123123111', '+46123123111'] }))).toEqual([
      'input.details.testNumbers.1',
      'input.details.testNumbers.2',
    ]);
    const many = Array.from({ length: 201 }, (_, i) => `+4670${String(i).padStart(7, '0')}`);
    expect(create({ testNumbers: many })).toEqual([
      { path: ['input', 'details', 'testNumbers'], message: 'Must contain at most 200 items (got 201).' },
    ]);
  });

  it('checks countries: non-empty and unique', () => {
    expect(paths(create({ countries: [] }))).toEqual(['input.details.countries']);
    expect(paths(create({ countries: ['SE', 'FR', 'SE'] }))).toEqual(['input.details.countries.2']);
  });

  it('requires name, email and website in a verification section on create, not on update', () => {
    expect(paths(create({ questionnaire: { verification: { title: 'CEO' } } }))).toEqual([
      'input.details.questionnaire.verification.name',
      'input.details.questionnaire.verification.email',
      'input.details.questionnaire.verification.website',
    ]);
    expect(update({ questionnaire: { verification: { title: 'CEO' } } })).toEqual([]);
  });

  it('checks questionnaire answers', () => {
    const errors = create({
      questionnaire: {
        general: {
          optInDescription: '',
          videoUris: [],
          screenshotUris: ['nope'],
          optOutDescriptionMetadata: {},
        },
        verification: {
          name: 'N',
          email: 'e@x.example',
          website: 'https://x.example',
          phone: '+12 345',
          title: '',
        },
        gb: { companyLegalName: '' },
        fr: { siren: '12345678' },
      },
    });
    expect(paths(errors)).toEqual([
      'input.details.questionnaire.general.optInDescription',
      'input.details.questionnaire.general.optOutDescriptionMetadata.ignore',
      'input.details.questionnaire.general.videoUris',
      'input.details.questionnaire.general.screenshotUris.0',
      'input.details.questionnaire.verification.title',
      'input.details.questionnaire.verification.phone',
      'input.details.questionnaire.gb.companyLegalName',
      'input.details.questionnaire.fr.siren',
    ]);
    expect(errors[5]?.message).toBe('Must be an international number: + or 00 followed by 6 to 15 digits.');
  });

  it('checks US v2 limits, enumerations and the variant rules', () => {
    const errors = create({
      questionnaire: {
        us: {
          ownershipType: 'PUBLIC',
          legalForm: 'PARTNERSHIP',
          taxIdCountry: 'US',
          taxId: '123456789',
          brandIndustry: 'SPACE',
          addressState: 'ZZ',
          companyPhoneNumber: '+1234567890123',
          sampleMessages: ['too short'],
          callToActionMessage: 'c'.repeat(39),
          websiteUrl: `https://${'w'.repeat(100)}.example`,
        },
      },
    });
    expect(paths(errors)).toEqual([
      'input.details.questionnaire.us.companyPhoneNumber',
      'input.details.questionnaire.us.brandIndustry',
      'input.details.questionnaire.us.addressState',
      'input.details.questionnaire.us.websiteUrl',
      'input.details.questionnaire.us.sampleMessages.0',
      'input.details.questionnaire.us.callToActionMessage',
      'input.details.questionnaire.us.legalForm',
      'input.details.questionnaire.us.taxId',
    ]);
    expect(errors.at(-1)?.message).toBe('A US tax id must be written XX-XXXXXXX.');
    expect(
      paths(create({ questionnaire: { us: { ownershipType: 'PRIVATE', stockSymbol: 'ACME' } } })),
    ).toEqual(['input.details.questionnaire.us.stockSymbol']);
    expect(paths(create({ questionnaire: { us: { taxIdCountry: 'DE', addressState: 'NY' } } }))).toEqual([
      'input.details.questionnaire.us.addressState',
    ]);
    expect(
      create({
        questionnaire: {
          us: { ownershipType: 'PUBLIC', legalForm: 'CORPORATION', taxIdCountry: 'US', taxId: '12-3456789' },
        },
      }),
    ).toEqual([]);
  });
});

describe('update input', () => {
  it('accepts null where the upstream deletes, and rejects null where it cannot', () => {
    expect(
      update({
        testNumbers: null,
        countries: null,
        brand: { emails: null, phones: null, websites: null },
        questionnaire: { general: { optInDescription: null, videoUris: null }, us: { taxId: null } },
      }),
    ).toEqual([]);
    expect(update({ brand: { name: null, logoUrl: null }, questionnaire: { gb: null } })).toEqual([
      {
        path: ['input', 'details', 'brand', 'name'],
        message: 'Cannot be deleted (null is not accepted here).',
      },
      {
        path: ['input', 'details', 'brand', 'logoUrl'],
        message: 'Cannot be deleted (null is not accepted here).',
      },
      {
        path: ['input', 'details', 'questionnaire', 'gb'],
        message:
          'Cannot be deleted (null is not accepted here). Set individual answers to null to delete them.',
      },
    ]);
  });

  it('treats null as "no value" on create', () => {
    expect(create({ brand: { name: null }, questionnaire: { gb: null } })).toEqual([]);
  });
});

describe('test numbers, numbers and comments', () => {
  it('needs 1..200 unique E.164 numbers to add', () => {
    expect(validateAddTestNumbersInput({ numbers: [] })).toEqual([
      { path: ['input', 'numbers'], message: 'Must contain at least 1 item.' },
    ]);
    expect(
      paths(validateAddTestNumbersInput({ numbers: ['+4612', '+46123123111', '+46123123111'] })),
    ).toEqual(['input.numbers.0', 'input.numbers.2']);
  });

  it('checks one E.164 number', () => {
    expect(validateTestNumber({ number: '+46123123111' })).toEqual([]);
    expect(validateTestNumber({ number: '0046123123111' })).toEqual([
      { path: ['input', 'number'], message: 'Must be an E.164 phone number such as +46123123111.' },
    ]);
  });

  it('checks comment length 1..65535 in characters', () => {
    expect(validateComment({ comment: '' })).toEqual([
      { path: ['input', 'comment'], message: 'Must not be empty.' },
    ]);
    expect(validateComment({ comment: '😀'.repeat(65535) })).toEqual([]);
    expect(validateComment({ comment: 'x'.repeat(65536) })).toEqual([
      { path: ['input', 'comment'], message: 'Must be at most 65535 characters (got 65536).' },
    ]);
  });
});
