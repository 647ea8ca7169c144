// startGraphQLHarness: the project's own sandbox (every exchange validated against the OpenAPI contract)
// and the GraphQL server wired to it over HTTP, both on ephemeral 127.0.0.1 ports. Requests go through
// graphql-request with the DEMO project's Basic Authorization unless other headers are given.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type DocumentNode, print } from 'graphql';
import { GraphQLClient } from 'graphql-request';
import { DEMO } from '../../src/sandbox/index.ts';
import { type RunningServer, startServer } from '../../src/server.ts';
import { DEMO_AUTH } from './credentials.ts';
import { type SandboxStats, startValidatedSandbox, type ValidatedSandbox } from './sandbox.ts';

export interface GraphQLResult<T> {
  status: number;
  data: T | null | undefined;
  errors: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface GraphQLHarness {
  url: string;
  sandboxUrl: string;
  sandbox: ValidatedSandbox;
  server: RunningServer;
  /** Data of a successful operation; throws (graphql-request ClientError) when the answer has errors. */
  request<T, V extends Record<string, unknown>>(
    document: TypedDocumentNode<T, V> | DocumentNode | string,
    variables?: V,
    headers?: Record<string, string>,
  ): Promise<T>;
  /** The whole answer, errors included, with the HTTP status. */
  raw<T, V extends Record<string, unknown>>(
    document: TypedDocumentNode<T, V> | DocumentNode | string,
    variables?: V,
    headers?: Record<string, string>,
  ): Promise<GraphQLResult<T>>;
  stats(): Promise<SandboxStats>;
  /** Zero the sandbox's request counters (state kept). */
  resetStats(): Promise<void>;
  /** Back to the seeded state (counters zeroed too). */
  reset(): Promise<void>;
  problems(): string[];
  close(): Promise<void>;
}

export async function startGraphQLHarness(
  opts: { serviceCredentials?: boolean } = {},
): Promise<GraphQLHarness> {
  const sandbox = await startValidatedSandbox({ seed: 'demo' });
  const server = await startServer({
    env: {},
    config: {
      port: 0,
      host: '127.0.0.1',
      sinchApiUrl: sandbox.url,
      sinchAuthUrl: `${sandbox.url}/oauth2/token`,
      credentials: opts.serviceCredentials
        ? { keyId: DEMO.keyId, keySecret: DEMO.keySecret, mode: 'oauth2' }
        : undefined,
      logLevel: 'silent',
    },
  });
  const client = (headers?: Record<string, string>) =>
    new GraphQLClient(server.url, { headers: headers ?? { authorization: DEMO_AUTH }, errorPolicy: 'all' });
  const text = (document: DocumentNode | string) =>
    typeof document === 'string' ? document : print(document);
  return {
    url: server.url,
    sandboxUrl: sandbox.url,
    sandbox,
    server,
    async request(document, variables, headers) {
      const result = await client(headers).rawRequest(text(document), variables);
      if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
      return result.data as never;
    },
    async raw(document, variables, headers) {
      const res = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(headers ?? { authorization: DEMO_AUTH }) },
        body: JSON.stringify({ query: text(document), variables }),
      });
      const body = (await res.json()) as { data?: unknown; errors?: GraphQLResult<unknown>['errors'] };
      return { status: res.status, data: body.data as never, errors: body.errors ?? [] };
    },
    stats: () => sandbox.stats(),
    async resetStats() {
      const res = await fetch(`${sandbox.url}/_sandbox/stats/reset`, { method: 'POST' });
      if (!res.ok) throw new Error(`stats reset answered ${res.status}`);
    },
    reset: () => sandbox.reset(),
    problems: () => sandbox.problems(),
    async close() {
      await server.close();
      await sandbox.close();
    },
  };
}
