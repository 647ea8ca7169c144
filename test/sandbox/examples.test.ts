// Acceptance 0 and 1: every published request example is accepted with its documented status, every
// published response example validates against its schema, and the validator catches a renamed field.
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContractValidator } from '../support/openapi-validator.ts';
import { startValidatedSandbox, type ValidatedSandbox } from '../support/sandbox.ts';
import { call, minimal } from '../support/sandbox-rest.ts';

const DIR = new URL('../../contract/upstream/examples/', import.meta.url);
const load = (file: string) => JSON.parse(readFileSync(new URL(file, DIR), 'utf8'));
const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));

let sb: ValidatedSandbox;
beforeAll(async () => {
  sb = await startValidatedSandbox();
});
afterAll(async () => {
  expect(sb.problems()).toEqual([]);
  await sb.close();
});

async function newSender(): Promise<string> {
  const r = await call(sb.url, '~/senders', { method: 'POST', body: minimal });
  expect(r.status).toBe(201);
  return r.body.id;
}

describe('published request examples', () => {
  const creates = files.filter((f) => f.startsWith('createSender.request.'));
  it('has the six create variants', () => expect(creates).toHaveLength(6));
  it.each(creates)('%s → 201 with the sent details stored', async (file) => {
    const body = load(file);
    const r = await call(sb.url, '~/senders', { method: 'POST', body });
    expect(r.status).toBe(201);
    expect(r.body.region).toBe(body.region);
    expect(r.body.useCase).toBe(body.useCase);
    if (body.details?.questionnaire?.us) {
      expect(r.body.details.questionnaire.us.answers).toEqual(body.details.questionnaire.us.answers);
    }
  });

  it('updateSender.request.newInput.json → 200, testNumbers invited', async () => {
    const id = await newSender();
    const r = await call(sb.url, `~/senders/${id}`, {
      method: 'PATCH',
      body: load('updateSender.request.newInput.json'),
    });
    expect(r.status).toBe(200);
    expect(r.body.state).toBe('IN_PROGRESS');
    expect(r.body.details.countries).toEqual(['GB', 'FR']);
    expect(r.body.testNumberStates).toEqual([
      { number: '+48777777777', state: 'UNVERIFIED', submitted: r.body.modified },
    ]);
    expect(r.body.countryStatus.map((c: { country: string }) => c.country)).toEqual(['GB', 'FR']);
  });

  it('createSenderComment.request.json → 201 {type: CREATED}', async () => {
    const id = await newSender();
    const body = load('createSenderComment.request.json');
    const r = await call(sb.url, `~/senders/${id}/comments`, { method: 'POST', body });
    expect(r.status).toBe(201);
    expect(r.body.type).toBe('CREATED');
    expect(r.body.comment).toBe('Example comment.');
  });

  it('addTestNumbers.request.json → 200 with all test numbers', async () => {
    const id = await newSender();
    const r = await call(sb.url, `~/senders/${id}/testNumbers`, {
      method: 'POST',
      body: load('addTestNumbers.request.json'),
    });
    expect(r.status).toBe(200);
    expect(r.body.testNumbers.map((t: { number: string; state: string }) => [t.number, t.state])).toEqual([
      ['+48777777777', 'UNVERIFIED'],
    ]);
  });

  it('createAccountComment.request.json → 201', async () => {
    const r = await call(sb.url, '~/comments', {
      method: 'POST',
      body: load('createAccountComment.request.json'),
    });
    expect(r.status).toBe(201);
    expect(r.body).toEqual({ type: 'CREATED', comment: 'Example comment.', created: r.body.created });
  });
});

describe('published response examples validate against the contract', () => {
  const validator = createContractValidator();
  const schemaOf: Record<string, string> = {
    listSenders: 'RcsSenderListDto',
    createSender: 'RcsSenderDto',
    getSender: 'RcsSenderDto',
    updateSender: 'RcsSenderDto',
    launchSender: 'RcsSenderDto',
    listActivities: 'RcsSenderNotificationListDto',
    listAccountActivities: 'RcsAccountNotificationListDto',
    createSenderComment: 'RcsCommentDto',
    createAccountComment: 'RcsCommentDto',
    addTestNumbers: 'RcsTestNumbersDto',
    getTestNumberState: 'RcsTestNumberStateDto',
    retryTestNumber: 'RcsTestNumberStateDto',
    getTestNumberCapabilities: 'RcsTestNumberCapabilitiesDto',
    getQuestions: 'RcsQuestionnaireQuestionsDto',
  };
  const responses = files.filter((f) => f.includes('.response.'));
  it.each(responses)('%s', (file) => {
    const schema = schemaOf[file.split('.')[0] as string];
    expect(schema).toBeDefined();
    expect(validator.validateSchema(schema as string, load(file))).toEqual([]);
  });
  const errors = readdirSync(new URL('errors/', DIR)).filter((f) => f.endsWith('.json'));
  it.each(errors)('errors/%s', (file) => {
    expect(validator.validateSchema('RcsPapiErrorDto', load(`errors/${file}`))).toEqual([]);
  });

  it('catches a renamed field (stat instead of state)', () => {
    const good = load('getSender.response.200.newInTest.json');
    const { state, ...rest } = good;
    const bad = { ...rest, stat: state };
    const x = { method: 'GET', route: '/v1/projects/{projectId}/rcs/senders/{senderId}', status: 200 };
    const headers = { 'content-type': 'application/json; charset=utf-8' };
    const operationId = 'RcsSendersController_getSender_v1';
    expect(validator.validate({ ...x, operationId, body: good, headers })).toEqual([]);
    const problems = validator.validate({ ...x, operationId, body: bad, headers });
    expect(problems).toEqual([
      'GET /v1/projects/{projectId}/rcs/senders/{senderId} → 200: / must NOT have additional properties',
    ]);
  });

  it('catches a wrong enum value, an undocumented status and a 204 with a body', () => {
    const headers = { 'content-type': 'application/json' };
    const base = { method: 'GET', route: '/x', operationId: 'RcsSendersController_getTestNumberState_v1' };
    const wrongEnum = { number: '+1', state: 'ACCEPTED', submitted: 'x' };
    expect(validator.validate({ ...base, status: 200, body: wrongEnum, headers })).toHaveLength(1);
    expect(validator.validate({ ...base, status: 409, body: {}, headers })).toEqual([
      'GET /x → 409: status not documented for RcsSendersController_getTestNumberState_v1',
    ]);
    const del = { ...base, operationId: 'RcsSendersController_deleteTestNumber_v1' };
    expect(validator.validate({ ...del, status: 204, body: {}, headers })).toEqual([
      'GET /x → 204: 204 must have no body',
    ]);
  });
});
