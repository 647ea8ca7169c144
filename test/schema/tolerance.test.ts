// Tolerant reading, end to end: an upstream that is newer than this graph (enum values it does not know)
// and that writes timestamps with a lower-case separator, as Sinch's published examples do. Served by a
// canned HTTP upstream; the graph must answer UNRECOGNIZED (logged once per value), never an error, and
// print timestamps canonically.
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { enumWarnings } from '../../src/schema/lib/enums.ts';
import { type RunningServer, startServer } from '../../src/server.ts';
import { type HttpRecorder, startHttpRecorder } from '../support/http-recorder.ts';

const example = JSON.parse(
  readFileSync(
    new URL('../../contract/upstream/examples/getSender.response.200.newInTest.json', import.meta.url),
    'utf8',
  ),
) as Record<string, unknown> & { id: string; testNumberStates: { number: string; state: string }[] };

const newer = {
  ...example,
  state: 'PAUSED_BY_GOOGLE',
  hostingRegion: 'AFRICA',
  created: '2023-01-19t13:11:08.204Z',
  modified: '2023-01-19t13:11:08Z',
  testNumberStates: example.testNumberStates.map((s, i) => (i === 0 ? { ...s, state: 'QUARANTINED' } : s)),
};

const QUERY = `query($s: ID!) { project(id: "p1") { rcsSender(id: $s) {
  state hostingRegion createdAt modifiedAt testNumbers { state capabilities { __typename ... on RcsCapabilities { features } } }
} } }`;

describe('an upstream newer than the graph', () => {
  let upstream: HttpRecorder;
  let server: RunningServer;
  const warnings: { enum: string; value: string }[] = [];
  const original = enumWarnings.log;

  beforeAll(async () => {
    enumWarnings.log = (entry) => warnings.push(entry);
    upstream = await startHttpRecorder((req, res) => {
      const body = req.path.endsWith('/capabilities')
        ? { features: ['ACTION_DIAL', 'HOLOGRAM_CARD'] }
        : newer;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
    server = await startServer({
      env: {},
      config: { port: 0, sinchApiUrl: upstream.url, credentials: undefined, logLevel: 'silent' },
    });
  });
  afterAll(async () => {
    enumWarnings.log = original;
    await server.close();
    await upstream.close();
  });
  afterEach(() => {
    upstream.requests.length = 0;
  });

  const ask = async () => {
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer t-123' },
      body: JSON.stringify({ query: QUERY, variables: { s: newer.id } }),
    });
    return (await res.json()) as {
      data: { project: { rcsSender: Record<string, unknown> & { testNumbers: Record<string, unknown>[] } } };
      errors?: unknown[];
    };
  };

  it('maps unknown enum values to UNRECOGNIZED and prints timestamps canonically, without errors', async () => {
    const { data, errors } = await ask();
    expect(errors).toBeUndefined();
    const sender = data.project.rcsSender;
    expect(sender.state).toBe('UNRECOGNIZED');
    expect(sender.hostingRegion).toBe('UNRECOGNIZED');
    expect(sender.createdAt).toBe('2023-01-19T13:11:08.204Z');
    expect(sender.modifiedAt).toBe('2023-01-19T13:11:08.000Z');
    expect(sender.testNumbers[0]?.state).toBe('UNRECOGNIZED');
    expect(sender.testNumbers[0]?.capabilities).toEqual({
      __typename: 'RcsCapabilities',
      features: ['ACTION_DIAL', 'UNRECOGNIZED'],
    });
  });

  it('logs each unknown value once per process, however often it is seen', async () => {
    await ask();
    await ask();
    const seen = warnings.map((w) => `${w.enum}:${w.value}`).sort();
    expect(seen).toEqual([
      'RcsFeature:HOLOGRAM_CARD',
      'RcsHostingRegion:AFRICA',
      'RcsSenderState:PAUSED_BY_GOOGLE',
      'RcsTestNumberState:QUARANTINED',
    ]);
  });
});
