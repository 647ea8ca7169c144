import type { FieldMap } from '@pothos/core';
import {
  type Answer,
  type AnswerTable,
  entriesOf,
  QUESTIONNAIRE,
  SECTION_NAMES,
  type SectionName,
} from '../../../upstream/questionnaire/index.ts';
import { builder } from '../../builder.ts';
import { RcsSender } from '../sender.ts';

// The sender's stored questionnaire answers: `details.questionnaire.<section>.answers`, one object type per
// section built from its answer table (src/upstream/questionnaire/): every answer field of the contract (US v2
// brand-campaign and legacy v1 alike), plus the `<field>Metadata` objects. The questions half of each
// section is served by Project.rcsQuestionnaire (questions.ts).

type Answers = Readonly<Record<string, unknown>>;

const str = (o: Answers, key: string) => {
  const v = o[key];
  if (typeof v === 'string') return v;
  return typeof v === 'number' ? String(v) : null;
};
const strList = (o: Answers, key: string) => {
  const v = o[key];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
};
const bool = (o: Answers, key: string) => {
  const v = o[key];
  return typeof v === 'boolean' ? v : null;
};
const obj = (o: Answers, key: string) => {
  const v = o[key];
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Answers) : null;
};

export const RcsAnswerMetadata = builder.objectRef<Answers>('RcsAnswerMetadata').implement({
  description: 'Metadata of a free-text answer.',
  fields: (t) => ({
    ignore: t.string({
      nullable: true,
      description:
        'Substring (e.g. a custom delimiter) stripped from the answer when it is submitted at launch.',
      resolve: (m) => str(m, 'ignore'),
    }),
  }),
});

/** The answer type of each table, so that a nested group (verification.partner) finds its type. */
const answerTypes = new Map<AnswerTable, ReturnType<typeof builder.objectRef<Answers>>>();

interface AnswerField {
  name: string;
  key: string;
  answer: Answer;
  /** The `<key>Metadata` object of a text answer rather than the answer itself. */
  metadata: boolean;
}

/** The print groups of an answer type, in order; text answers are everything not named here. */
const GROUPS = ['text', 'list', 'boolean', 'metadata', 'group'];
const groupOf = (f: AnswerField) => Math.max(GROUPS.indexOf(f.metadata ? 'metadata' : f.answer.kind), 0);

/**
 * Where an answer type prints its fields: answers shown as text, then lists, then booleans, then the
 * `<key>Metadata` objects, then nested groups; table order within each (an `answerAfter` moves one).
 */
function fieldOrder(table: AnswerTable): AnswerField[] {
  const fields = entriesOf(table).flatMap(([key, answer]): AnswerField[] => [
    { name: key, key, answer, metadata: false },
    ...(answer.kind === 'text' && answer.metadata
      ? [{ name: `${key}Metadata`, key, answer, metadata: true }]
      : []),
  ]);
  fields.sort((a, b) => groupOf(a) - groupOf(b));
  for (const field of fields.filter((f) => f.answer.answerAfter && !f.metadata)) {
    fields.splice(fields.indexOf(field), 1);
    fields.splice(fields.findIndex((f) => f.name === field.answer.answerAfter) + 1, 0, field);
  }
  return fields;
}

function answerType(name: string, description: string, table: AnswerTable) {
  const ref = builder.objectRef<Answers>(name);
  answerTypes.set(table, ref);
  return ref.implement({
    description,
    fields: (t) => {
      const fields: FieldMap = {};
      for (const { name: field, key, answer: a, metadata } of fieldOrder(table)) {
        const common = { nullable: true, deprecationReason: a.deprecated } as const;
        if (metadata) {
          fields[field] = t.field({
            ...common,
            type: RcsAnswerMetadata,
            description: `Metadata of ${key} (${field}): what the upstream strips from it at launch. Null when none is set.`,
            resolve: (o) => obj(o, field),
          });
        } else if (a.kind === 'group') {
          const type = answerTypes.get(a.answers);
          if (!type) throw new Error(`questionnaire: no answer type for ${name}.${key}`);
          fields[key] = t.field({ ...common, type, description: a.about, resolve: (o) => obj(o, key) });
        } else if (a.kind === 'list') {
          fields[key] = t.stringList({
            nullable: false,
            description: a.about,
            resolve: (o) => strList(o, key),
          });
        } else if (a.kind === 'boolean') {
          fields[key] = t.boolean({ ...common, description: a.about, resolve: (o) => bool(o, key) });
        } else {
          fields[key] = t.string({ ...common, description: a.about, resolve: (o) => str(o, key) });
        }
      }
      return fields;
    },
  });
}

// Built before the verification answers, which nest it.
answerType(
  'RcsVerificationPartnerAnswers',
  'Reseller details of the verification section (ASP resellers only).',
  QUESTIONNAIRE.verification.answers.partner.answers,
);

const SECTIONS: Record<SectionName, { type: ReturnType<typeof answerType>; description: string }> = {
  general: {
    type: answerType('RcsGeneralAnswers', 'Answers of the general section.', QUESTIONNAIRE.general.answers),
    description: 'General answers (general.answers), needed for every launch; null when none are stored.',
  },
  verification: {
    type: answerType(
      'RcsVerificationAnswers',
      'Answers of the verification section.',
      QUESTIONNAIRE.verification.answers,
    ),
    description:
      'Verification contact (verification.answers), needed for every launch; null when none is stored.',
  },
  gb: {
    type: answerType(
      'RcsGbAnswers',
      'Answers of the GB section (launching in GB).',
      QUESTIONNAIRE.gb.answers,
    ),
    description: 'GB answers (gb.answers), needed to launch in GB; null when none are stored.',
  },
  fr: {
    type: answerType(
      'RcsFrAnswers',
      'Answers of the FR section (launching in FR).',
      QUESTIONNAIRE.fr.answers,
    ),
    description: 'FR answers (fr.answers), needed to launch in FR; null when none are stored.',
  },
  us: {
    type: answerType(
      'RcsUsAnswers',
      'Answers of the US section (launching in US): the v2 brand-campaign fields, and the legacy v1 fields (ein, fullCompanyAddress, smsCampaign) for senders answered with v1.',
      QUESTIONNAIRE.us.answers,
    ),
    description: 'US answers (us.answers), needed to launch in US; null when none are stored.',
  },
};

type Questionnaire = Readonly<Record<string, { answers?: unknown } | undefined>>;
const answersOf = (q: Questionnaire, section: string) => {
  const answers = q[section]?.answers;
  return typeof answers === 'object' && answers !== null ? (answers as Answers) : null;
};

export const RcsSenderQuestionnaire = builder.objectRef<Questionnaire>('RcsSenderQuestionnaire').implement({
  description:
    "The sender's launch questionnaire answers, by section (details.questionnaire.<section>.answers). Country sections exist for launch countries that need them.",
  fields: (t) => {
    const fields: FieldMap = {};
    for (const section of SECTION_NAMES) {
      const { type, description } = SECTIONS[section];
      fields[section] = t.field({ type, nullable: true, description, resolve: (q) => answersOf(q, section) });
    }
    return fields;
  },
});

builder.objectField(RcsSender, 'questionnaire', (t) =>
  t.field({
    type: RcsSenderQuestionnaire,
    nullable: true,
    description: 'Launch questionnaire answers (details.questionnaire); null when the upstream sent none.',
    resolve: (s) => (s.details?.questionnaire as Questionnaire | undefined) ?? null,
  }),
);
