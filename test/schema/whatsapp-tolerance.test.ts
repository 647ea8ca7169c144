// Tolerant reading of WhatsApp senders, end to end: the published get example from an upstream newer than
// the graph (a sender state the spec does not list — `state` has no UNRECOGNIZED upstream — and new values
// in other enums) reads as UNRECOGNIZED, logged once per value, never an error; bearerToken is not served.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enumWarnings } from '../../src/schema/lib/enums.ts';
import { type RunningServer, startServer } from '../../src/server.ts';
import { type HttpRecorder, startHttpRecorder } from '../support/http-recorder.ts';

const example = JSON.parse(
  readFileSync(
    new URL('../../contract/upstream/examples/whatsapp/get.response.200.json', import.meta.url),
    'utf8',
  ),
) as Record<string, unknown> & { id: string; bearerToken: string };
const newer = {
  ...example,
  state: 'PAUSED_BY_META',
  qualityRating: 'PURPLE',
  metaLocalStorage: 'FR',
  changes: { status: 'ON_HOLD', errorCode: 'NEW_META_ERROR' },
  metadata: { displayName: { value: 'X', status: 'ESCALATED' } },
};

const QUERY = `query($s: ID!) { project(id: "p1") { whatsappSender(id: $s) {
  state qualityRating metaLocalStorage changes { status errorCode } metadata { displayName { value status } }
  details { displayName vertical } conversationApiApp { id region channelStatus } compatibleRegions createdAt
} } }`;

describe('a WhatsApp upstream newer than the graph', () => {
  let upstream: HttpRecorder;
  let server: RunningServer;
  const warnings: { enum: string; value: string }[] = [];
  const original = enumWarnings.log;

  beforeAll(async () => {
    enumWarnings.log = (entry) => warnings.push(entry);
    upstream = await startHttpRecorder((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(newer));
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

  it('reads unknown values as UNRECOGNIZED (an unknown state included), without errors or the token', async () => {
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer t-123' },
      body: JSON.stringify({ query: QUERY, variables: { s: example.id } }),
    });
    const text = await res.text();
    const body = JSON.parse(text) as { data: { project: { whatsappSender: unknown } }; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    expect(body.data.project.whatsappSender).toEqual({
      state: 'UNRECOGNIZED',
      qualityRating: 'UNRECOGNIZED',
      metaLocalStorage: 'UNRECOGNIZED',
      changes: { status: 'UNRECOGNIZED', errorCode: 'UNRECOGNIZED' },
      metadata: { displayName: { value: 'X', status: 'UNRECOGNIZED' } },
      details: { displayName: 'Test name', vertical: 'PROFESSIONAL_SERVICES' },
      conversationApiApp: { id: '4CF9CE97504C4A468F4610919D17ECC1', region: 'EU', channelStatus: 'ACTIVE' },
      compatibleRegions: ['EU', 'US'],
      createdAt: '2023-01-19T13:11:08.204Z',
    });
    expect(text).not.toContain(example.bearerToken);
    expect(warnings).toEqual(
      expect.arrayContaining([
        { enum: 'WhatsappSenderState', value: 'PAUSED_BY_META' },
        { enum: 'WhatsappQualityRating', value: 'PURPLE' },
        { enum: 'WhatsappSenderChangeStatus', value: 'ON_HOLD' },
      ]),
    );
  });
});
