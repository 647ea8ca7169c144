// @defer through the real `hive-gateway` CLI (the documented gateway.config.ts plus `deferStream: true`,
// docs/operations.md "Incremental delivery"), in front of our subgraph, whose capability lookups are held
// by the upstream until the test releases them. What the gateway sends the subgraph is recorded by a
// streaming proxy (it forwards each chunk as it comes, so it cannot reorder or delay payloads).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../../src/sandbox/index.ts';
import { type RunningServer, startServer } from '../../src/server.ts';
import { DEMO_AUTH } from '../support/credentials.ts';
import {
  composeWithScript,
  documentedGatewayConfig,
  type GatewayProcess,
  gatewayDirectory,
  startGatewayCli,
} from '../support/federation/gateway-cli.ts';
import { type HeldUpstream, startHeldUpstream } from '../support/held-upstream.ts';
import { mergePayloads, type Payload, postIncremental, type Transport } from '../support/incremental.ts';
import { startValidatedSandbox, type ValidatedSandbox } from '../support/sandbox.ts';

const P = DEMO.projectId;
const isCapabilities = (url: string) => url.split('?')[0]?.endsWith('/capabilities') ?? false;
// The deferred fragment on the entity (RcsSender): the gateway can fetch it by `_entities`.
const onEntity = (defer: boolean) => `query GatewayDashboard {
  project(id: "${P}") {
    rcsSenders(first: 10) {
      nodes {
        id
        ${defer ? '... @defer {' : ''} testNumbers { number capabilities { __typename } } ${defer ? '}' : ''}
      }
    }
  }
}`;
// The deferred fragment inside a list item that is no entity (RcsTestNumber), as the dashboard of
// docs/frontend.md writes it against this service directly.
const insideTestNumbers = `query GatewayNested {
  project(id: "${P}") {
    rcsSenders(first: 10) { nodes { id testNumbers { number ... @defer { capabilities { __typename } } } } }
  }
}`;

interface Sent {
  accept: string | undefined;
  query: string;
}

/** A proxy to `target` that records each request's body and Accept header and streams the answer back. */
async function startStreamingProxy(target: string): Promise<{ url: string; sent: Sent[]; server: Server }> {
  const sent: Sent[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    sent.push({ accept: req.headers.accept, query: (JSON.parse(body) as { query: string }).query });
    const headers: Record<string, string> = {};
    for (const name of ['authorization', 'content-type', 'accept']) {
      const value = req.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    const answer = await fetch(target, { method: 'POST', headers, body });
    res.writeHead(answer.status, {
      'content-type': answer.headers.get('content-type') ?? 'application/json',
    });
    for await (const chunk of (answer.body ?? []) as unknown as AsyncIterable<Uint8Array>) res.write(chunk);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/graphql`, sent, server };
}

let sandbox: ValidatedSandbox;
let upstream: HeldUpstream;
let subgraph: RunningServer;
let proxy: Awaited<ReturnType<typeof startStreamingProxy>>;
let workdir: ReturnType<typeof gatewayDirectory>;
let gateway: GatewayProcess | undefined;
let hold = false;
let plain: Payload;
let lookups = 0;

const releaseHeld = () => {
  for (const _ of upstream.held()) void upstream.releaseOldest();
};

beforeAll(async () => {
  sandbox = await startValidatedSandbox({ seed: 'demo' });
  upstream = await startHeldUpstream({ target: sandbox.url, hold: (r) => hold && isCapabilities(r.url) });
  subgraph = await startServer({
    env: {},
    config: {
      port: 0,
      host: '127.0.0.1',
      sinchApiUrl: upstream.url,
      credentials: undefined,
      logLevel: 'silent',
    },
  });
  proxy = await startStreamingProxy(subgraph.url);
  const config = documentedGatewayConfig().replace(
    "supergraph: './supergraph.graphql',",
    "supergraph: './supergraph.graphql',\n  deferStream: true,",
  );
  expect(config).toContain('deferStream: true');
  workdir = gatewayDirectory({ 'gateway.config.ts': config });
  composeWithScript(workdir.dir, ['--url', proxy.url]);
  gateway = await startGatewayCli(workdir.dir);
  const res = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: DEMO_AUTH },
    body: JSON.stringify({ query: onEntity(false) }),
  });
  plain = (await res.json()) as Payload;
  const nodes = (plain.data as { project: { rcsSenders: { nodes: { testNumbers: unknown[] }[] } } }).project
    .rcsSenders.nodes;
  lookups = nodes.reduce((n, s) => n + s.testNumbers.length, 0);
}, 60_000);

afterAll(async () => {
  hold = false;
  if (upstream) releaseHeld();
  await gateway?.stop();
  await new Promise<void>((resolve) => {
    if (!proxy) return resolve();
    proxy.server.closeAllConnections();
    proxy.server.close(() => resolve());
  });
  await subgraph?.close();
  await upstream?.close();
  expect(sandbox.problems()).toEqual([]);
  await sandbox?.close();
  workdir?.remove();
});

describe.each<Transport>(['multipart', 'sse'])(
  'hive-gateway with deferStream, client over %s',
  (transport) => {
    it('@defer on the entity: the list first; the deferred fields by a later _entities call; merged, the plain answer', async () => {
      expect(plain.errors).toBeUndefined();
      expect(lookups).toBeGreaterThan(0);
      hold = true;
      proxy.sent.length = 0;
      try {
        const res = await postIncremental(
          gateway?.url ?? '',
          transport,
          { query: onEntity(true) },
          {
            authorization: DEMO_AUTH,
          },
        );
        expect(res.response.status).toBe(200);
        const first = (await res.next()) as Payload;
        expect(first.hasNext).toBe(true);
        expect(JSON.stringify(first.data)).not.toContain('testNumbers');
        // The lookups go out (and are held) only after the first payload: the gateway fetches the deferred
        // fields in a second subgraph request.
        await upstream.until(() => upstream.held().length === lookups);
        releaseHeld();
        const rest = await res.rest();
        expect(rest.at(-1)?.hasNext).toBe(false);
        expect(mergePayloads([first, ...rest]).data).toEqual(plain.data);
        // The gateway resolves @defer itself: the subgraph never sees the directive, it gets the
        // non-deferred selection first, then an _entities request for the deferred fields.
        expect(proxy.sent).toHaveLength(2);
        expect(proxy.sent.some((s) => s.query.includes('@defer'))).toBe(false);
        expect(proxy.sent[0]?.query).not.toContain('testNumbers');
        expect(proxy.sent[1]?.query).toContain('_entities(representations:');
        expect(proxy.sent[1]?.query).toContain('capabilities');
      } finally {
        hold = false;
        releaseHeld();
      }
    });
  },
);

it('@defer inside a non-entity list item: the gateway answers null with no error and asks no subgraph (observed, documented)', async () => {
  proxy.sent.length = 0;
  const before = upstream.received.filter((r) => isCapabilities(r.url)).length;
  const res = await postIncremental(
    gateway?.url ?? '',
    'multipart',
    { query: insideTestNumbers },
    {
      authorization: DEMO_AUTH,
    },
  );
  const payloads = await res.rest();
  const merged = mergePayloads(payloads);
  const numbers = (
    merged.data as { project: { rcsSenders: { nodes: { testNumbers: { capabilities: unknown }[] }[] } } }
  ).project.rcsSenders.nodes.flatMap((n) => n.testNumbers);
  expect(numbers).toHaveLength(lookups);
  expect(numbers.every((n) => n.capabilities === null)).toBe(true);
  expect(merged.errors).toEqual([]);
  expect(proxy.sent).toHaveLength(1);
  expect(proxy.sent[0]?.query).not.toContain('capabilities');
  expect(upstream.received.filter((r) => isCapabilities(r.url)).length).toBe(before);
});
