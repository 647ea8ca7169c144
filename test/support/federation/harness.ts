// startFederationHarness: the validated sandbox, our server as a subgraph wired to it (passthrough auth: no
// service credentials, so every upstream call carries the caller's own Authorization), the test subgraph,
// and both gateways over the composed supergraph. Everything on ephemeral 127.0.0.1 ports.
import { type RunningServer, startServer } from '../../../src/server.ts';
import { DEMO_AUTH } from '../credentials.ts';
import type { GraphQLResult } from '../graphql.ts';
import { startValidatedSandbox, type ValidatedSandbox } from '../sandbox.ts';
import { composeWithApollo, composeWithGuild, mustCompose } from './compose.ts';
import { type RunningGateway, startApolloGateway, startHiveGateway } from './gateways.ts';
import { startTestSubgraph, type TestSubgraph } from './test-subgraph.ts';

export interface FederationHarness {
  sandbox: ValidatedSandbox;
  subgraph: RunningServer;
  teams: TestSubgraph;
  gateways: RunningGateway[];
  /** POSTs a GraphQL request to `url` (a gateway or a subgraph); DEMO's Authorization unless headers given. */
  post<T>(
    url: string,
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResult<T>>;
  /** GET /v1/.../senders/{senderId} calls the sandbox counted since the last stats reset. */
  senderGets(): Promise<number>;
  resetStats(): Promise<void>;
  /** Appends a sandbox fault rule (POST /_sandbox/faults). */
  addFault(rule: Record<string, unknown>): Promise<void>;
  clearFaults(): Promise<void>;
  close(): Promise<void>;
}

export const SENDER_GET_ROUTE = 'GET /v1/projects/{projectId}/rcs/senders/{senderId}';

async function serviceSdl(url: string): Promise<string> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: DEMO_AUTH },
    body: JSON.stringify({ query: '{ _service { sdl } }' }),
  });
  const body = (await res.json()) as { data?: { _service?: { sdl?: string } } };
  const sdl = body.data?._service?.sdl;
  if (!sdl) throw new Error(`_service { sdl } answered ${res.status} without an SDL`);
  return sdl;
}

export async function startFederationHarness(): Promise<FederationHarness> {
  const sandbox = await startValidatedSandbox({ seed: 'demo' });
  const subgraph = await startServer({
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
  const teams = await startTestSubgraph();
  const urls = { rcs: subgraph.url, teams: teams.url };
  // Composed from what the running subgraph serves (`_service { sdl }`, as rover introspects it), not from
  // the checked-in file, so the gateways see this build. Our subgraph wants an Authorization for any request.
  const sdl = await serviceSdl(subgraph.url);
  const gateways = [
    await startHiveGateway(mustCompose(composeWithGuild(urls, sdl))),
    await startApolloGateway(mustCompose(composeWithApollo(urls, sdl))),
  ];
  const admin = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${sandbox.url}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`sandbox ${method} ${path} answered ${res.status}`);
  };
  return {
    sandbox,
    subgraph,
    teams,
    gateways,
    async post(url, query, variables, headers) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(headers ?? { authorization: DEMO_AUTH }) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: unknown; errors?: GraphQLResult<unknown>['errors'] };
      return { status: res.status, data: body.data as never, errors: body.errors ?? [] };
    },
    async senderGets() {
      return (await sandbox.stats()).byRoute[SENDER_GET_ROUTE] ?? 0;
    },
    resetStats: () => admin('POST', '/_sandbox/stats/reset'),
    addFault: (rule) => admin('POST', '/_sandbox/faults', { rules: [rule] }),
    clearFaults: () => admin('DELETE', '/_sandbox/faults'),
    async close() {
      for (const gateway of gateways) await gateway.close();
      await teams.close();
      await subgraph.close();
      await sandbox.close();
    },
  };
}
