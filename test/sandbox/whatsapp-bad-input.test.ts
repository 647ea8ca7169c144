// Issue #13 acceptance 4: invalid WhatsApp requests across every operation, each answered with the
// documented status and errorCode (with Sinch's published message/resolution), each leaving the store
// unchanged; every answer validates against the WhatsApp documents.
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startValidatedSandbox, type ValidatedSandbox } from '../support/sandbox.ts';
import { call } from '../support/sandbox-rest.ts';
import { waSender } from '../support/whatsapp.ts';
import { whatsappSenderCases } from '../support/whatsapp-bad-input-cases.ts';
import { whatsappAccountCases, whatsappListCases } from '../support/whatsapp-bad-input-cases-more.ts';

const cases = [...whatsappSenderCases, ...whatsappListCases, ...whatsappAccountCases];

const ERRORS = new URL('../../contract/upstream/examples/whatsapp/errors/', import.meta.url);
const examples = readdirSync(ERRORS).map((f) => JSON.parse(readFileSync(new URL(f, ERRORS), 'utf8')));
const published = (code: string) => {
  const found = examples.find((e) => e.errorCode === code);
  if (!found) throw new Error(`no published WhatsApp example for ${code}`);
  return found;
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

describe('WhatsApp bad input', () => {
  it('has at least 30 cases, names unique', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });
  it.each(cases)('$name → $status $code', async (c) => {
    const r = await call(sb.url, c.path, c.init);
    expect([r.status, r.body?.errorCode]).toEqual([c.status, c.code]);
    const example = published(c.code);
    expect([r.body.message, r.body.resolution]).toEqual([example.message, example.resolution]);
    if (c.validationErrors)
      expect(r.body.additionalInformation).toEqual({ validationErrors: c.validationErrors });
    if (c.code.startsWith('invalid_filter_'))
      expect(r.body.additionalInformation).toEqual(example.additionalInformation);
    expect(await sb.snapshot()).toEqual(before);
  });
  it('a valid request does change the snapshot (the unchanged check can fail)', async () => {
    const ok = await call(sb.url, `${waSender('active')}/comments`, {
      method: 'POST',
      body: { comment: 'valid' },
    });
    expect(ok.status).toBe(201);
    expect(await sb.snapshot()).not.toEqual(before);
  });
});
