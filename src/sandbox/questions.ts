// Read-only questionnaire questions. Texts are the published ones (sender example for general,
// verification, gb, fr, us v2); the US v1 (legacy) texts for ein and smsCampaign are not published
// and are the sandbox's own wording.
import { readFileSync } from 'node:fs';
import { entriesOf, US, US_VARIANTS } from '../upstream/questionnaire/index.ts';
import { contractFile } from './contract-files.ts';
import type { JsonObject } from './model.ts';

const EXAMPLE = contractFile('examples', 'getSender.response.200.newInTest.json');

type Sections = Record<'general' | 'verification' | 'gb' | 'fr' | 'us', { questions: JsonObject }>;
const published = (JSON.parse(readFileSync(EXAMPLE, 'utf8')) as { details: { questionnaire: Sections } })
  .details.questionnaire;

export type Section = keyof Sections;

export function questionsFor(section: Section): JsonObject {
  return structuredClone(published[section].questions);
}

export function usLegacyQuestions(): JsonObject {
  const us = published.us.questions;
  const gb = published.gb.questions;
  return structuredClone({
    companyLegalName: us.companyLegalName ?? { question: '', suggestedAnswers: [] },
    ein: { question: 'What is your company Employer Identification Number (EIN)?', suggestedAnswers: [] },
    brandIndustry: gb.brandIndustry ?? { question: '', suggestedAnswers: [] },
    fullCompanyAddress: published.fr.questions.fullCompanyAddress ?? { question: '', suggestedAnswers: [] },
    smsCampaign: {
      question: 'Which SMS campaign should be used as fallback in the US?',
      suggestedAnswers: [],
    },
    messagesVolume: gb.messagesVolume ?? { question: '', suggestedAnswers: [] },
  });
}

/**
 * US v2 questions for a brand-campaign variant: the answers with a variant condition (addressState for a
 * US tax id, the stock fields for PUBLIC companies; src/upstream/questionnaire/us.ts) only where it is met.
 */
export function usQuestions(variant?: string): JsonObject {
  const q = questionsFor('us');
  if (variant === undefined || !US_VARIANTS.includes(variant)) return q;
  for (const [key, answer] of entriesOf(US)) {
    if (answer.only && !answer.only.variants.includes(variant)) delete q[key];
  }
  return q;
}
