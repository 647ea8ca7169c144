// The WhatsApp client against a real local HTTP server: every published response example reads into exactly
// the published value (tolerant types: nothing dropped, nothing added), every published request example goes
// out byte-for-byte as published with the documented method and path, the 204 operations resolve to
// undefined, and the list filters are serialised as the spec says.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSinchClient, type SinchClient, type WhatsappSender } from '../../src/upstream/index.ts';
import { type HttpRecorder, startHttpRecorder } from '../support/http-recorder.ts';
import { EXAMPLES_DIR, readExample } from '../support/upstream-fixtures.ts';
import { PROJECT, requestPath, SENDER, WHATSAPP_OPERATIONS } from '../support/whatsapp-operations.ts';

const DIR = join(EXAMPLES_DIR, 'whatsapp');
const all = readdirSync(DIR).filter((f) => f.endsWith('.json'));
const responses = all.filter((f) => /\.response\.\d{3}(\.|$)/.test(f)).sort();
const requests = all.filter((f) => /\.request(\.|$)/.test(f)).sort();
const example = <T = unknown>(file: string) => readExample<T>(`whatsapp/${file}`);

function operationOf(file: string) {
  const op = file.split('.')[0] ?? '';
  const operation = WHATSAPP_OPERATIONS[op];
  if (!operation) throw new Error(`no client call mapped for ${op}`);
  return operation;
}

describe('WhatsApp published examples through the client', () => {
  let server: HttpRecorder;
  let client: SinchClient;
  beforeAll(async () => {
    server = await startHttpRecorder();
    client = createSinchClient({
      baseUrl: server.url,
      credentials: { keyId: 'wa-key', keySecret: 'wa-secret', mode: 'basic' },
      resilience: false,
    });
  });
  afterAll(async () => {
    await client.close();
    await server.close();
  });

  /** Sends one call and returns what it resolved to and what the server received. */
  async function exchange(file: string, reply: { status: number; body?: unknown }, body?: unknown) {
    const operation = operationOf(file);
    server.reply(reply);
    const before = server.requests.length;
    const result = await operation.call(client, body);
    const req = server.requests[before];
    expect(server.requests).toHaveLength(before + 1);
    expect(`${req?.method} ${req?.url}`).toBe(requestPath(operation.route));
    return { operation, result, req };
  }

  it('covers the 14 published response examples and the 15 request examples', () => {
    expect(responses).toHaveLength(14);
    expect(requests).toHaveLength(15);
  });

  it.each(responses)('%s deep-equals the parsed client result, at the documented status', async (file) => {
    const status = Number(file.split('.')[2]);
    const body = example(file);
    expect(status).toBe(operationOf(file).ok === 204 ? 200 : operationOf(file).ok);
    const { result } = await exchange(file, { status, body });
    expect(result).toEqual(body);
  });

  it.each(requests)('%s is sent as published (body, method, path)', async (file) => {
    const body = example(file);
    const operation = operationOf(file);
    expect(operation.body).toBe(true);
    const { req } = await exchange(
      file,
      operation.ok === 204 ? { status: 204 } : { status: operation.ok, body: {} },
      body,
    );
    // Byte-for-byte: key order and explicit nulls (update.request.default deletes email and address) kept.
    expect(req?.body).toBe(JSON.stringify(body));
    expect(JSON.parse(req?.body ?? '')).toEqual(body);
    expect(req?.headers['content-type']).toBe('application/json');
  });

  it.each(Object.entries(WHATSAPP_OPERATIONS).filter(([, op]) => op.ok === 204))(
    '%s: 204 resolves to undefined',
    async (name, operation) => {
      const { result, req } = await exchange(name, { status: 204 }, undefined);
      expect(result).toBeUndefined();
      expect(req?.body).toBe(operation.body ? JSON.stringify({ code: '123456' }) : '');
    },
  );

  it('reads an unknown sender state, change status and enum values as strings (state has no UNRECOGNIZED)', async () => {
    const published = example<WhatsappSender>('get.response.200.json');
    const unknown = {
      ...published,
      state: 'ON_HOLD',
      qualityRating: 'BLUE',
      changes: { status: 'UNDER_REVIEW', errorCode: 'SOMETHING_NEW' },
      compatibleRegions: ['eu', 'ap'],
      futureField: { nested: true },
    };
    server.reply({ status: 200, body: unknown });
    const sender: WhatsappSender = await client.whatsappSenders.get(PROJECT, SENDER);
    expect(sender).toEqual(unknown);
    const state: string | undefined = sender.state;
    expect(state).toBe('ON_HOLD');
  });

  it('list: page token and size, filterStates and filterStatuses as repeated keys', async () => {
    server.reply({ status: 200, body: example('listSenders.response.200.json') });
    await client.whatsappSenders.list(PROJECT, {
      pageSize: 10,
      pageToken: 'tok/+=',
      filterStates: ['ACTIVE', 'PENDING_VERIFICATION'],
      filterStatuses: ['DRAFT', 'REJECTED'],
    });
    const req = server.requests.at(-1);
    expect(req?.path).toBe(`/v1/projects/${PROJECT}/whatsapp/senders`);
    expect(req?.query.get('pageSize')).toBe('10');
    expect(req?.query.get('pageToken')).toBe('tok/+=');
    expect(req?.query.getAll('filterStates')).toEqual(['ACTIVE', 'PENDING_VERIFICATION']);
    expect(req?.query.getAll('filterStatuses')).toEqual(['DRAFT', 'REJECTED']);
    expect(req?.url).toContain('filterStates=ACTIVE&filterStates=PENDING_VERIFICATION');

    server.reply({ status: 200, body: example('listSenders.response.200.json') });
    await client.whatsappSenders.list(PROJECT, { filterStates: [] });
    expect(server.requests.at(-1)?.url).toBe(`/v1/projects/${PROJECT}/whatsapp/senders`);
  });

  it('activities of a sender and of the account take pageToken and pageSize', async () => {
    server.reply(
      { status: 200, body: example('listActivities.response.200.json') },
      { status: 200, body: example('listAccountActivities.response.200.json') },
    );
    await client.whatsappSenders.listActivities(PROJECT, SENDER, { pageSize: 5, pageToken: 'n2' });
    await client.whatsappAccount.listActivities(PROJECT, { pageSize: 7 });
    const [sender, account] = server.requests.slice(-2);
    expect(sender?.url).toBe(
      `/v1/projects/${PROJECT}/whatsapp/senders/${SENDER}/activities?pageSize=5&pageToken=n2`,
    );
    expect(account?.url).toBe(`/v1/projects/${PROJECT}/whatsapp/activities?pageSize=7`);
  });

  it('suggestedUsernames reads {usernames} (no published example)', async () => {
    server.reply({ status: 200, body: { usernames: ['acme', 'acme_shop'] } });
    expect(await client.whatsappSenders.suggestedUsernames(PROJECT, SENDER)).toEqual({
      usernames: ['acme', 'acme_shop'],
    });
  });
});
