// HTTP error answers → typed errors: every published error example, Retry-After, request ids, bodies that
// are not an error DTO, statuses outside the catalogue.
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
  UpstreamForbiddenError,
  UpstreamNotFoundError,
  UpstreamPreconditionError,
  UpstreamProtocolError,
  UpstreamRateLimitError,
  UpstreamServerError,
} from '../../src/upstream/index.ts';
import { type HttpRecorder, startHttpRecorder } from '../support/http-recorder.ts';
import { EXAMPLES_DIR, OPERATIONS, readExample } from '../support/upstream-fixtures.ts';

const CLASS_BY_STATUS: Record<number, typeof UpstreamError> = {
  400: UpstreamBadRequestError,
  401: UpstreamAuthError,
  403: UpstreamForbiddenError,
  404: UpstreamNotFoundError,
  409: UpstreamConflictError,
  412: UpstreamPreconditionError,
  429: UpstreamRateLimitError,
  500: UpstreamServerError,
};

const errorFiles = readdirSync(join(EXAMPLES_DIR, 'errors')).sort();

async function caught(p: Promise<unknown>): Promise<UpstreamError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof UpstreamError) return err;
    throw err;
  }
  throw new Error('expected the call to fail');
}

describe('upstream HTTP errors', () => {
  let server: HttpRecorder;
  let client: SinchClient;
  const get = () => caught(client.rcsSenders.get('p', 's'));
  beforeAll(async () => {
    server = await startHttpRecorder();
    client = createSinchClient({
      baseUrl: server.url,
      credentials: { keyId: 'err-key', keySecret: 'err-secret', mode: 'basic' },
      // One answer, one typed error: retries are covered in resilience*.test.ts.
      resilience: false,
    });
  });
  afterAll(async () => {
    await client.close();
    await server.close();
  });

  it('reads all 135 published error examples', () => {
    expect(errorFiles).toHaveLength(135);
  });

  it.each(errorFiles)('%s → typed error with the DTO fields', async (file) => {
    const [op = '', status = ''] = file.split('.');
    const dto = readExample<Record<string, unknown>>(`errors/${file}`);
    const operation = OPERATIONS[op];
    expect(operation, `no call for ${op}`).toBeDefined();
    if (!operation) return;
    server.reply({ status: Number(status), body: dto });
    const err = await caught(operation.call(client));
    expect(err).toBeInstanceOf(CLASS_BY_STATUS[Number(status)]);
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
  });

  it('parses Retry-After as seconds and as an HTTP date', async () => {
    server.reply({
      status: 429,
      headers: { 'retry-after': '7' },
      body: readExample('errors/addTestNumbers.429.rbm_too_many_requests.json'),
    });
    const seconds = await get();
    expect(seconds).toBeInstanceOf(UpstreamRateLimitError);
    expect(seconds.retryAfterSeconds).toBe(7);
    expect(seconds.errorCode).toBe('rbm_too_many_requests');

    const at = new Date(Date.now() + 120_000).toUTCString();
    server.reply({ status: 503, headers: { 'retry-after': at }, body: '' });
    const dated = await get();
    expect(dated).toBeInstanceOf(UpstreamServerError);
    expect(dated.retryAfterSeconds).toBeGreaterThanOrEqual(118);
    expect(dated.retryAfterSeconds).toBeLessThanOrEqual(120);

    server.reply({ status: 429, headers: { 'retry-after': 'soon' }, body: {} });
    expect((await get()).retryAfterSeconds).toBeUndefined();
  });

  it('keeps an upstream request id', async () => {
    server.reply({
      status: 500,
      headers: { 'x-request-id': 'req-42' },
      body: readExample('errors/getSender.500.internal_error.json'),
    });
    const err = await get();
    expect(err.requestId).toBe('req-42');
    expect(err.toJSON()).toMatchObject({ requestId: 'req-42', status: 500, errorCode: 'internal_error' });
  });

  it('gives the right subclass with a generic message for a non-JSON error body', async () => {
    server.reply({ status: 502, headers: { 'content-type': 'text/html' }, body: '<html>Bad Gateway</html>' });
    const gateway = await get();
    expect(gateway).toBeInstanceOf(UpstreamServerError);
    expect(gateway.errorCode).toBe('http_502');
    expect(gateway.message).toBe('Upstream answered HTTP 502.');
    expect(gateway.resolution).toBeUndefined();

    server.reply({ status: 404, body: 'Not Found' });
    const notFound = await get();
    expect(notFound).toBeInstanceOf(UpstreamNotFoundError);
    expect(notFound.errorCode).toBe('http_404');
    expect(notFound.message).toBe('Upstream resource not found.');

    server.reply({ status: 401, body: '' });
    const auth = await get();
    expect(auth).toBeInstanceOf(UpstreamAuthError);
    expect(auth.message).toBe('Upstream rejected the credentials.');
  });

  it('maps statuses outside the catalogue: 422 → base class, 302 → protocol error', async () => {
    server.reply({ status: 422, body: { errorCode: 'weird', message: 'Weird.', resolution: 'r' } });
    const e422 = await get();
    expect(e422.constructor).toBe(UpstreamError);
    expect(e422.errorCode).toBe('weird');
    server.reply({ status: 302, headers: { location: 'http://elsewhere.invalid/' } });
    const e302 = await get();
    expect(e302).toBeInstanceOf(UpstreamProtocolError);
    expect(e302.status).toBe(302);
  });

  it('toJSON has only the safe fields', async () => {
    server.reply({
      status: 412,
      body: readExample('errors/launchSender.412.launch_precondition_failed.json'),
    });
    const err = await caught(client.rcsSenders.launch('p', 's'));
    expect(Object.keys(err.toJSON()).sort()).toEqual(
      [
        'additionalInformation',
        'errorCode',
        'message',
        'method',
        'name',
        'operationId',
        'projectId',
        'resolution',
        'route',
        'status',
      ].sort(),
    );
    expect(err.toJSON().name).toBe('UpstreamPreconditionError');
  });
});
