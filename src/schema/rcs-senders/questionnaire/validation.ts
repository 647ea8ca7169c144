import {
  checkCount,
  checkEmail,
  checkLength,
  checkMinLength,
  checkOneOf,
  checkUrl,
  type Issues,
  type Mode,
  patterns,
  rejectNull,
} from '../../lib/validation.ts';
import type {
  AnswerMetadataInput,
  FrAnswersInput,
  GbAnswersInput,
  GeneralAnswersInput,
  QuestionnaireInput,
  UsAnswersInput,
  VerificationAnswersInput,
} from './inputs.ts';
import { US_FIELDS, type UsFieldName, type UsFieldSpec } from './us.ts';

// Limits of the questionnaire answer DTOs (RcsGeneralAnswersInputDto ... RcsUsBrandCampaignAnswersUpdateInputDto).
// Every answer may be null on update (a delete); a whole section may not.

const SECTION_HINT = 'Set individual answers to null to delete them.';

function checkMetadata(
  issues: Issues,
  key: string,
  meta: AnswerMetadataInput | null | undefined,
  mode: Mode,
) {
  if (!meta) return;
  if (typeof meta.ignore === 'string') checkMinLength(issues.at(key), 'ignore', meta.ignore);
  else if (mode === 'create') issues.add('Is required.', key, 'ignore');
}

function checkText(issues: Issues, key: string, value: string | null | undefined, min = 1, max = Infinity) {
  if (typeof value === 'string') checkLength(issues, key, value, min, max);
}

function checkUrlList(issues: Issues, key: string, list: string[] | null | undefined) {
  if (!list) return;
  checkCount(issues, key, list.length, 1, Number.POSITIVE_INFINITY);
  list.forEach((url, i) => {
    checkUrl(issues.at(key), String(i), url);
  });
}

const GENERAL_TEXT = [
  'optInDescription',
  'triggerDescription',
  'interactionsDescription',
  'optOutDescription',
] as const;

export function validateGeneral(issues: Issues, answers: GeneralAnswersInput, mode: Mode): void {
  for (const key of GENERAL_TEXT) {
    checkText(issues, key, answers[key]);
    checkMetadata(issues, `${key}Metadata`, answers[`${key}Metadata`], mode);
  }
  checkUrlList(issues, 'videoUris', answers.videoUris);
  checkUrlList(issues, 'screenshotUris', answers.screenshotUris);
}

export function validateVerification(issues: Issues, answers: VerificationAnswersInput, mode: Mode): void {
  if (mode === 'create') {
    // RcsVerificationAnswersInputDto requires these three whenever the section is sent on create.
    for (const key of ['name', 'email', 'website'] as const) {
      if (typeof answers[key] !== 'string')
        issues.add('Is required when the verification section is given.', key);
    }
  }
  checkText(issues, 'name', answers.name);
  if (typeof answers.email === 'string') checkEmail(issues, 'email', answers.email, 100);
  checkText(issues, 'title', answers.title, 1, 100);
  if (typeof answers.website === 'string') checkUrl(issues, 'website', answers.website);
  if (typeof answers.phone === 'string' && !patterns.VERIFICATION_PHONE.test(answers.phone)) {
    issues.add('Must be an international number: + or 00 followed by 6 to 15 digits.', 'phone');
  }
  const partner = answers.partner;
  if (partner) {
    const p = issues.at('partner');
    checkText(p, 'companyName', partner.companyName, 1, 100);
    checkText(p, 'contactName', partner.contactName, 1, 100);
    if (typeof partner.contactEmailAddress === 'string')
      checkEmail(p, 'contactEmailAddress', partner.contactEmailAddress);
  }
}

const GB_TEXT = [
  'brandIndustry',
  'companyLegalName',
  'companyRegistrationNumber',
  'fullCompanyAddress',
  'messagesVolume',
  'messagesFrequency',
  'campaignLength',
] as const;

export function validateGb(issues: Issues, answers: GbAnswersInput, mode: Mode): void {
  for (const key of GB_TEXT) checkText(issues, key, answers[key]);
  checkMetadata(issues, 'fullCompanyAddressMetadata', answers.fullCompanyAddressMetadata, mode);
}

export function validateFr(issues: Issues, answers: FrAnswersInput, mode: Mode): void {
  checkText(issues, 'fullCompanyAddress', answers.fullCompanyAddress);
  checkMetadata(issues, 'fullCompanyAddressMetadata', answers.fullCompanyAddressMetadata, mode);
  if (typeof answers.siren === 'string' && !patterns.SIREN.test(answers.siren)) {
    issues.add('Must be exactly 9 digits.', 'siren');
  }
}

function checkUsField(issues: Issues, key: string, spec: UsFieldSpec, value: unknown): void {
  if (value === null || value === undefined) return;
  switch (spec.kind) {
    case 'string':
      checkLength(issues, key, value as string, spec.min, spec.max);
      break;
    case 'email':
      checkEmail(issues, key, value as string, spec.max);
      break;
    case 'url':
      checkUrl(issues, key, value as string, spec.max);
      break;
    case 'enum':
      checkOneOf(issues, key, value as string, spec.values);
      break;
    case 'strings': {
      const list = value as string[];
      checkCount(issues, key, list.length, spec.minItems, spec.maxItems);
      list.forEach((item, i) => {
        checkLength(issues.at(key), String(i), item, spec.min, spec.max);
      });
      break;
    }
    case 'number':
      if (!Number.isFinite(value as number) || (value as number) < 0)
        issues.add('Must be a number ≥ 0.', key);
      break;
    case 'boolean':
      break;
  }
}

/** The variant rules of the four US v2 shapes, checkable when the values involved are in this input. */
function checkUsVariant(issues: Issues, a: UsAnswersInput): void {
  const present = (key: UsFieldName) => a[key] !== null && a[key] !== undefined;
  if (a.ownershipType === 'PUBLIC' && present('legalForm') && a.legalForm !== 'CORPORATION') {
    issues.add('PUBLIC companies may only use legalForm CORPORATION.', 'legalForm');
  }
  if (a.ownershipType === 'PRIVATE') {
    for (const key of ['stockExchange', 'stockSymbol'] as const) {
      if (present(key)) issues.add('Only for PUBLIC companies (ownershipType PUBLIC).', key);
    }
  }
  if (a.taxIdCountry === 'US' && typeof a.taxId === 'string' && !patterns.EIN.test(a.taxId)) {
    issues.add('A US tax id must be written XX-XXXXXXX.', 'taxId');
  }
  if (typeof a.taxIdCountry === 'string' && a.taxIdCountry !== 'US' && present('addressState')) {
    issues.add('Only for a US tax id (taxIdCountry US).', 'addressState');
  }
}

export function validateUs(issues: Issues, answers: UsAnswersInput): void {
  for (const [key, spec] of Object.entries(US_FIELDS) as [UsFieldName, UsFieldSpec][]) {
    checkUsField(issues, key, spec, answers[key]);
  }
  checkUsVariant(issues, answers);
}

export function validateQuestionnaire(issues: Issues, q: QuestionnaireInput, mode: Mode): void {
  if (!rejectNull(issues, mode, 'general', q.general, SECTION_HINT) && q.general) {
    validateGeneral(issues.at('general'), q.general, mode);
  }
  if (!rejectNull(issues, mode, 'verification', q.verification, SECTION_HINT) && q.verification) {
    validateVerification(issues.at('verification'), q.verification, mode);
  }
  if (!rejectNull(issues, mode, 'gb', q.gb, SECTION_HINT) && q.gb) validateGb(issues.at('gb'), q.gb, mode);
  if (!rejectNull(issues, mode, 'fr', q.fr, SECTION_HINT) && q.fr) validateFr(issues.at('fr'), q.fr, mode);
  if (!rejectNull(issues, mode, 'us', q.us, SECTION_HINT) && q.us) validateUs(issues.at('us'), q.us);
}
