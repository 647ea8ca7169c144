// Every published WhatsApp error example, answered by a real local HTTP server to the operation it is
// documented for, arrives as the Upstream*Error class of its status with the DTO's errorCode, message,
// resolution and additionalInformation (values string[] as typed, or a plain string as some examples carry),
// and with the operation's route, method, operationId and project.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createSinchClient,
  type SinchClient,
  UpstreamAuthError,
  UpstreamBadRequestError,
  UpstreamConflictError,
  UpstreamError,
  UpstreamNotFoundError,
  UpstreamRateLimitError,
  UpstreamServerError,
  type WhatsappPapiError,
} from '../../src/upstream/index.ts';
import { type HttpRecorder, startHttpRecorder } from '../support/http-recorder.ts';
import { EXAMPLES_DIR, readExample } from '../support/upstream-fixtures.ts';
import { PROJECT, WHATSAPP_OPERATIONS } from '../support/whatsapp-operations.ts';

const CLASS_BY_STATUS: Record<number, typeof UpstreamError> = {
  400: UpstreamBadRequestError,
  401: UpstreamAuthError,
  404: UpstreamNotFoundError,
  409: UpstreamConflictError,
  429: UpstreamRateLimitError,
  500: UpstreamServerError,
};

const files = readdirSync(join(EXAMPLES_DIR, 'whatsapp/errors')).sort();

async function caught(p: Promise<unknown>): Promise<UpstreamError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof UpstreamError) return err;
    throw err;
  }
  throw new Error('expected the call to fail');
}

describe('WhatsApp upstream errors', () => {
  let server: HttpRecorder;
  let client: SinchClient;
  beforeAll(async () => {
    server = await startHttpRecorder();
    client = createSinchClient({
      baseUrl: server.url,
      credentials: { keyId: 'wa-err-key', keySecret: 'wa-err-secret', mode: 'basic' },
      // One answer, one typed error (no retry of the 429s and 500s).
      resilience: false,
    });
  });
  afterAll(async () => {
    await client.close();
    await server.close();
  });

  it('reads all 137 published WhatsApp error examples, named <op>.<status>.<errorCode>.json', () => {
    expect(files).toHaveLength(137);
    for (const file of files) {
      const [, status, ...code] = file.replace(/\.json$/, '').split('.');
      expect(CLASS_BY_STATUS[Number(status)], file).toBeDefined();
      expect(readExample<WhatsappPapiError>(`whatsapp/errors/${file}`).errorCode).toBe(code.join('.'));
    }
  });

  it.each(files)('%s → typed error with the DTO fields', async (file) => {
    const [op = '', status = ''] = file.split('.');
    const dto = readExample<WhatsappPapiError>(`whatsapp/errors/${file}`);
    const operation = WHATSAPP_OPERATIONS[op];
    expect(operation, `no call for ${op}`).toBeDefined();
    if (!operation) return;
    server.reply({ status: Number(status), body: dto });
    const err = await caught(operation.call(client));
    expect(err).toBeInstanceOf(CLASS_BY_STATUS[Number(status)]);
    expect(err.name).toBe(CLASS_BY_STATUS[Number(status)]?.name);
    expect(err.status).toBe(Number(status));
    expect({
      errorCode: err.errorCode,
      message: err.message,
      resolution: err.resolution,
      ...(err.additionalInformation ? { additionalInformation: err.additionalInformation } : {}),
    }).toEqual(dto);
    expect(err.route).toBe(operation.route);
    expect(err.method).toBe(operation.route.split(' ')[0]);
    expect(err.operationId).toBe(operation.operationId);
    expect(err.projectId).toBe(PROJECT);
  });

  it('keeps additionalInformation as published: string[] values and plain-string values', async () => {
    server.reply(
      { status: 400, body: readExample('whatsapp/errors/listSenders.400.invalid_filter_states.json') },
      { status: 409, body: readExample('whatsapp/errors/deleteAccount.409.account_has_senders.json') },
    );
    const filter = await caught(client.whatsappSenders.list(PROJECT, { filterStates: ['ACTIVE'] }));
    expect(filter.additionalInformation).toEqual({
      supportedCodes: 'ACTIVE, IN_PROGRESS, INACTIVE, PENDING_VERIFICATION, SUSPENDED, ERROR',
    });
    const senders = await caught(client.whatsappAccount.delete(PROJECT));
    expect(senders).toBeInstanceOf(UpstreamConflictError);
    expect(senders.errorCode).toBe('account_has_senders');
    expect(Array.isArray(senders.additionalInformation?.senderIds)).toBe(true);
  });

  it('is tolerant of an error body without resolution, or not an error DTO at all', async () => {
    server.reply(
      { status: 409, body: { errorCode: 'wrong_otp', message: 'Wrong OTP.' } },
      { status: 409, body: '<html>conflict</html>' },
    );
    const partial = await caught(client.whatsappSenders.verify(PROJECT, 's', { code: '000000' }));
    expect(partial).toBeInstanceOf(UpstreamConflictError);
    expect(partial.errorCode).toBe('wrong_otp');
    expect(partial.resolution).toBeUndefined();
    const html = await caught(client.whatsappSenders.verify(PROJECT, 's', { code: '000000' }));
    expect(html).toBeInstanceOf(UpstreamConflictError);
    expect(html.errorCode).toBe('http_409');
  });
});
