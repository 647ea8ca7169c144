// Acceptance 4: invalid requests across every operation, each answered with the documented status
// and errorCode (with Sinch's published message/resolution), each leaving the store unchanged.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READY, writeCases } from '../support/bad-input-cases.ts';
import { readCases } from '../support/bad-input-cases-read.ts';
import { startValidatedSandbox, type ValidatedSandbox } from '../support/sandbox.ts';
import { call } from '../support/sandbox-rest.ts';

const cases = [...writeCases, ...readCases];

const ERRORS = new URL('../../contract/upstream/examples/errors/', import.meta.url);
const published = (code: string) => {
  for (const op of [
    'createSender',
    'updateSender',
    'listSenders',
    'getTestNumberCapabilities',
    'getQuestions',
    'launchSender',
    'listAccountActivities',
    'addTestNumbers',
    'deleteTestNumber',
  ]) {
    for (const status of [400, 401, 403, 404, 409, 412]) {
      try {
        return JSON.parse(readFileSync(new URL(`${op}.${status}.${code}.json`, ERRORS), 'utf8'));
      } catch {}
    }
  }
  throw new Error(`no published example for ${code}`);
};

let sb: ValidatedSandbox;
let before: unknown;
beforeAll(async () => {
  sb = await startValidatedSandbox();
  before = await sb.snapshot();
});
afterAll(async () => {
  expect(sb.problems()).toEqual([]);
  await sb.close();
});

describe('bad input', () => {
  it('has at least 30 cases', () => expect(cases.length).toBeGreaterThanOrEqual(30));
  it.each(cases)('$name → $status $code', async (c) => {
    const r = await call(sb.url, c.path, c.init);
    expect([r.status, r.body?.errorCode]).toEqual([c.status, c.code]);
    const example = published(c.code);
    expect([r.body.message, r.body.resolution]).toEqual([example.message, example.resolution]);
    if (c.validationErrors)
      expect(r.body.additionalInformation).toEqual({ validationErrors: c.validationErrors });
    if (c.code === 'invalid_filter_states' || c.code.startsWith('questionnaire_')) {
      expect(r.body.additionalInformation).toEqual(example.additionalInformation);
    }
    expect(await sb.snapshot()).toEqual(before);
  });
  it('a valid request does change the snapshot (the unchanged check can fail)', async () => {
    const ok = await call(sb.url, `~/senders/${READY}/comments`, {
      method: 'POST',
      body: { comment: 'valid' },
    });
    expect(ok.status).toBe(201);
    expect(await sb.snapshot()).not.toEqual(before);
  });
});
