import { builder } from '../../builder.ts';
import { RcsSender } from '../sender.ts';
import { ANSWER_DESCRIPTIONS } from './descriptions.ts';

// The sender's stored questionnaire answers: `details.questionnaire.<section>.answers`. The answer types
// carry every answer field of the upstream contract (US v2 brand-campaign and legacy v1 alike), plus the
// `<field>Metadata` objects. The questions half of each section is served by Project.rcsQuestionnaire.

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
const bool = (o: Answers, key: string) => (typeof o[key] === 'boolean' ? (o[key] as boolean) : null);
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

interface AnswerTypeSpec {
  strings: readonly string[];
  lists?: readonly string[];
  booleans?: readonly string[];
  metadata?: readonly string[];
  deprecated?: Readonly<Record<string, string>>;
}

function answerType(name: string, description: string, spec: AnswerTypeSpec) {
  return builder.objectRef<Answers>(name).implement({
    description,
    fields: (t) => {
      const fields: Record<string, ReturnType<typeof t.string>> = {};
      for (const key of spec.strings) {
        fields[key] = t.string({
          nullable: true,
          description: ANSWER_DESCRIPTIONS[key],
          deprecationReason: spec.deprecated?.[key],
          resolve: (o) => str(o, key),
        });
      }
      for (const key of spec.lists ?? []) {
        fields[key] = t.stringList({
          nullable: false,
          description: ANSWER_DESCRIPTIONS[key],
          resolve: (o) => strList(o, key),
        }) as unknown as ReturnType<typeof t.string>;
      }
      for (const key of spec.booleans ?? []) {
        fields[key] = t.boolean({
          nullable: true,
          description: ANSWER_DESCRIPTIONS[key],
          resolve: (o) => bool(o, key),
        }) as unknown as ReturnType<typeof t.string>;
      }
      for (const key of spec.metadata ?? []) {
        fields[`${key}Metadata`] = t.field({
          type: RcsAnswerMetadata,
          nullable: true,
          description: `Metadata of ${key} (${key}Metadata): what the upstream strips from it at launch. Null when none is set.`,
          deprecationReason: spec.deprecated?.[key],
          resolve: (o) => obj(o, `${key}Metadata`),
        }) as unknown as ReturnType<typeof t.string>;
      }
      return fields;
    },
  });
}

const GENERAL_TEXT = [
  'optInDescription',
  'triggerDescription',
  'interactionsDescription',
  'optOutDescription',
];

export const RcsGeneralAnswers = answerType('RcsGeneralAnswers', 'Answers of the general section.', {
  strings: GENERAL_TEXT,
  lists: ['videoUris', 'screenshotUris'],
  metadata: GENERAL_TEXT,
});

export const RcsVerificationPartnerAnswers = answerType(
  'RcsVerificationPartnerAnswers',
  'Reseller details of the verification section (ASP resellers only).',
  { strings: ['companyName', 'contactName', 'contactEmailAddress'] },
);

export const RcsVerificationAnswers = answerType(
  'RcsVerificationAnswers',
  'Answers of the verification section.',
  {
    strings: ['name', 'email', 'title', 'website', 'phone'],
  },
);
builder.objectField(RcsVerificationAnswers, 'partner', (t) =>
  t.field({
    type: RcsVerificationPartnerAnswers,
    nullable: true,
    description: 'The brand partner, when an ASP reseller acts for the brand (partner); null otherwise.',
    resolve: (o) => obj(o, 'partner'),
  }),
);

export const RcsGbAnswers = answerType('RcsGbAnswers', 'Answers of the GB section (launching in GB).', {
  strings: [
    'brandIndustry',
    'companyLegalName',
    'companyRegistrationNumber',
    'fullCompanyAddress',
    'messagesVolume',
    'messagesFrequency',
    'campaignLength',
  ],
  metadata: ['fullCompanyAddress'],
  deprecated: { campaignLength: 'Deprecated upstream; no longer asked.' },
});

export const RcsFrAnswers = answerType('RcsFrAnswers', 'Answers of the FR section (launching in FR).', {
  strings: ['fullCompanyAddress', 'siren'],
  metadata: ['fullCompanyAddress'],
});

export const RcsUsAnswers = answerType(
  'RcsUsAnswers',
  'Answers of the US section (launching in US): the v2 brand-campaign fields, and the legacy v1 fields (ein, fullCompanyAddress, smsCampaign) for senders answered with v1.',
  {
    strings: [
      'ownershipType',
      'companyLegalName',
      'companyPhoneNumber',
      'companyEmailAddress',
      'brandName',
      'brandIndustry',
      'legalForm',
      'taxIdCountry',
      'taxId',
      'addressLine',
      'addressCity',
      'addressCountry',
      'addressState',
      'addressPostalCode',
      'websiteUrl',
      'contactFirstName',
      'contactSurname',
      'stockExchange',
      'stockSymbol',
      'messagesVolume',
      'optInConfirmationMessage',
      'helpMessage',
      'callToActionMessage',
      'ein',
      'fullCompanyAddress',
      'smsCampaign',
    ],
    lists: ['sampleMessages'],
    booleans: ['embeddedLink', 'embeddedPhone', 'ageGatedContent', 'directLending'],
    metadata: ['fullCompanyAddress'],
    deprecated: {
      ein: 'US v1 (legacy) answer.',
      smsCampaign: 'US v1 (legacy) answer.',
      fullCompanyAddress: 'US v1 (legacy) answer.',
    },
  },
);

type Questionnaire = Readonly<Record<string, { answers?: unknown } | undefined>>;
const answersOf = (q: Questionnaire, section: string) => {
  const answers = q[section]?.answers;
  return typeof answers === 'object' && answers !== null ? (answers as Answers) : null;
};

export const RcsSenderQuestionnaire = builder.objectRef<Questionnaire>('RcsSenderQuestionnaire').implement({
  description:
    "The sender's launch questionnaire answers, by section (details.questionnaire.<section>.answers). Country sections exist for launch countries that need them.",
  fields: (t) => ({
    general: t.field({
      type: RcsGeneralAnswers,
      nullable: true,
      description: 'General answers (general.answers), needed for every launch; null when none are stored.',
      resolve: (q) => answersOf(q, 'general'),
    }),
    verification: t.field({
      type: RcsVerificationAnswers,
      nullable: true,
      description:
        'Verification contact (verification.answers), needed for every launch; null when none is stored.',
      resolve: (q) => answersOf(q, 'verification'),
    }),
    gb: t.field({
      type: RcsGbAnswers,
      nullable: true,
      description: 'GB answers (gb.answers), needed to launch in GB; null when none are stored.',
      resolve: (q) => answersOf(q, 'gb'),
    }),
    fr: t.field({
      type: RcsFrAnswers,
      nullable: true,
      description: 'FR answers (fr.answers), needed to launch in FR; null when none are stored.',
      resolve: (q) => answersOf(q, 'fr'),
    }),
    us: t.field({
      type: RcsUsAnswers,
      nullable: true,
      description: 'US answers (us.answers), needed to launch in US; null when none are stored.',
      resolve: (q) => answersOf(q, 'us'),
    }),
  }),
});

builder.objectField(RcsSender, 'questionnaire', (t) =>
  t.field({
    type: RcsSenderQuestionnaire,
    nullable: true,
    description: 'Launch questionnaire answers (details.questionnaire); null when the upstream sent none.',
    resolve: (s) => (s.details?.questionnaire as Questionnaire | undefined) ?? null,
  }),
);
