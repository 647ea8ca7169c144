// What the client puts on the wire, checked at the receiving server: request lines for every operation,
// percent-encoding, repeated query parameters, PATCH bodies byte-for-byte, headers, 204 handling.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSinchClient, type SinchClient } from '../../src/upstream/index.ts';
import { type HttpRecorder, startHttpRecorder } from '../support/http-recorder.ts';

const BASIC = `Basic ${Buffer.from('wire-key:wire-secret').toString('base64')}`;

describe('wire format', () => {
  let server: HttpRecorder;
  let client: SinchClient;
  beforeAll(async () => {
    server = await startHttpRecorder();
    client = createSinchClient({
      baseUrl: `${(await Promise.resolve(server)).url}/`,
      credentials: { keyId: 'wire-key', keySecret: 'wire-secret', mode: 'basic' },
      userAgent: 'wire-test/1.0',
    });
  });
  afterAll(async () => {
    await client.close();
    await server.close();
  });
  beforeEach(() => {
    server.requests.length = 0;
    server.setFallback({ status: 200, body: { ok: 1 } });
  });
  const last = () => server.requests.at(-1);
  const line = () => `${last()?.method} ${last()?.url}`;

  it('sends every operation to its contract path and method', async () => {
    const c = client.rcsSenders;
    const calls: [() => Promise<unknown>, string][] = [
      [() => c.list('p'), 'GET /v1/projects/p/rcs/senders'],
      [
        () => c.create('p', { region: 'EU', billingCategory: 'CONVERSATIONAL', useCase: 'OTP' }),
        'POST /v1/projects/p/rcs/senders',
      ],
      [() => c.get('p', 's'), 'GET /v1/projects/p/rcs/senders/s'],
      [() => c.update('p', 's', { details: {} }), 'PATCH /v1/projects/p/rcs/senders/s'],
      [() => c.listActivities('p', 's'), 'GET /v1/projects/p/rcs/senders/s/activities'],
      [() => c.createComment('p', 's', { comment: 'x' }), 'POST /v1/projects/p/rcs/senders/s/comments'],
      [() => c.launch('p', 's'), 'POST /v1/projects/p/rcs/senders/s/launch'],
      [
        () => c.addTestNumbers('p', 's', { testNumbers: ['+1'] }),
        'POST /v1/projects/p/rcs/senders/s/testNumbers',
      ],
      [() => c.getTestNumberState('p', 's', '+1'), 'GET /v1/projects/p/rcs/senders/s/testNumbers/%2B1'],
      [() => c.deleteTestNumber('p', 's', '+1'), 'DELETE /v1/projects/p/rcs/senders/s/testNumbers/%2B1'],
      [
        () => c.getTestNumberCapabilities('p', 's', '+1'),
        'GET /v1/projects/p/rcs/senders/s/testNumbers/%2B1/capabilities',
      ],
      [() => c.retryTestNumber('p', 's', '+1'), 'GET /v1/projects/p/rcs/senders/s/testNumbers/%2B1/retry'],
      [() => client.rcsQuestionnaire.get('p', 'OTP'), 'GET /v1/projects/p/rcs/questionnaire/OTP'],
      [() => client.rcsAccounts.listActivities('p'), 'GET /v1/projects/p/rcs/activities'],
      [() => client.rcsAccounts.createComment('p', { comment: 'x' }), 'POST /v1/projects/p/rcs/comments'],
    ];
    const seen: string[] = [];
    for (const [call] of calls) {
      await call();
      seen.push(line());
    }
    expect(seen).toEqual(calls.map(([, l]) => l));
  });

  it('percent-encodes path values (+, /, space, dot segments)', async () => {
    await client.rcsSenders.getTestNumberState('a/b c', 'x?y#z', '+44 7700 900123');
    expect(line()).toBe('GET /v1/projects/a%2Fb%20c/rcs/senders/x%3Fy%23z/testNumbers/%2B44%207700%20900123');
    await client.rcsSenders.get('p', '..');
    expect(line()).toBe('GET /v1/projects/p/rcs/senders/%2E%2E');
  });

  it('rejects an empty path value before sending anything', async () => {
    await expect(client.rcsSenders.get('p', '')).rejects.toMatchObject({
      name: 'UpstreamBadRequestError',
      errorCode: 'invalid_path_parameter',
    });
    expect(server.requests).toHaveLength(0);
  });

  it('repeats filterStates, comma-joins filterSenderIds, omits undefined values', async () => {
    await client.rcsSenders.list('p', {
      pageSize: 20,
      pageToken: 'tok/en+=',
      filterStates: ['DRAFT', 'IN_TEST'],
      filterSenderIds: ['id-1', 'id-2'],
      search: undefined,
      sortColumn: 'NAME',
      sortDirection: 'DESC',
    });
    expect(line()).toBe(
      'GET /v1/projects/p/rcs/senders?pageSize=20&pageToken=tok%2Fen%2B%3D&filterStates=DRAFT&filterStates=IN_TEST' +
        '&filterSenderIds=id-1%2Cid-2&sortColumn=NAME&sortDirection=DESC',
    );
    await client.rcsSenders.list('p', { filterSenderIds: 'a,b', search: 'Acme & Co' });
    expect(line()).toBe('GET /v1/projects/p/rcs/senders?filterSenderIds=a%2Cb&search=Acme+%26+Co');
  });

  it('repeats questionnaire countries and passes the version parameters', async () => {
    await client.rcsQuestionnaire.get('p', 'PROMOTIONAL', {
      countries: ['US', 'GB'],
      usQuestionnaireVersion: 'v2',
      usQuestionnaireBrandCampaignVersion: 'US_PUBLIC',
    });
    expect(line()).toBe(
      'GET /v1/projects/p/rcs/questionnaire/PROMOTIONAL?countries=US&countries=GB&usQuestionnaireVersion=v2' +
        '&usQuestionnaireBrandCampaignVersion=US_PUBLIC',
    );
  });

  it('sends a PATCH body exactly as given: null stays null, absent stays absent', async () => {
    await client.rcsSenders.update(
      'p',
      's',
      { details: { brand: { name: 'Acme', bannerUrl: null, emails: null }, testNumbers: null } } as never,
      { usQuestionnaireVersion: 'v2' },
    );
    expect(line()).toBe('PATCH /v1/projects/p/rcs/senders/s?usQuestionnaireVersion=v2');
    expect(last()?.body).toBe(
      '{"details":{"brand":{"name":"Acme","bannerUrl":null,"emails":null},"testNumbers":null}}',
    );
    await client.rcsSenders.update('p', 's', { details: { countries: ['DE'] } });
    expect(last()?.body).toBe('{"details":{"countries":["DE"]}}');
  });

  it('sends accept, content-type (only with a body), user-agent and Authorization', async () => {
    await client.rcsSenders.createComment('p', 's', { comment: 'hi' });
    const h = last()?.headers;
    expect(h?.authorization).toBe(BASIC);
    expect(h?.accept).toBe('application/json');
    expect(h?.['content-type']).toBe('application/json');
    expect(h?.['user-agent']).toBe('wire-test/1.0');
    expect(last()?.body).toBe('{"comment":"hi"}');
    await client.rcsSenders.launch('p', 's');
    expect(last()?.headers['content-type']).toBeUndefined();
    expect(last()?.body).toBe('');
  });

  it('forwards a passthrough Authorization unchanged', async () => {
    await client.rcsSenders.get('p', 's', {
      auth: { kind: 'passthrough', authorization: 'Bearer abc.def-ghi' },
    });
    expect(last()?.headers.authorization).toBe('Bearer abc.def-ghi');
  });

  it('resolves 204 to undefined, and ignores a body on DELETE', async () => {
    server.reply({ status: 204 });
    await expect(client.rcsSenders.deleteTestNumber('p', 's', '+1')).resolves.toBeUndefined();
    server.reply({ status: 200, body: 'not json' });
    await expect(client.rcsSenders.deleteTestNumber('p', 's', '+1')).resolves.toBeUndefined();
  });

  it('keeps a path prefix of the base URL', async () => {
    const prefixed = createSinchClient({
      baseUrl: `${server.url}/gateway/sinch/`,
      credentials: { keyId: 'wire-key', keySecret: 'wire-secret', mode: 'basic' },
    });
    await prefixed.rcsSenders.get('p', 's');
    await prefixed.close();
    expect(line()).toBe('GET /gateway/sinch/v1/projects/p/rcs/senders/s');
  });

  it('passes unknown enum values and unknown fields through', async () => {
    const body = { id: 's', state: 'BRAND_NEW_STATE', region: 'EU', extra: { nested: [1, 2] } };
    server.reply({ status: 200, body });
    const sender = await client.rcsSenders.get('p', 's');
    expect(sender).toEqual(body);
    expect(sender.state).toBe('BRAND_NEW_STATE');
  });
});
