// The documented setup end to end: `npm run supergraph` composes our subgraph with a second one, the real
// `hive-gateway` CLI serves it (a child process on 127.0.0.1, configured by the gateway.config.ts of
// docs/federation.md), and a list of 1,000 sender references from the second subgraph is resolved
// through our `_entities` against the validated sandbox, with one GET per distinct sender.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../../src/sandbox/index.ts';
import { encodeSenderId } from '../../src/schema/rcs-senders/ids.ts';
import { type RunningServer, startServer } from '../../src/server.ts';
import { DEMO_AUTH } from '../support/credentials.ts';
import {
  composeWithScript,
  documentedGatewayConfig,
  type GatewayProcess,
  gatewayDirectory,
  isRunning,
  startGatewayCli,
} from '../support/federation/gateway-cli.ts';
import { type RecordingProxy, startRecordingProxy } from '../support/federation/recording-proxy.ts';
import { createSenders, listSenderIds } from '../support/federation/scale-data.ts';
import {
  ownerFor,
  startTestSubgraph,
  TEST_SUBGRAPH_SDL,
  type TestSubgraph,
} from '../support/federation/test-subgraph.ts';
import { startValidatedSandbox, type ValidatedSandbox } from '../support/sandbox.ts';

const SENDER_GET = 'GET /v1/projects/{projectId}/rcs/senders/{senderId}';
const REFS = /* GraphQL */ `{ senderRefs { id senderId projectId state brand { name } internalOwner } }`;
type Ref = { id: string; senderId: string; projectId: string; state: string; internalOwner: string };

let sandbox: ValidatedSandbox;
let subgraph: RunningServer;
let teams: TestSubgraph;
let proxy: RecordingProxy;
let workdir: ReturnType<typeof gatewayDirectory>;
let gateway: GatewayProcess | undefined;
let senderIds: string[];

beforeAll(async () => {
  sandbox = await startValidatedSandbox({ seed: 'demo' });
  // Passthrough auth: every upstream call carries the Authorization the gateway forwarded.
  subgraph = await startServer({
    env: {},
    config: {
      port: 0,
      host: '127.0.0.1',
      sinchApiUrl: sandbox.url,
      sinchAuthUrl: `${sandbox.url}/oauth2/token`,
      credentials: undefined,
      logLevel: 'silent',
    },
  });
  teams = await startTestSubgraph();
  // The gateway reaches our subgraph through a recorder, to show what it sends.
  proxy = await startRecordingProxy(subgraph.url);
  const existing = await listSenderIds(sandbox.url);
  senderIds = [...existing, ...(await createSenders(sandbox.url, 200 - existing.length))];

  workdir = gatewayDirectory({
    'teams.graphql': TEST_SUBGRAPH_SDL,
    'gateway.config.ts': documentedGatewayConfig(),
  });
  composeWithScript(workdir.dir, ['--url', proxy.url, '--subgraph', `teams=${teams.url}=./teams.graphql`]);
  gateway = await startGatewayCli(workdir.dir);
}, 60_000);

afterAll(async () => {
  const pid = gateway?.pid;
  await gateway?.stop();
  if (pid !== undefined) expect(isRunning(pid)).toBe(false);
  await teams?.close();
  await proxy?.close();
  await subgraph?.close();
  expect(sandbox.problems()).toEqual([]);
  await sandbox?.close();
  workdir?.remove();
});

describe('hive-gateway CLI over the composed supergraph', () => {
  it('the script wrote a supergraph of both subgraphs, routed to their URLs', () => {
    const sdl = readFileSync(join(workdir.dir, 'supergraph.graphql'), 'utf8');
    expect(sdl).toContain(`RCS_SENDERS @join__graph(name: "rcs-senders", url: "${proxy.url}")`);
    expect(sdl).toContain(`TEAMS @join__graph(name: "teams", url: "${teams.url}")`);
  });

  it('1,000 sender references: in order, with our fields, one GET per distinct sender', async () => {
    expect(new Set(senderIds).size).toBe(200);
    const refs = Array.from({ length: 1000 }, (_, i) => senderIds[(i * 7) % 200] as string);
    teams.senderRefs.splice(
      0,
      teams.senderRefs.length,
      ...refs.map((s) => encodeSenderId(DEMO.projectId, s)),
    );
    teams.authorizations.length = 0;
    proxy.bodies.length = 0;
    await fetch(`${sandbox.url}/_sandbox/stats/reset`, { method: 'POST' });

    const res = await fetch(gateway?.url ?? '', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: DEMO_AUTH },
      body: JSON.stringify({ query: REFS }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data?: { senderRefs: Ref[] }; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    const items = body.data?.senderRefs ?? [];
    expect(items).toHaveLength(1000);
    expect(items.map((r) => r.senderId)).toEqual(refs);
    items.forEach((r, i) => {
      const id = teams.senderRefs[i] as string;
      expect(r).toMatchObject({ id, projectId: DEMO.projectId, internalOwner: ownerFor(id) });
      expect(typeof r.state).toBe('string');
    });

    // Hive Gateway de-duplicates the references of a fetch: one _entities call with the 200 distinct ones.
    expect(proxy.bodies).toHaveLength(1);
    const sent = proxy.bodies[0]?.variables?.representations as { __typename: string; id: string }[];
    expect(proxy.bodies[0]?.query).toContain('_entities(representations:');
    expect(sent).toHaveLength(200);
    expect(new Set(sent.map((r) => r.id))).toEqual(new Set(teams.senderRefs));

    const stats = await sandbox.stats();
    expect(stats.byRoute[SENDER_GET]).toBe(200);
    expect(stats.total).toBe(200);
    const gets = sandbox
      .exchanges()
      .filter((x) => x.method === 'GET' && x.route === '/v1/projects/{projectId}/rcs/senders/{senderId}');
    expect(gets).toHaveLength(200);
    expect(new Set(gets.map((x) => (x.body as { id: string }).id))).toEqual(new Set(senderIds));
    // The gateway forwarded the caller's Authorization to the other subgraph too.
    expect(new Set(teams.authorizations)).toEqual(new Set([DEMO_AUTH]));
  });
});
