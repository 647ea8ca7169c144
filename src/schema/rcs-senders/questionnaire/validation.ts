import {
  type Answer,
  type AnswerTable,
  entriesOf,
  QUESTIONNAIRE,
  SECTION_NAMES,
} from '../../../upstream/questionnaire/index.ts';
import {
  checkCount,
  checkEmail,
  checkLength,
  checkMinLength,
  checkOneOf,
  checkUrl,
  type Issues,
  type Mode,
  rejectNull,
} from '../../lib/validation.ts';
import { RCS_COUNTRY_CODES } from '../enums/values.ts';
import type { QuestionnaireInput } from './inputs.ts';

// Limits of the questionnaire answer DTOs (RcsGeneralAnswersInputDto ... RcsUsBrandCampaignAnswersUpdateInputDto),
// read from the answer tables (src/upstream/questionnaire/). Every answer may be null on update (a delete);
// a whole section may not.

type Values = Readonly<Record<string, unknown>>;

const SECTION_HINT = 'Set individual answers to null to delete them.';

/** RcsInputCountryCode: the response country list without Antarctica. */
export const INPUT_COUNTRIES: readonly string[] = RCS_COUNTRY_CODES.filter((c) => c !== 'AQ');

const given = (value: unknown) => value !== null && value !== undefined;

/** A `<key>Metadata` object (AnswerMetadataInput): its `ignore` is required on create. */
function checkMetadata(issues: Issues, key: string, meta: unknown, mode: Mode) {
  if (typeof meta !== 'object' || meta === null) return;
  const ignore = 'ignore' in meta ? meta.ignore : undefined;
  if (typeof ignore === 'string') checkMinLength(issues.at(key), 'ignore', ignore);
  else if (mode === 'create') issues.add('Is required.', key, 'ignore');
}

function checkList(issues: Issues, key: string, a: Answer & { kind: 'list' }, list: unknown): void {
  if (!Array.isArray(list)) return;
  checkCount(issues, key, list.length, a.minItems, a.maxItems);
  const items = issues.at(key);
  list.forEach((item: string, i) => {
    if (a.item === 'url') checkUrl(items, String(i), item);
    else checkLength(items, String(i), item, a.item.min, a.item.max);
  });
}

/** One answer against its own limits. */
function checkAnswer(issues: Issues, key: string, a: Answer, value: unknown, mode: Mode): void {
  if (!given(value)) return;
  const text = typeof value === 'string' ? value : null;
  switch (a.kind) {
    case 'text':
      if (text !== null) checkLength(issues, key, text, a.min, a.max ?? Number.POSITIVE_INFINITY);
      break;
    case 'pattern':
      if (text !== null && !a.pattern.test(text)) issues.add(a.message, key);
      break;
    case 'email':
      if (text !== null) checkEmail(issues, key, text, a.max);
      break;
    case 'url':
      if (text !== null) checkUrl(issues, key, text, a.max);
      break;
    case 'enum':
    case 'country':
      if (text !== null) checkOneOf(issues, key, text, a.kind === 'enum' ? a.values : INPUT_COUNTRIES);
      break;
    case 'list':
      checkList(issues, key, a, value);
      break;
    case 'number':
      if (!Number.isFinite(value as number) || (value as number) < 0)
        issues.add('Must be a number ≥ 0.', key);
      break;
    case 'group':
      if (typeof value === 'object') validateAnswers(issues.at(key), key, a.answers, value as Values, mode);
      break;
    case 'boolean':
      break;
  }
}

/**
 * The variant rules: an answer refused, or further limited, by the value of another answer in this input.
 * Checked per deciding answer in table order (ownershipType's rules, then taxIdCountry's).
 */
function checkRules(issues: Issues, table: AnswerTable, answers: Values): void {
  for (const [decider] of entriesOf(table)) {
    for (const [key, a] of entriesOf(table)) {
      const value = answers[key];
      if (!given(value)) continue;
      const { rule, only } = a;
      if (rule?.key === decider && answers[decider] === rule.is) {
        const ok = rule.values
          ? typeof value === 'string' && rule.values.includes(value)
          : rule.pattern?.test(String(value));
        if (!ok) issues.add(rule.message, key);
      }
      const other = answers[decider];
      if (only?.key === decider && typeof other === 'string' && other !== only.is) {
        issues.add(`Only for ${only.label} (${only.key} ${only.is}).`, key);
      }
    }
  }
}

/** One section (or nested group) of answers against its table. */
function validateAnswers(issues: Issues, section: string, table: AnswerTable, answers: Values, mode: Mode) {
  if (mode === 'create') {
    for (const [key, a] of entriesOf(table)) {
      if (a.requiredOnCreate && typeof answers[key] !== 'string')
        issues.add(`Is required when the ${section} section is given.`, key);
    }
  }
  for (const [key, a] of entriesOf(table)) {
    if (a.input === undefined) continue;
    checkAnswer(issues, key, a, answers[key], mode);
    if (a.kind === 'text' && a.metadata)
      checkMetadata(issues, `${key}Metadata`, answers[`${key}Metadata`], mode);
  }
  checkRules(issues, table, answers);
}

export function validateQuestionnaire(issues: Issues, q: QuestionnaireInput, mode: Mode): void {
  for (const section of SECTION_NAMES) {
    const answers = q[section];
    if (!rejectNull(issues, mode, section, answers, SECTION_HINT) && answers) {
      validateAnswers(issues.at(section), section, QUESTIONNAIRE[section].answers, answers, mode);
    }
  }
}
