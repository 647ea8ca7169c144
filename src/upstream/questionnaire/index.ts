import { FR, GB, GENERAL, VERIFICATION } from './sections.ts';
import type { Answer, AnswerTable } from './types.ts';
import { US } from './us.ts';

// The launch questionnaire's answers as the contract has them, one table per section. The graph's answer
// and input types, their validation, the launch precondition catalogue (schema/rcs-senders/launch-catalogue.ts)
// and the sandbox's launch 412 (sandbox/lifecycle.ts) all read these tables; no other file lists answer keys.

export * from './sections.ts';
export type * from './types.ts';
export * from './us.ts';

/** The sections in the upstream's order; a country section is needed only when its country is launched. */
export const QUESTIONNAIRE = {
  general: { answers: GENERAL },
  verification: { answers: VERIFICATION },
  gb: { answers: GB, country: 'GB' },
  fr: { answers: FR, country: 'FR' },
  us: { answers: US, country: 'US' },
} as const satisfies Record<string, { answers: AnswerTable; country?: string }>;

export type SectionName = keyof typeof QUESTIONNAIRE;
export const SECTION_NAMES: readonly SectionName[] = ['general', 'verification', 'gb', 'fr', 'us'];

/** The table's entries in table order. */
export function entriesOf(table: AnswerTable): [string, Answer][] {
  return Object.entries(table);
}

/**
 * The answer keys a launch needs from one section, in the order of the upstream 412's list: those needed
 * unconditionally, then those whose launch country or variant condition holds for these answers. Empty
 * when the section belongs to a country that is not launched.
 */
export function launchKeys(
  section: SectionName,
  countries: readonly string[],
  answers: Readonly<Record<string, unknown>>,
): string[] {
  const { answers: table, ...rest } = QUESTIONNAIRE[section];
  if ('country' in rest && !countries.includes(rest.country)) return [];
  const needed = entriesOf(table).filter(([, a]) => a.launch);
  const conditional = (a: Answer) => a.launch !== true || a.only !== undefined;
  const holds = (a: Answer) =>
    (a.launch === true || (a.launch !== undefined && countries.includes(a.launch.country))) &&
    (a.only === undefined || answers[a.only.key] === a.only.is);
  return [
    ...needed.filter(([, a]) => !conditional(a)),
    ...needed.filter(([, a]) => conditional(a) && holds(a)),
  ].map(([key]) => key);
}
