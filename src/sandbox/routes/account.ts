// Project-level routes: the launch questionnaire, account activities and account comments.
import { apiError } from '../errors.ts';
import { type ApiContext, type ApiRoute, json, jsonBody } from '../http.ts';
import type { JsonObject } from '../model.ts';
import { questionsFor, usLegacyQuestions, usQuestions } from '../questions.ts';
import { validateComment } from '../validation/bodies.ts';
import { enumValues } from '../validation/contract.ts';
import { activitiesPage, addComment, listParam } from './shared.ts';

const questionnaire: ApiRoute = {
  kind: 'api',
  method: 'GET',
  template: '/v1/projects/{projectId}/rcs/questionnaire/{useCase}',
  operationId: 'RcsQuestionnaireController_getQuestions_v1',
  handler(ctx) {
    const useCases = enumValues('RcsUseCase');
    if (!useCases.includes(ctx.params.useCase ?? '')) {
      throw apiError(400, 'questionnaire_invalid_use_case', { validUseCases: useCases.join(', ') });
    }
    const supported = enumValues('RcsLaunchCountryCode');
    const countries = listParam(ctx.query, 'countries');
    if (countries.some((c) => !supported.includes(c))) {
      throw apiError(400, 'questionnaire_invalid_country', { supportedValues: supported.join(', ') });
    }
    const body: JsonObject = {
      general: { questions: questionsFor('general') },
      verification: { questions: questionsFor('verification') },
    };
    if (countries.includes('GB')) body.gb = { questions: questionsFor('gb') };
    if (countries.includes('FR')) body.fr = { questions: questionsFor('fr') };
    if (countries.includes('US')) {
      const legacy = ctx.query.get('usQuestionnaireVersion') === 'v1';
      const variant = ctx.query.get('usQuestionnaireBrandCampaignVersion') ?? undefined;
      body.us = { questions: legacy ? usLegacyQuestions() : usQuestions(variant) };
    }
    return json(200, body);
  },
};

function account(ctx: ApiContext) {
  if (!ctx.project.rcsEnabled) throw apiError(404, 'account_not_found');
  return ctx.project;
}

const activities: ApiRoute = {
  kind: 'api',
  method: 'GET',
  template: '/v1/projects/{projectId}/rcs/activities',
  operationId: 'RcsAccountsController_listActivities_v1',
  handler(ctx) {
    const project = account(ctx);
    return activitiesPage(ctx, project.accountActivities, { account: project.id });
  },
};

const comment: ApiRoute = {
  kind: 'api',
  method: 'POST',
  template: '/v1/projects/{projectId}/rcs/comments',
  operationId: 'RcsAccountsController_createComment_v1',
  handler(ctx) {
    const text = validateComment(jsonBody(ctx));
    return addComment(ctx, account(ctx).accountActivities, text);
  },
};

export const accountRoutes: ApiRoute[] = [questionnaire, activities, comment];
