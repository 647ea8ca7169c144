// RcsSender.comments reads activity pages until it has `first` comments: at most MAX_PAGES_PER_FIELD (3)
// pages of 100. A sender with 450 edits between two comments shows the cap: counted by the sandbox, and the
// connection says truthfully that more follows and where to continue.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../../src/sandbox/index.ts';
import { MAX_PAGES_PER_FIELD } from '../../src/schema/lib/pagination.ts';
import { DEMO_AUTH } from '../support/credentials.ts';
import { type GraphQLHarness, startGraphQLHarness } from '../support/graphql.ts';

const ACTIVITIES = 'RcsSendersController_listActivities_v1';
const EDITS = 450;

const COMMENTS = /* GraphQL */ `
  query Comments($id: ID!, $first: Int, $after: String) {
    project(id: "${DEMO.projectId}") {
      rcsSender(id: $id) {
        comments(first: $first, after: $after) {
          nodes { comment }
          pageInfo { hasNextPage endCursor }
        }
      }
    }
  }
`;
type Page = { nodes: { comment: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
type Answer = { project: { rcsSender: { comments: Page } } };

let h: GraphQLHarness;
let senderId: string;

/** One call of the sandbox's REST API as a client of the Sinch API would make it. */
async function rest(method: string, path: string, body: unknown) {
  const res = await fetch(`${h.sandboxUrl}/v1/projects/${DEMO.projectId}/rcs/senders${path}`, {
    method,
    headers: { authorization: DEMO_AUTH, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as { id: string };
}

beforeAll(async () => {
  h = await startGraphQLHarness();
  ({ id: senderId } = await rest('POST', '', {
    region: 'EU',
    billingCategory: 'CONVERSATIONAL',
    useCase: 'OTP',
  }));
  // Newest first, the log is: "latest", 450 EDITED entries, "first", CREATED: 453 activities, 5 pages.
  await rest('POST', `/${senderId}/comments`, { comment: 'first' });
  for (let i = 0; i < EDITS; i += 1) {
    await rest('PATCH', `/${senderId}`, { details: { countries: [i % 2 === 0 ? 'GB' : 'FR'] } });
  }
  await rest('POST', `/${senderId}/comments`, { comment: 'latest' });
}, 120_000);
afterAll(async () => {
  await h.close();
});
afterEach(() => {
  expect(h.problems()).toEqual([]);
});

async function comments(variables: { first: number; after?: string | null }) {
  await h.resetStats();
  const data = await h.request<Answer, Record<string, unknown>>(COMMENTS, { id: senderId, ...variables });
  const stats = await h.stats();
  return { page: data.project.rcsSender.comments, activityCalls: stats.byOperation[ACTIVITIES] ?? 0, stats };
}

describe('comments: a page cap of 3 activity pages per field', () => {
  it('stops after 3 pages with the comments found, hasNextPage and a cursor that continues after them', async () => {
    expect(MAX_PAGES_PER_FIELD).toBe(3);
    const first = await comments({ first: 2 });
    expect(first.page.nodes).toEqual([{ comment: 'latest' }]);
    expect(first.page.pageInfo.hasNextPage).toBe(true);
    // The sender GET, then 3 activity pages of 100: nothing else.
    expect(first.activityCalls).toBe(3);
    expect(first.stats.total).toBe(4);

    // Continuing reads the 4th and 5th pages only (the 300 activities already read are not read again).
    const rest = await comments({ first: 2, after: first.page.pageInfo.endCursor });
    expect(rest.page.nodes).toEqual([{ comment: 'first' }]);
    expect(rest.page.pageInfo.hasNextPage).toBe(false);
    expect(rest.activityCalls).toBe(2);
  });

  it('with no comment in the pages read, the end cursor still continues where the reading stopped', async () => {
    const start = await comments({ first: 1 });
    expect(start.page.nodes).toEqual([{ comment: 'latest' }]);
    expect(start.activityCalls).toBe(1);

    // After "latest": 3 pages of edits only, so no edge, but the page says more follows and where.
    const empty = await comments({ first: 1, after: start.page.pageInfo.endCursor });
    expect(empty.page.nodes).toEqual([]);
    expect(empty.page.pageInfo.hasNextPage).toBe(true);
    expect(empty.page.pageInfo.endCursor).toEqual(expect.any(String));
    expect(empty.activityCalls).toBe(3);

    // From there: the 4th page (edits) and the 5th, which holds "first" and ends the log.
    const found = await comments({ first: 1, after: empty.page.pageInfo.endCursor });
    expect(found.page.nodes).toEqual([{ comment: 'first' }]);
    expect(found.page.pageInfo.hasNextPage).toBe(false);
    expect(found.activityCalls).toBe(2);
  });

  it('two such senders in one request: 2 × 3 activity pages, whatever their logs hold', async () => {
    await h.resetStats();
    const query = `{ project(id: "${DEMO.projectId}") {
      a: rcsSender(id: "${senderId}") { comments(first: 100) { pageInfo { hasNextPage } } }
      b: rcsSender(id: "${senderId}") { comments(first: 99) { pageInfo { hasNextPage } } } } }`;
    const data = await h.request<Record<string, Record<string, { comments: Page }>>, Record<string, never>>(
      query,
    );
    expect(data.project?.a?.comments.pageInfo.hasNextPage).toBe(true);
    expect(data.project?.b?.comments.pageInfo.hasNextPage).toBe(true);
    // The two fields read the same pages (one loader key each): 3 pages, plus one GET of the sender.
    expect((await h.stats()).byOperation[ACTIVITIES]).toBe(3);
  });
});
