// The shape of the questionnaire answer tables (src/upstream/questionnaire/): per section, each answer key
// of the contract with its kind, its limits, its descriptions, its deprecation and when a launch needs it.

/** A variant condition: another answer of the same section has a given value (US v2 brand campaigns). */
export interface Condition {
  key: string;
  is: string;
  /** Who the condition describes, for the refusal "Only for <label> (<key> <is>)." */
  label: string;
  /** The brand-campaign versions (usQuestionnaireBrandCampaignVersion) that meet it. */
  variants: readonly string[];
}

interface AnswerFacts {
  /** The answer type's field description (RcsGbAnswers.brandIndustry). */
  about: string;
  /** The input field's description; absent for an answer the graph reads but does not write (US v1). */
  input?: string;
  deprecated?: string;
  /** Required for launch: always, or (an object) only when a country is among the launch countries. */
  launch?: true | { country: string };
  /** Asked (and, with `launch`, required for launch) only under this condition; refused under another value. */
  only?: Condition;
  /** A further limit while a condition holds (a PUBLIC company's legal form, a US tax id's format). */
  rule?: Pick<Condition, 'key' | 'is'> & { values?: readonly string[]; pattern?: RegExp; message: string };
  /** The DTO requires it whenever its section is sent on create. */
  requiredOnCreate?: true;
  /** Where the answer type prints it, when not in table order: after this key of its group. */
  answerAfter?: string;
}

/** `metadata`: the upstream also keeps a `<key>Metadata` object ({ ignore }) for the answer. */
export type Answer = AnswerFacts &
  (
    | { kind: 'text'; min: number; max?: number; metadata?: true }
    | { kind: 'pattern'; pattern: RegExp; message: string }
    | { kind: 'email' | 'url'; max: number }
    | { kind: 'enum'; values: readonly string[] }
    /** An ISO-3166 alpha-2 code of the contract's RcsInputCountryCode. */
    | { kind: 'country' }
    | { kind: 'list'; minItems: number; maxItems: number; item: 'url' | { min: number; max: number } }
    | { kind: 'boolean' }
    /** A number on input; the stored answer is shown as text. */
    | { kind: 'number' }
    /** A nested object of answers (verification.partner). */
    | { kind: 'group'; answers: AnswerTable }
  );

export type AnswerTable = Readonly<Record<string, Answer>>;
