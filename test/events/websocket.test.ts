// The WebSocket endpoint itself: the browser origin check on the upgrade, where the credential comes from,
// queries over the same socket with the same limits and error codes as HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { DEMO } from '../../src/sandbox/index.ts';
import { DEMO_AUTH, OTHER_AUTH } from '../support/credentials.ts';
import { type EventsHarness, startEventsHarness, wsClient, wsSubscribe } from '../support/events.ts';

const P = DEMO.projectId;
const SENDERS = `query($p: ID!) { project(id: $p) { rcsSenders(first: 1) { totalCount } } }`;

/** The HTTP status the upgrade got (101 when it became a WebSocket). */
function upgradeStatus(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, 'graphql-transport-ws', { headers });
    socket.on('upgrade', (res) => {
      resolve(res.statusCode ?? 0);
      socket.close();
    });
    socket.on('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      socket.terminate();
    });
    socket.on('error', (e) => reject(e));
  });
}

let h: EventsHarness;
beforeAll(async () => {
  h = await startEventsHarness({ corsOrigins: ['https://app.example.com'] });
});
afterAll(async () => {
  await h.close();
});

describe('upgrade', () => {
  it('refuses a browser origin CORS does not allow, accepts an allowed one and clients that send none', async () => {
    expect(await upgradeStatus(h.wsUrl, { origin: 'https://evil.example.com' })).toBe(403);
    expect(await upgradeStatus(h.wsUrl, { origin: 'http://localhost:3000' })).toBe(403);
    expect(await upgradeStatus(h.wsUrl, { origin: 'https://app.example.com' })).toBe(101);
    expect(await upgradeStatus(h.wsUrl, {})).toBe(101);
  });

  it('answers 404 to an upgrade on another path', async () => {
    expect(await upgradeStatus(h.wsUrl.replace('/graphql', '/other'), {})).toBe(404);
  });
});

describe('operations over the socket', () => {
  it('runs queries with connectionParams.Authorization, or the upgrade request header', async () => {
    const viaParams = wsClient(h.wsUrl, { Authorization: DEMO_AUTH });
    const viaHeader = wsClient(h.wsUrl, {}, { headers: { authorization: DEMO_AUTH } });
    for (const client of [viaParams, viaHeader]) {
      const result = await wsSubscribe(client, SENDERS, { p: P }).next();
      expect(result.errors).toBeUndefined();
      expect(
        (result.data as { project: { rcsSenders: { totalCount: number } } }).project.rcsSenders.totalCount,
      ).toBe(14);
      await client.dispose();
    }
  });

  it('without a credential in passthrough mode, the operation is UNAUTHENTICATED before any upstream call', async () => {
    await h.resetStats();
    const client = wsClient(h.wsUrl, {});
    const result = await wsSubscribe(client, SENDERS, { p: P }).next();
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect((await h.stats()).total).toBe(0);
    await client.dispose();
  });

  it('maps upstream refusals like HTTP does, and applies the document limits', async () => {
    const client = wsClient(h.wsUrl, { Authorization: OTHER_AUTH });
    const refused = await wsSubscribe(client, SENDERS, { p: P }).next();
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    const deep = `{ project(id: "x") { ${'rcsSenders { nodes { project { '.repeat(5)}id${' } } }'.repeat(5)} } }`;
    const tooDeep = await wsSubscribe(client, deep, {}).next();
    expect(tooDeep.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
    await client.dispose();
  });
});
