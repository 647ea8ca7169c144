import type { Answer, Api } from './client.ts';
import type { SenderRowFragment, SendersPageQuery } from './gql/graphql.ts';
import { graphql } from './gql/index.ts';

// The sender list of a dashboard: one page at a time with Relay cursors, each row from one fragment.

export const SenderRow = graphql(`
  fragment SenderRow on RcsSender {
    id
    senderId
    state
    createdAt
    brand {
      name
    }
    launchReadiness {
      ready
      missing {
        code
        field
      }
    }
  }
`);

export const SendersPage = graphql(`
  query SendersPage($projectId: ID!, $first: Int!, $after: String) {
    project(id: $projectId) {
      rcsSenders(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...SenderRow
        }
      }
    }
  }
`);

/** Every sender of the project, reading pages of `pageSize` until `hasNextPage` is false. */
export async function allSenders(
  api: Api,
  projectId: string,
  pageSize = 5,
): Promise<{ senders: SenderRowFragment[]; totalCount: number; pages: number }> {
  const senders: SenderRowFragment[] = [];
  let after: string | null = null;
  let totalCount = 0;
  let pages = 0;
  for (;;) {
    const answer: Answer<SendersPageQuery> = await api(SendersPage, { projectId, first: pageSize, after });
    const connection = answer.data?.project.rcsSenders;
    if (!connection) throw new Error(`page ${pages + 1} failed: ${JSON.stringify(answer.errors)}`);
    pages++;
    totalCount = connection.totalCount;
    senders.push(...connection.nodes);
    if (!connection.pageInfo.hasNextPage) return { senders, totalCount, pages };
    after = connection.pageInfo.endCursor ?? null;
  }
}
