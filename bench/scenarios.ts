// What the benchmark drives. `expectedCalls` is the upstream-call budget of one operation, derived from
// the seeded data the same way the graph is meant to load it (one list call, one call per sender per
// per-sender field, one capabilities call per distinct test number, no get-sender for listed senders).

export interface Run {
  concurrency: number;
  total: number;
  /** Fixed latency the sandbox adds to every upstream answer (a real upstream is not on loopback). */
  upstreamLatencyMs: number;
  targetP95Ms: number;
}

export interface Scenario {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  expectedCalls: number;
  runs: Run[];
}

interface SeedSender {
  id: string;
  testNumberStates?: { number: string }[];
}

export async function loadScenarios(sandboxUrl: string, authorization: string): Promise<Scenario[]> {
  const res = await fetch(`${sandboxUrl}/v1/projects/demo-project/rcs/senders?pageSize=100`, {
    headers: { authorization },
  });
  const { senders } = (await res.json()) as { senders: SeedSender[] };
  const numbers = senders.reduce((n, s) => n + (s.testNumberStates?.length ?? 0), 0);
  const first = senders[0];
  if (!first) throw new Error('the sandbox seed has no senders');

  return [
    {
      name: 'dashboard: senders + test numbers + capabilities + activities',
      query: `query Dashboard { project(id: "demo-project") { rcsSenders(first: ${senders.length}) { totalCount nodes {
        id state brand { name } launchReadiness { ready missing { code } }
        testNumbers { number state capabilities { __typename ... on RcsCapabilities { features } } }
        activities(first: 5) { totalCount } } } } }`,
      expectedCalls: 1 + senders.length + numbers,
      runs: [
        { concurrency: 1, total: 200, upstreamLatencyMs: 0, targetP95Ms: 150 },
        { concurrency: 16, total: 800, upstreamLatencyMs: 0, targetP95Ms: 1500 },
        { concurrency: 8, total: 200, upstreamLatencyMs: 25, targetP95Ms: 600 },
      ],
    },
    {
      name: 'one sender via three aliases and node',
      query: `query One($p: ID!, $s: ID!, $g: ID!) { project(id: $p) { a: rcsSender(id: $s) { state }
        b: rcsSender(id: $s) { region } c: rcsSender(id: $s) { useCase } } node(id: $g) { id } }`,
      variables: { p: 'demo-project', s: first.id, g: globalId('demo-project', first.id) },
      expectedCalls: 1,
      runs: [
        { concurrency: 1, total: 500, upstreamLatencyMs: 0, targetP95Ms: 30 },
        { concurrency: 32, total: 3000, upstreamLatencyMs: 0, targetP95Ms: 200 },
      ],
    },
  ];
}

// Mirrors src/schema/rcs-senders/ids.ts (relay global id of "projectId:senderId").
import { encodeSenderId } from '../src/schema/rcs-senders/ids.ts';

function globalId(projectId: string, senderId: string): string {
  return encodeSenderId(projectId, senderId);
}
