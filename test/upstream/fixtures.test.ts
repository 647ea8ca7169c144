// Every published response example, served by a real local HTTP server, parses through the matching
// client method into exactly the published value (tolerant types: nothing dropped, nothing added).
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSinchClient, type SinchClient } from '../../src/upstream/index.ts';
import type { RcsSenderInput, RcsTestNumbersInput, RcsUpdateSenderInput } from '../../src/upstream/types.ts';
import { type HttpRecorder, startHttpRecorder } from '../support/http-recorder.ts';
import { EXAMPLES_DIR, PROJECT, readExample, SENDER } from '../support/upstream-fixtures.ts';

const NUMBER = '+12223334444';
const S = `/v1/projects/${PROJECT}/rcs/senders/${SENDER}`;

/** operation prefix of the example file → the call and the request line it must produce. */
const CALLS: Record<string, { call: (c: SinchClient) => Promise<unknown>; line: string }> = {
  addTestNumbers: {
    call: (c) =>
      c.rcsSenders.addTestNumbers(
        PROJECT,
        SENDER,
        readExample<RcsTestNumbersInput>('addTestNumbers.request.json'),
      ),
    line: `POST ${S}/testNumbers`,
  },
  createAccountComment: {
    call: (c) => c.rcsAccounts.createComment(PROJECT, { comment: 'Example comment' }),
    line: `POST /v1/projects/${PROJECT}/rcs/comments`,
  },
  createSender: {
    call: (c) =>
      c.rcsSenders.create(PROJECT, readExample<RcsSenderInput>('createSender.request.minimal.json')),
    line: `POST /v1/projects/${PROJECT}/rcs/senders`,
  },
  createSenderComment: {
    call: (c) => c.rcsSenders.createComment(PROJECT, SENDER, { comment: 'Example comment' }),
    line: `POST ${S}/comments`,
  },
  getQuestions: {
    call: (c) => c.rcsQuestionnaire.get(PROJECT, 'MULTIUSE', { countries: ['US'] }),
    line: `GET /v1/projects/${PROJECT}/rcs/questionnaire/MULTIUSE?countries=US`,
  },
  getSender: { call: (c) => c.rcsSenders.get(PROJECT, SENDER), line: `GET ${S}` },
  getTestNumberCapabilities: {
    call: (c) => c.rcsSenders.getTestNumberCapabilities(PROJECT, SENDER, NUMBER),
    line: `GET ${S}/testNumbers/%2B12223334444/capabilities`,
  },
  getTestNumberState: {
    call: (c) => c.rcsSenders.getTestNumberState(PROJECT, SENDER, NUMBER),
    line: `GET ${S}/testNumbers/%2B12223334444`,
  },
  launchSender: { call: (c) => c.rcsSenders.launch(PROJECT, SENDER), line: `POST ${S}/launch` },
  listAccountActivities: {
    call: (c) => c.rcsAccounts.listActivities(PROJECT),
    line: `GET /v1/projects/${PROJECT}/rcs/activities`,
  },
  listActivities: { call: (c) => c.rcsSenders.listActivities(PROJECT, SENDER), line: `GET ${S}/activities` },
  listSenders: { call: (c) => c.rcsSenders.list(PROJECT), line: `GET /v1/projects/${PROJECT}/rcs/senders` },
  retryTestNumber: {
    call: (c) => c.rcsSenders.retryTestNumber(PROJECT, SENDER, NUMBER),
    line: `GET ${S}/testNumbers/%2B12223334444/retry`,
  },
  updateSender: {
    call: (c) =>
      c.rcsSenders.update(
        PROJECT,
        SENDER,
        readExample<RcsUpdateSenderInput>('updateSender.request.newInput.json'),
      ),
    line: `PATCH ${S}`,
  },
};

const files = readdirSync(EXAMPLES_DIR)
  .filter((f) => /\.response\.\d{3}.*\.json$/.test(f))
  .sort();

describe('published response examples', () => {
  let server: HttpRecorder;
  let client: SinchClient;
  beforeAll(async () => {
    server = await startHttpRecorder();
    client = createSinchClient({
      baseUrl: server.url,
      credentials: { keyId: 'fixture-key', keySecret: 'fixture-secret', mode: 'basic' },
    });
  });
  afterAll(async () => {
    await client.close();
    await server.close();
  });

  it('covers all 17 published response examples', () => {
    expect(files).toHaveLength(17);
  });

  it.each(files)('%s deep-equals the parsed client result', async (file) => {
    const [op, , status] = file.split('.');
    const entry = CALLS[op ?? ''];
    expect(entry, `no client call mapped for ${op}`).toBeDefined();
    if (!entry) return;
    const body = readExample(file);
    server.reply({ status: Number(status), body });
    const before = server.requests.length;
    const result = await entry.call(client);
    expect(result).toEqual(body);
    const req = server.requests[before];
    expect(`${req?.method} ${req?.url}`).toBe(entry.line);
  });
});
