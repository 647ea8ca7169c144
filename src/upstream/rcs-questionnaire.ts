// client.rcsQuestionnaire: GET /v1/projects/{projectId}/rcs/questionnaire/{useCase} (tag "RCS Questionnaire").
import type { Transport } from './http.ts';
import { operationCaller } from './operation.ts';
import type { RcsQuestionnaireApi } from './types.ts';

const QUESTIONNAIRE = '/v1/projects/{projectId}/rcs/questionnaire/{useCase}';

export function createRcsQuestionnaireApi(t: Transport): RcsQuestionnaireApi {
  const call = operationCaller(t, (name) => `RcsQuestionnaireController_${name}_v1`);

  return {
    get: (projectId, useCase, query, opts) =>
      call('getQuestions', 'GET', QUESTIONNAIRE, { projectId, useCase }, opts, {
        // `countries` is an array: sent as a repeated parameter (form/explode in the contract).
        query,
        idempotent: true,
      }),
  };
}
