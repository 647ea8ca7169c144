import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { createYoga } from 'graphql-yoga';

// A second, independent subgraph, as a platform team would own it: it extends our RcsSender and
// Project entities with fields of its own. Used by the composition and gateway tests.
export const TEST_SUBGRAPH_SDL = /* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key"])

  type RcsSender @key(fields: "id") {
    id: ID!
    "Which internal team owns this sender (test data derived from the id)."
    internalOwner: String!
  }

  type Project @key(fields: "id") {
    id: ID!
    costCenter: String!
  }

  type Query {
    teamNotes: [String!]!
    "Senders this team watches: references only, so the gateway resolves the rest through our _entities."
    watchedSenders(ids: [ID!]!): [RcsSender]!
    "A long list of sender references (set by the test), as a gateway meets them at scale."
    senderRefs: [RcsSender!]!
  }
`;

/** Deterministic test data: the same id always gives the same owner. */
export function ownerFor(id: string): string {
  let h = 0;
  for (const ch of id) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return `team-${h % 7}`;
}

export interface TestSubgraph {
  url: string;
  /** Authorization header values this subgraph received, in order. */
  authorizations: (string | null)[];
  /** Sender global ids `senderRefs` answers with, in order; empty until a test sets them. */
  senderRefs: string[];
  close(): Promise<void>;
}

export async function startTestSubgraph(): Promise<TestSubgraph> {
  const authorizations: (string | null)[] = [];
  const senderRefs: string[] = [];
  const schema = buildSubgraphSchema({
    typeDefs: parse(TEST_SUBGRAPH_SDL),
    resolvers: {
      Query: {
        teamNotes: () => ['note'],
        watchedSenders: (_root: unknown, args: { ids: string[] }) => args.ids.map((id) => ({ id })),
        senderRefs: () => senderRefs.map((id) => ({ id })),
      },
      RcsSender: {
        __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
        internalOwner: (sender: { id: string }) => ownerFor(sender.id),
      },
      Project: {
        __resolveReference: (ref: { id: string }) => ({ id: ref.id, costCenter: `cc-${ref.id}` }),
      },
    },
  });
  const yoga = createYoga({
    schema,
    graphiql: false,
    logging: false,
    plugins: [{ onRequest: ({ request }) => void authorizations.push(request.headers.get('authorization')) }],
  });
  const server = createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    authorizations,
    senderRefs,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
