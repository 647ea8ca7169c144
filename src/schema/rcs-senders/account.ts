import { GraphQLError } from 'graphql';
import { callOptions } from '../../context.ts';
import { accountActivityPages, memo } from '../../loaders/pages.ts';
import type { QuestionnaireQuery, RcsQuestionnaireQuestions, RcsUseCaseValue } from '../../upstream/types.ts';
import { builder } from '../builder.ts';
import { upstreamCost } from '../cost.ts';
import { AFTER_ARG, checkFirst, DEFAULT_FIRST, FIRST_ARG, paginate } from '../lib/pagination.ts';
import { Project } from '../project.ts';
import { RcsActivityConnection } from './activities.ts';
import {
  RcsLaunchCountry,
  RcsUsBrandCampaignVersion,
  RcsUseCase,
  RcsUsQuestionnaireVersion,
} from './enums/types.ts';

// Project-level fields that are not about one sender: the account activity log and the questionnaire.

export interface QuestionRecord {
  key: string;
  question: string;
  suggestedAnswers: readonly string[];
}

export const RcsQuestion = builder.objectRef<QuestionRecord>('RcsQuestion').implement({
  description: 'One launch question. Operators define them, so they may change.',
  fields: (t) => ({
    key: t.exposeString('key', {
      nullable: false,
      description:
        'The answer field this question fills, e.g. "optInDescription"; nested answers are dotted ("partner.companyName").',
    }),
    question: t.exposeString('question', { nullable: false, description: 'May be empty for URI lists.' }),
    suggestedAnswers: t.exposeStringList('suggestedAnswers', {
      nullable: false,
      description: 'Example or allowed answers offered by the upstream; may be empty.',
    }),
  }),
});

type Section = { questions?: Record<string, unknown> } | undefined;

/** Flattens a section's questions map (answer key → question; verification.partner nests one level). */
function questionsOf(section: Section, prefix = ''): QuestionRecord[] {
  const out: QuestionRecord[] = [];
  for (const [key, value] of Object.entries(section?.questions ?? {})) {
    if (typeof value !== 'object' || value === null) continue;
    const q = value as { question?: unknown; suggestedAnswers?: unknown };
    if (typeof q.question === 'string') {
      const answers = Array.isArray(q.suggestedAnswers)
        ? q.suggestedAnswers.filter((a) => typeof a === 'string')
        : [];
      out.push({ key: `${prefix}${key}`, question: q.question, suggestedAnswers: answers });
    } else {
      out.push(...questionsOf({ questions: value as Record<string, unknown> }, `${prefix}${key}.`));
    }
  }
  return out;
}

export const RcsQuestionnaire = builder.objectRef<RcsQuestionnaireQuestions>('RcsQuestionnaire').implement({
  description: 'The launch questions for a use case; country sections appear for the requested countries.',
  fields: (t) => ({
    general: t.field({
      type: [RcsQuestion],
      nullable: false,
      description: 'Questions every launch needs answered (opt-in, triggers, interactions, opt-out, media).',
      resolve: (q) => questionsOf(q.general),
    }),
    verification: t.field({
      type: [RcsQuestion],
      nullable: false,
      description: 'Questions about the person who verifies the brand (and a reseller partner).',
      resolve: (q) => questionsOf(q.verification),
    }),
    gb: t.field({
      type: [RcsQuestion],
      nullable: true,
      description: 'Questions for a launch in GB; null unless GB was among the requested countries.',
      resolve: (q) => (q.gb ? questionsOf(q.gb) : null),
    }),
    fr: t.field({
      type: [RcsQuestion],
      nullable: true,
      description: 'Questions for a launch in FR; null unless FR was among the requested countries.',
      resolve: (q) => (q.fr ? questionsOf(q.fr) : null),
    }),
    us: t.field({
      type: [RcsQuestion],
      nullable: true,
      description:
        'Questions for a launch in US (which ones depends on the US versions asked for); null unless US was among the requested countries.',
      resolve: (q) => (q.us ? questionsOf(q.us) : null),
    }),
  }),
});

builder.objectFields(Project, (t) => ({
  rcsActivities: t.field({
    type: RcsActivityConnection,
    nullable: true,
    description:
      "The project's account-level RCS activity log, newest first. One upstream call (GET .../rcs/activities) per page read.",
    args: {
      first: t.arg.int({ defaultValue: DEFAULT_FIRST, description: FIRST_ARG }),
      after: t.arg.string({ description: AFTER_ARG }),
    },
    extensions: upstreamCost({ calls: 'pages', size: 'first' }),
    resolve: (project, args, ctx) =>
      paginate(
        async (token, pageSize) => {
          const page = await accountActivityPages(ctx).load({
            projectId: project.id,
            pageToken: token,
            pageSize,
          });
          return { ...page, items: page.notifications };
        },
        { first: checkFirst(args.first), after: args.after },
      ),
  }),
  rcsQuestionnaire: t.field({
    type: RcsQuestionnaire,
    nullable: true,
    description:
      'The launch questions for a use case. One upstream call (GET .../rcs/questionnaire/{useCase}) per distinct set of arguments in a request.',
    args: {
      useCase: t.arg({
        type: RcsUseCase.ref,
        required: true,
        description: 'The use case whose questions to read; UNRECOGNIZED is refused.',
      }),
      countries: t.arg({
        type: [RcsLaunchCountry],
        description: 'Launch countries whose own sections (gb, fr, us) to include.',
      }),
      usQuestionnaireVersion: t.arg({
        type: RcsUsQuestionnaireVersion,
        description:
          "Generation of the US questions (usQuestionnaireVersion); the upstream's default when absent.",
      }),
      usBrandCampaignVersion: t.arg({
        type: RcsUsBrandCampaignVersion,
        description:
          'US v2 variant (usQuestionnaireBrandCampaignVersion): which of addressState and the stock fields are asked.',
      }),
    },
    extensions: upstreamCost({ calls: 1 }),
    resolve: (project, args, ctx) => {
      if (args.useCase === 'UNRECOGNIZED') {
        throw new GraphQLError('`useCase` must be a known use case, not UNRECOGNIZED.', {
          extensions: { code: 'BAD_USER_INPUT', argument: 'useCase' },
        });
      }
      const query: QuestionnaireQuery = {};
      if (args.countries?.length) query.countries = [...args.countries];
      if (args.usQuestionnaireVersion) query.usQuestionnaireVersion = args.usQuestionnaireVersion;
      if (args.usBrandCampaignVersion)
        query.usQuestionnaireBrandCampaignVersion = args.usBrandCampaignVersion;
      const useCase = args.useCase as RcsUseCaseValue;
      return memo(ctx, ['questionnaire', project.id, useCase, query], () =>
        ctx.deps.client.rcsQuestionnaire.get(project.id, useCase, query, callOptions(ctx)),
      );
    },
  }),
}));
