// Acceptance 2 and 4: the supergraph served by Hive Gateway runtime and by @apollo/gateway, in process,
// against our subgraph (wired to the sandbox, passthrough auth) and the test subgraph.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, OTHER } from '../../src/sandbox/index.ts';
import { DEMO_AUTH, OTHER_AUTH } from '../support/credentials.ts';
import { type FederationHarness, startFederationHarness } from '../support/federation/harness.ts';
import { ownerFor } from '../support/federation/test-subgraph.ts';

const CROSS = /* GraphQL */ `
  query Cross($projectId: ID!) {
    project(id: $projectId) {
      id
      costCenter
      rcsSenders(first: 10) {
        totalCount
        nodes {
          id
          senderId
          internalOwner
          state
          brand { name }
          testNumbers {
            number
            capabilities {
              __typename
              ... on RcsCapabilities { features }
              ... on RcsCapabilitiesUnavailable { code }
            }
          }
        }
      }
    }
  }
`;
const WATCHED = /* GraphQL */ `
  query Watched($ids: [ID!]!) { watchedSenders(ids: $ids) { id internalOwner state brand { name } } }
`;

interface CrossData {
  project: {
    id: string;
    costCenter: string;
    rcsSenders: {
      totalCount: number;
      nodes: {
        id: string;
        senderId: string;
        internalOwner: string;
        testNumbers: { number: string; capabilities: { __typename: string; features?: string[] } }[];
      }[];
    } | null;
  };
}
type Watched = { watchedSenders: ({ id: string; internalOwner: string; state: string } | null)[] };

let h: FederationHarness;
beforeAll(async () => {
  h = await startFederationHarness();
}, 30_000);
afterAll(async () => {
  await h?.close();
});
afterEach(async () => {
  await h.clearFaults();
  expect(h.sandbox.problems()).toEqual([]);
});

describe('cross-subgraph query through both gateways', () => {
  it('returns identical data: senders with internalOwner (teams) and capabilities (ours)', async () => {
    const answers: CrossData[] = [];
    for (const gateway of h.gateways) {
      const res = await h.post<CrossData>(gateway.url, CROSS, { projectId: DEMO.projectId });
      expect([gateway.name, res.status, res.errors]).toEqual([gateway.name, 200, []]);
      answers.push(res.data as CrossData);
    }
    const [hive, apollo] = answers as [CrossData, CrossData];
    expect(hive).toEqual(apollo);
    const senders = hive.project.rcsSenders;
    expect(hive.project.costCenter).toBe(`cc-${DEMO.projectId}`);
    expect(senders?.totalCount).toBe(14);
    expect(senders?.nodes).toHaveLength(10);
    for (const node of senders?.nodes ?? []) expect(node.internalOwner).toBe(ownerFor(node.id));
    const withFeatures = senders?.nodes.flatMap((n) => n.testNumbers).filter((t) => t.capabilities.features);
    expect(withFeatures?.length).toBeGreaterThan(0);

    // The same nodes, straight from our subgraph: the gateways add the teams' fields and change nothing else.
    const direct = await h.post<CrossData>(
      h.subgraph.url,
      CROSS.replace('costCenter', '').replace('internalOwner', ''),
      { projectId: DEMO.projectId },
    );
    expect(direct.errors).toEqual([]);
    expect(senders?.nodes.map(({ internalOwner: _owner, ...rest }) => rest)).toEqual(
      direct.data?.project.rcsSenders?.nodes,
    );
  });

  it("forwards the caller's Authorization to both subgraphs and on to the sandbox", async () => {
    for (const gateway of h.gateways) {
      h.teams.authorizations.length = 0;
      // OTHER's key: the sandbox answers OTHER's project with OTHER's 3 senders...
      const own = await h.post<CrossData>(
        gateway.url,
        CROSS,
        { projectId: OTHER.projectId },
        {
          authorization: OTHER_AUTH,
        },
      );
      expect([gateway.name, own.errors]).toEqual([gateway.name, []]);
      expect(own.data?.project.rcsSenders?.totalCount).toBe(3);
      expect(new Set(own.data?.project.rcsSenders?.nodes.map((n) => n.senderId))).toEqual(
        new Set(await otherSenderIds()),
      );
      expect(h.teams.authorizations.length).toBeGreaterThan(0);
      expect(new Set(h.teams.authorizations)).toEqual(new Set([OTHER_AUTH]));

      // ...and refuses it for DEMO's project: the key travelled, not some service credential.
      const foreign = await h.post<CrossData>(
        gateway.url,
        CROSS,
        { projectId: DEMO.projectId },
        {
          authorization: OTHER_AUTH,
        },
      );
      // Our subgraph answers that with UNAUTHENTICATED at HTTP 200 next to the partial data (no HTTP 401
      // during execution), so both gateways keep the rest of the answer. Neither has a sender.
      expect(foreign.data?.project?.rcsSenders ?? null).toBeNull();
      expect(foreign.data?.project?.id).toBe(DEMO.projectId);
      expect(foreign.errors.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);

      // No Authorization at all: our subgraph refuses before any upstream call.
      const before = (await h.sandbox.stats()).total;
      const anonymous = await h.post<CrossData>(gateway.url, CROSS, { projectId: DEMO.projectId }, {});
      expect(anonymous.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect((await h.sandbox.stats()).total).toBe(before);
    }
  });
});

async function otherSenderIds(): Promise<string[]> {
  const res = await h.post<CrossData>(
    h.subgraph.url,
    `{ project(id: "${OTHER.projectId}") { rcsSenders(first: 10) { nodes { senderId } } } }`,
    {},
    { authorization: OTHER_AUTH },
  );
  return res.data?.project.rcsSenders?.nodes.map((n) => n.senderId) ?? [];
}

describe('a sender whose upstream GET fails (sandbox 500 for that senderId)', () => {
  it('gives partial data: the error on that sender only, no upstream URL or body', async () => {
    const list = await h.post<CrossData>(
      h.subgraph.url,
      CROSS.replace('internalOwner', '').replace('costCenter', ''),
      {
        projectId: DEMO.projectId,
      },
    );
    const nodes = list.data?.project.rcsSenders?.nodes.slice(0, 5) ?? [];
    expect(nodes).toHaveLength(5);
    const failing = nodes[2]?.senderId;
    await h.addFault({ match: { senderId: failing }, status: 500 });
    const answers: Watched[] = [];
    for (const gateway of h.gateways) {
      await h.resetStats();
      const res = await h.post<Watched>(
        gateway.url,
        WATCHED,
        { ids: nodes.map((n) => n.id) },
        {
          authorization: DEMO_AUTH,
        },
      );
      const senders = res.data?.watchedSenders ?? [];
      expect(senders.map((s) => s?.id ?? null)).toEqual(nodes.map((n, i) => (i === 2 ? null : n.id)));
      expect(res.errors).toHaveLength(1);
      const [error] = res.errors;
      expect([error?.message, error?.extensions?.code]).toEqual(['The upstream failed.', 'UPSTREAM_ERROR']);
      // The error points at the watched list, and at no sender but the failing one (Hive Gateway drops the
      // list index of entity errors: its path is [watchedSenders, state]; @apollo/gateway's [watchedSenders, 2]).
      expect(error?.path?.[0]).toBe('watchedSenders');
      expect(error?.path?.filter((p) => typeof p === 'number').every((p) => p === 2)).toBe(true);
      const text = JSON.stringify(res.errors);
      for (const leak of [h.sandbox.url, 'http', '/v1/', 'internal_error', failing ?? '']) {
        expect(text).not.toContain(leak);
      }
      // One entity fetch for the 5 senders: one GET each, the failing one included (a 500 is not retried).
      expect(await h.senderGets()).toBe(5);
      answers.push(res.data as Watched);
    }
    expect(answers[0]).toEqual(answers[1]);
  });
});
