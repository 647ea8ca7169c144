// client.rcsQuestionnaire: GET /v1/projects/{projectId}/rcs/questionnaire/{useCase} (tag "RCS Questionnaire").
import type { Transport } from './http.ts';
import type { RcsQuestionnaireApi } from './types.ts';

export function createRcsQuestionnaireApi(t: Transport): RcsQuestionnaireApi {
  return {
    get: (projectId, useCase, query, opts) =>
      t.send(
        {
          operationId: 'RcsQuestionnaireController_getQuestions_v1',
          method: 'GET',
          path: '/v1/projects/{projectId}/rcs/questionnaire/{useCase}',
          params: { projectId, useCase },
          // `countries` is an array: sent as a repeated parameter (form/explode in the contract).
          query,
          idempotent: true,
          response: 'json',
        },
        opts,
      ),
  };
}
