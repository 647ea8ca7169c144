// biome-ignore-all lint/suspicious/noExplicitAny: upstream DTOs read raw from the sandbox in assertions
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO } from '../../src/sandbox/index.ts';
import {
  ProjectActivitiesDocument,
  QuestionnaireDocument,
  SenderActivitiesDocument,
  SenderDetailDocument,
  SenderPageDocument,
  type SenderPageQuery,
} from '../generated/graphql.ts';
import { DEMO_AUTH } from '../support/credentials.ts';
import { type GraphQLHarness, startGraphQLHarness } from '../support/graphql.ts';

let h: GraphQLHarness;
const projectId = DEMO.projectId;

beforeAll(async () => {
  h = await startGraphQLHarness();
});
afterAll(async () => {
  await h.close();
});
beforeEach(async () => {
  await h.reset();
});
afterEach(() => {
  expect(h.problems()).toEqual([]);
});

async function upstreamSender(senderId: string) {
  const res = await fetch(`${h.sandboxUrl}/v1/projects/${projectId}/rcs/senders/${senderId}`, {
    headers: { authorization: DEMO_AUTH },
  });
  return (await res.json()) as Record<string, any>;
}

async function allSenders() {
  const data = await h.request(SenderPageDocument, { projectId, first: 100 });
  return data.project.rcsSenders?.edges.map((e) => e.node) ?? [];
}

describe('sender fields', () => {
  it('serves every contract field of a sender, matching the upstream DTO', async () => {
    const senders = await allSenders();
    const withNumbers = await h.request<any, Record<string, never>>(
      `{ project(id: "${projectId}") { rcsSenders(first: 100) { nodes { senderId testNumbers { number } } } } }`,
    );
    const target = withNumbers.project.rcsSenders.nodes.find((n: any) => n.testNumbers.length > 1);
    expect(target).toBeDefined();
    const dto = await upstreamSender(target.senderId);
    const number = dto.testNumberStates[0].number as string;
    const id = senders.find((s) => s.senderId === target.senderId)?.id ?? '';
    await h.resetStats();

    const data = await h.request(SenderDetailDocument, { projectId, id, number });
    const s = data.project.rcsSender;
    expect(s?.senderId).toBe(dto.id);
    expect(s?.id).toBe(id);
    expect(s?.projectId).toBe(projectId);
    expect(s?.project.id).toBe(projectId);
    expect(s?.state).toBe(dto.state);
    expect(s?.region).toBe(dto.region);
    expect(s?.billingCategory).toBe(dto.billingCategory);
    expect(s?.useCase).toBe(dto.useCase);
    expect(s?.hostingRegion).toBe(dto.hostingRegion);
    expect(s?.brand?.name).toBe(dto.details.brand.name);
    expect(s?.brand?.emails.map((e) => e.address)).toEqual(
      (dto.details.brand.emails ?? []).map((e: any) => e.address),
    );
    expect(s?.countries).toEqual(dto.details.countries ?? []);
    expect(s?.countryStatuses.map((c) => c.country)).toEqual(
      (dto.countryStatus ?? []).map((c: any) => c.country),
    );
    expect(s?.questionnaire?.general?.optInDescription ?? null).toBe(
      dto.details.questionnaire.general.answers.optInDescription ?? null,
    );
    expect(s?.testNumbers.map((n) => [n.number, n.state])).toEqual(
      dto.testNumberStates.map((n: any) => [n.number, n.state]),
    );
    for (const n of s?.testNumbers ?? []) {
      expect(['RcsCapabilities', 'RcsCapabilitiesUnavailable']).toContain(n.capabilities?.__typename);
      expect(n.submittedAt).toBe(
        new Date(dto.testNumberStates.find((x: any) => x.number === n.number).submitted).toISOString(),
      );
    }
    expect(s?.testNumber).toEqual({ number, state: dto.testNumberStates[0].state });
    expect(s?.authName ?? null).toBe(dto.authName ?? null);
    expect(JSON.stringify(data)).not.toContain(dto.authToken ?? 'no-token-in-dto');
    expect(s?.createdAt).toBe(new Date(dto.created).toISOString());
    expect(s?.activities?.edges.length).toBeLessThanOrEqual(3);
    expect(s?.activities?.nodes.map((n) => n.type)).toEqual(s?.activities?.edges.map((e) => e.node.type));
    expect(s?.launchReadiness.ready).toBe(s?.launchReadiness.missing.length === 0);
    const stats = await h.stats();
    expect(stats.byOperation.RcsSendersController_getSender_v1).toBe(1);
    expect(stats.byOperation.RcsSendersController_getTestNumberCapabilities_v1).toBe(
      dto.testNumberStates.length,
    );
  });

  it('rcsSender: null for an unknown upstream id and for a malformed id', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const res = await h.raw(`query($p: ID!, $id: ID!) { project(id: $p) { rcsSender(id: $id) { id } } }`, {
        p: projectId,
        id,
      });
      expect(res.errors).toEqual([]);
      expect(res.data).toEqual({ project: { rcsSender: null } });
    }
  });

  it('a failing capabilities lookup errors on that field only; the rest of the response is intact', async () => {
    const data = await h.request<any, Record<string, never>>(
      `{ project(id: "${projectId}") { rcsSenders(first: 100) { nodes { senderId testNumbers { number } } } } }`,
    );
    const sender = data.project.rcsSenders.nodes.find((n: any) => n.testNumbers.length > 0);
    await fetch(`${h.sandboxUrl}/_sandbox/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        rules: [
          {
            match: { operationId: 'RcsSendersController_getTestNumberCapabilities_v1' },
            status: 500,
            times: 1,
          },
        ],
      }),
    });
    const res = await h.raw<any, Record<string, unknown>>(
      `query($p: ID!, $id: ID!) { project(id: $p) { rcsSender(id: $id) { senderId state testNumbers { number capabilities { __typename } } } } }`,
      { p: projectId, id: sender.senderId },
    );
    const numbers = res.data.project.rcsSender.testNumbers;
    expect(res.data.project.rcsSender.senderId).toBe(sender.senderId);
    expect(numbers.map((n: any) => n.number)).toEqual(sender.testNumbers.map((n: any) => n.number));
    expect(numbers.filter((n: any) => n.capabilities === null)).toHaveLength(1);
    expect(res.errors).toHaveLength(1);
    expect(res.errors[0]?.extensions?.code).toBe('UPSTREAM_ERROR');
    expect(res.errors[0]?.path?.at(-1)).toBe('capabilities');
    expect(JSON.stringify(res.errors)).not.toContain(h.sandboxUrl);
  });
});

describe('connections', () => {
  it('walks every sender page by page: cursors map to upstream pages, totalCount and pageInfo are right', async () => {
    const all = await allSenders();
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const data: SenderPageQuery = await h.request(SenderPageDocument, { projectId, first: 4, after });
      const conn = data.project.rcsSenders!;
      expect(conn.totalCount).toBe(all.length);
      expect(conn.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...conn.edges.map((e) => e.node.senderId));
      pages += 1;
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor ?? null;
    }
    expect(seen).toEqual(all.map((s) => s.senderId));
    expect(pages).toBe(Math.ceil(all.length / 4));
  });

  it('after an edge in the middle of a page continues right after it', async () => {
    const all = await allSenders();
    const first = await h.request(SenderPageDocument, { projectId, first: 5 });
    const middle = first.project.rcsSenders?.edges[1]?.cursor ?? null;
    const next = await h.request(SenderPageDocument, { projectId, first: 3, after: middle });
    expect(next.project.rcsSenders?.edges.map((e) => e.node.senderId)).toEqual(
      all.slice(2, 5).map((s) => s.senderId),
    );
  });

  it('filter and orderBy reach the upstream', async () => {
    const data = await h.request(SenderPageDocument, {
      projectId,
      first: 100,
      filter: { states: ['DRAFT'] },
      orderBy: { field: 'NAME', direction: 'DESC' },
    });
    const edges = data.project.rcsSenders?.edges ?? [];
    expect(edges.length).toBeGreaterThan(0);
    expect(edges.every((e) => e.node.state === 'DRAFT')).toBe(true);
    expect(data.project.rcsSenders?.totalCount).toBe(edges.length);
  });

  it('a garbage cursor is BAD_USER_INPUT without an upstream call', async () => {
    await h.resetStats();
    const res = await h.raw(SenderPageDocument, { projectId, first: 2, after: 'garbage' });
    expect(res.errors.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect((await h.stats()).total).toBe(0);
  });

  it('activities page through the log and comments are exactly the COMMENT_ADDED entries', async () => {
    const senders = await allSenders();
    for (const s of senders) {
      const res = await fetch(
        `${h.sandboxUrl}/v1/projects/${projectId}/rcs/senders/${s.senderId}/activities?pageSize=100`,
        {
          headers: { authorization: DEMO_AUTH },
        },
      );
      const log = (await res.json()) as {
        totalSize: number;
        notifications: { type: string; comment?: string }[];
      };
      const comments = log.notifications.filter((n) => n.type === 'COMMENT_ADDED').map((n) => n.comment);
      if (comments.length < 2 || log.totalSize < 3) continue;
      const page1 = await h.request(SenderActivitiesDocument, { projectId, id: s.id, first: 2 });
      const a1 = page1.project.rcsSender?.activities;
      expect(a1?.totalCount).toBe(log.totalSize);
      expect(a1?.nodes.map((n) => n.type)).toEqual(log.notifications.slice(0, 2).map((n) => n.type));
      const page2 = await h.request(SenderActivitiesDocument, {
        projectId,
        id: s.id,
        first: 1,
        after: a1?.pageInfo.endCursor ?? null,
      });
      expect(page2.project.rcsSender?.activities?.nodes.map((n) => n.type)).toEqual([
        log.notifications[2]?.type,
      ]);
      const c1 = page1.project.rcsSender?.comments;
      expect(c1?.nodes.map((n) => n.comment)).toEqual(comments.slice(0, 2));
      expect(c1?.pageInfo.hasNextPage).toBe(comments.length > 2);
      return;
    }
    throw new Error('no seeded sender with two comments and three activities');
  });

  it('project rcsActivities reads the account log', async () => {
    const data = await h.request(ProjectActivitiesDocument, { projectId, first: 2 });
    const conn = data.project.rcsActivities;
    expect(conn?.totalCount).toBeGreaterThanOrEqual(conn?.edges.length ?? 0);
    expect(conn?.pageInfo.hasNextPage).toBe((conn?.totalCount ?? 0) > 2);
  });
});

describe('questionnaire', () => {
  it('returns the questions of the upstream for the use case and countries', async () => {
    const res = await fetch(
      `${h.sandboxUrl}/v1/projects/${projectId}/rcs/questionnaire/OTP?countries=GB&countries=US`,
      {
        headers: { authorization: DEMO_AUTH },
      },
    );
    const upstream = (await res.json()) as Record<string, { questions: Record<string, unknown> }>;
    const data = await h.request(QuestionnaireDocument, {
      projectId,
      useCase: 'OTP',
      countries: ['GB', 'US'],
    });
    const q = data.project.rcsQuestionnaire;
    expect(q?.general.map((x) => x.key)).toEqual(Object.keys(upstream.general?.questions ?? {}));
    expect(q?.gb?.map((x) => x.key)).toEqual(Object.keys(upstream.gb?.questions ?? {}));
    expect(q?.fr ?? null).toBeNull();
    expect(q?.us?.length).toBeGreaterThan(0);
  });
});
