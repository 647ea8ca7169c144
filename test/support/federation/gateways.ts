// The two gateways under test, both in process on ephemeral 127.0.0.1 ports, each forwarding the caller's
// Authorization (and x-request-id) to every subgraph, as docs/federation.md tells operators to configure.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';

export interface RunningGateway {
  name: string;
  url: string;
  close(): Promise<void>;
}

const FORWARDED = ['authorization', 'x-request-id'] as const;

/** Hive Gateway runtime (the engine of `hive-gateway`), served by node:http. */
export async function startHiveGateway(supergraph: string): Promise<RunningGateway> {
  const gateway = createGatewayRuntime({
    supergraph,
    // HIVE_LOG=1 shows the gateway's own debug log when a test needs diagnosing.
    logging: process.env.HIVE_LOG ? 'debug' : false,
    graphiql: false,
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) => {
        const headers: Record<string, string> = {};
        for (const name of FORWARDED) {
          const value = request.headers.get(name);
          if (value) headers[name] = value;
        }
        return headers;
      },
    },
  });
  const server = createServer(gateway);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    name: 'hive-gateway',
    url: `http://127.0.0.1:${port}/graphql`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await gateway.dispose();
    },
  };
}

interface ApolloContext {
  forwarded: Record<string, string>;
}

/** @apollo/gateway inside @apollo/server 4 (standalone HTTP server). */
export async function startApolloGateway(supergraphSdl: string): Promise<RunningGateway> {
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ url }) =>
      new RemoteGraphQLDataSource<ApolloContext>({
        ...(url ? { url } : {}),
        willSendRequest({ request, context }) {
          const forwarded: Record<string, string> = (context as Partial<ApolloContext>).forwarded ?? {};
          for (const [name, value] of Object.entries(forwarded)) {
            request.http?.headers.set(name, value);
          }
        },
      }),
  });
  const server = new ApolloServer<ApolloContext>({ gateway, includeStacktraceInErrorResponses: false });
  const { url } = await startStandaloneServer(server, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async ({ req }: { req: IncomingMessage }) => {
      const forwarded: Record<string, string> = {};
      for (const name of FORWARDED) {
        const value = req.headers[name];
        if (typeof value === 'string' && value) forwarded[name] = value;
      }
      return { forwarded };
    },
  });
  return {
    name: 'apollo-gateway',
    url: new URL('/graphql', url).href,
    close: () => server.stop(),
  };
}
