// Shared helpers for the upstream client tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SinchClient } from '../../src/upstream/index.ts';
import type { CallOptions } from '../../src/upstream/types.ts';

export const EXAMPLES_DIR = join(import.meta.dirname, '../../contract/upstream/examples');

export function readExample<T = unknown>(file: string): T {
  return JSON.parse(readFileSync(join(EXAMPLES_DIR, file), 'utf8')) as T;
}

/** A logger that records every line, so tests can assert what was (not) logged. */
export function captureLogger() {
  const lines: { level: string; obj: Record<string, unknown>; msg: string }[] = [];
  const at = (level: string) => (obj: Record<string, unknown>, msg: string) => {
    lines.push({ level, obj, msg });
  };
  return { lines, logger: { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') } };
}

export const PROJECT = '11111111-2222-3333-4444-555555555555';
export const SENDER = '0c8f2a36-3f4e-4c1b-9d3a-6b8e1f2a7c55';

/** One representative call per operation (by the short name used in the example file names). */
export const OPERATIONS: Record<
  string,
  { operationId: string; route: string; call: (c: SinchClient, opts?: CallOptions) => Promise<unknown> }
> = {
  listSenders: {
    operationId: 'RcsSendersController_listSenders_v1',
    route: 'GET /v1/projects/{projectId}/rcs/senders',
    call: (c, o) => c.rcsSenders.list(PROJECT, undefined, o),
  },
  createSender: {
    operationId: 'RcsSendersController_createSender_v1',
    route: 'POST /v1/projects/{projectId}/rcs/senders',
    call: (c, o) =>
      c.rcsSenders.create(PROJECT, { region: 'EU', billingCategory: 'CONVERSATIONAL', useCase: 'OTP' }, o),
  },
  getSender: {
    operationId: 'RcsSendersController_getSender_v1',
    route: 'GET /v1/projects/{projectId}/rcs/senders/{senderId}',
    call: (c, o) => c.rcsSenders.get(PROJECT, SENDER, o),
  },
  updateSender: {
    operationId: 'RcsSendersController_updateSender_v1',
    route: 'PATCH /v1/projects/{projectId}/rcs/senders/{senderId}',
    call: (c, o) => c.rcsSenders.update(PROJECT, SENDER, { details: { countries: ['DE'] } }, undefined, o),
  },
  listActivities: {
    operationId: 'RcsSendersController_listActivities_v1',
    route: 'GET /v1/projects/{projectId}/rcs/senders/{senderId}/activities',
    call: (c, o) => c.rcsSenders.listActivities(PROJECT, SENDER, undefined, o),
  },
  createSenderComment: {
    operationId: 'RcsSendersController_createSenderComment_v1',
    route: 'POST /v1/projects/{projectId}/rcs/senders/{senderId}/comments',
    call: (c, o) => c.rcsSenders.createComment(PROJECT, SENDER, { comment: 'c' }, o),
  },
  launchSender: {
    operationId: 'RcsSendersController_launchSender_v1',
    route: 'POST /v1/projects/{projectId}/rcs/senders/{senderId}/launch',
    call: (c, o) => c.rcsSenders.launch(PROJECT, SENDER, o),
  },
  addTestNumbers: {
    operationId: 'RcsSendersController_addTestNumbers_v1',
    route: 'POST /v1/projects/{projectId}/rcs/senders/{senderId}/testNumbers',
    call: (c, o) => c.rcsSenders.addTestNumbers(PROJECT, SENDER, { testNumbers: ['+12223334444'] }, o),
  },
  getTestNumberState: {
    operationId: 'RcsSendersController_getTestNumberState_v1',
    route: 'GET /v1/projects/{projectId}/rcs/senders/{senderId}/testNumbers/{testNumber}',
    call: (c, o) => c.rcsSenders.getTestNumberState(PROJECT, SENDER, '+12223334444', o),
  },
  deleteTestNumber: {
    operationId: 'RcsSendersController_deleteTestNumber_v1',
    route: 'DELETE /v1/projects/{projectId}/rcs/senders/{senderId}/testNumbers/{testNumber}',
    call: (c, o) => c.rcsSenders.deleteTestNumber(PROJECT, SENDER, '+12223334444', o),
  },
  getTestNumberCapabilities: {
    operationId: 'RcsSendersController_getTestNumberCapabilities_v1',
    route: 'GET /v1/projects/{projectId}/rcs/senders/{senderId}/testNumbers/{testNumber}/capabilities',
    call: (c, o) => c.rcsSenders.getTestNumberCapabilities(PROJECT, SENDER, '+12223334444', o),
  },
  retryTestNumber: {
    operationId: 'RcsSendersController_retryTestNumber_v1',
    route: 'GET /v1/projects/{projectId}/rcs/senders/{senderId}/testNumbers/{testNumber}/retry',
    call: (c, o) => c.rcsSenders.retryTestNumber(PROJECT, SENDER, '+12223334444', o),
  },
  getQuestions: {
    operationId: 'RcsQuestionnaireController_getQuestions_v1',
    route: 'GET /v1/projects/{projectId}/rcs/questionnaire/{useCase}',
    call: (c, o) => c.rcsQuestionnaire.get(PROJECT, 'OTP', undefined, o),
  },
  listAccountActivities: {
    operationId: 'RcsAccountsController_listActivities_v1',
    route: 'GET /v1/projects/{projectId}/rcs/activities',
    call: (c, o) => c.rcsAccounts.listActivities(PROJECT, undefined, o),
  },
  createAccountComment: {
    operationId: 'RcsAccountsController_createComment_v1',
    route: 'POST /v1/projects/{projectId}/rcs/comments',
    call: (c, o) => c.rcsAccounts.createComment(PROJECT, { comment: 'c' }, o),
  },
};
