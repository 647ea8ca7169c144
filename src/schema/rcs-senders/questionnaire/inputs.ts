import type { InputFieldMap } from '@pothos/core';
import {
  type AnswerTable,
  entriesOf,
  QUESTIONNAIRE,
  type SectionName,
} from '../../../upstream/questionnaire/index.ts';
import { builder } from '../../builder.ts';
import type { Maybe } from '../../lib/validation.ts';

// Launch questionnaire answers. The upstream wraps each section as `{ answers: {...} }`; the graph flattens
// that away (details.questionnaire.general.optInDescription) and the wire mapping puts it back.
// On update every answer may be null, which deletes it upstream. Both the GraphQL input types and their
// TypeScript shapes are derived from the answer tables (src/upstream/questionnaire/): a field per answer
// that has an input description, followed by its `<key>Metadata` when the answer keeps one.

export interface AnswerMetadataInput {
  ignore?: Maybe<string>;
}

type InputValue<A> = A extends { kind: 'boolean' }
  ? boolean
  : A extends { kind: 'number' }
    ? number
    : A extends { kind: 'list' }
      ? string[]
      : A extends { kind: 'group'; answers: infer T }
        ? AnswersInput<T>
        : string;
type Writable<T> = { [K in keyof T]: T[K] extends { input: string } ? K : never }[keyof T];
type WithMetadata<T> = {
  [K in keyof T]: T[K] extends { input: string; metadata: true } ? K : never;
}[keyof T];

/** The input shape of one answer table. */
export type AnswersInput<T> = { [K in Writable<T>]?: Maybe<InputValue<T[K]>> } & {
  [K in WithMetadata<T> as `${K & string}Metadata`]?: Maybe<AnswerMetadataInput>;
};
type SectionInput<S extends SectionName> = AnswersInput<(typeof QUESTIONNAIRE)[S]['answers']>;

export type GeneralAnswersInput = SectionInput<'general'>;
export type VerificationAnswersInput = SectionInput<'verification'>;
export type GbAnswersInput = SectionInput<'gb'>;
export type FrAnswersInput = SectionInput<'fr'>;
export type UsAnswersInput = SectionInput<'us'>;
export type QuestionnaireInput = { [S in SectionName]?: Maybe<SectionInput<S>> };

const META =
  'A substring (at least 1 character) the upstream strips from the answer at launch, e.g. a custom delimiter.';

export const RcsAnswerMetadataInput = builder.inputType('RcsAnswerMetadataInput', {
  description: 'Metadata of a free-text answer (the upstream <field>Metadata object).',
  fields: (t) => ({ ignore: t.string({ description: META }) }),
});

/** The input type of each table, so that a nested group (verification.partner) finds its type. */
const inputTypes = new Map<AnswerTable, ReturnType<typeof answersInput>>();

function answersInput(name: string, description: string, table: AnswerTable) {
  const ref = builder.inputType(name, {
    description,
    fields: (t) => {
      const fields: InputFieldMap = {};
      for (const [key, a] of entriesOf(table)) {
        if (a.input === undefined) continue;
        const options = { description: a.input, deprecationReason: a.deprecated };
        if (a.kind === 'boolean') fields[key] = t.boolean(options);
        else if (a.kind === 'number') fields[key] = t.float(options);
        else if (a.kind === 'list') fields[key] = t.stringList(options);
        else if (a.kind === 'group') {
          const type = inputTypes.get(a.answers);
          if (!type) throw new Error(`questionnaire: no input type for ${name}.${key}`);
          fields[key] = t.field({ ...options, type });
        } else fields[key] = t.string(options);
        if (a.kind === 'text' && a.metadata) {
          fields[`${key}Metadata`] = t.field({
            type: RcsAnswerMetadataInput,
            description: `Metadata of ${key} (${key}Metadata), e.g. a delimiter to strip at launch.`,
          });
        }
      }
      return fields;
    },
  });
  inputTypes.set(table, ref);
  return ref;
}

/** The input type descriptions of the sections. */
const SECTION_DESCRIPTIONS: Record<SectionName, string> = {
  general: 'General launch answers; the four descriptions are required for launch.',
  verification:
    'Verification contact. On create, a verification section needs name, email and website; all three are required for launch.',
  gb: 'Answers for a GB launch; every field but campaignLength is required for launch. Each at least 1 character.',
  fr: 'Answers for an FR launch; both are required for launch.',
  us: 'US v2 (brand campaign) answers; sending them makes the update use ?usQuestionnaireVersion=v2. Variants: US_PUBLIC (PUBLIC, CORPORATION, US tax id, addressState, stock fields), US_PRIVATE (PRIVATE, US tax id, addressState, no stock fields), NON_US_PUBLIC (PUBLIC, CORPORATION, non-US tax id, stock fields, no addressState), NON_US_PRIVATE (PRIVATE, non-US tax id, neither). Not required at create; required for a US launch.',
};

/** A section's input type, named after it: RcsGbAnswersInput for gb. */
const sectionInput = (section: SectionName) =>
  answersInput(
    `Rcs${section[0]?.toUpperCase()}${section.slice(1)}AnswersInput`,
    SECTION_DESCRIPTIONS[section],
    QUESTIONNAIRE[section].answers,
  );

export const RcsGeneralAnswersInput = sectionInput('general');
export const RcsVerificationPartnerInput = answersInput(
  'RcsVerificationPartnerInput',
  'Brand partner details; only for ASP resellers acting on behalf of a brand.',
  QUESTIONNAIRE.verification.answers.partner.answers,
);
export const RcsVerificationAnswersInput = sectionInput('verification');
export const RcsGbAnswersInput = sectionInput('gb');
export const RcsFrAnswersInput = sectionInput('fr');
export const RcsUsAnswersInput = sectionInput('us');
