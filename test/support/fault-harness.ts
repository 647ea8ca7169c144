// A sandbox and the GraphQL server wired to it over HTTP for the fault tests, with resilience settings
// chosen per test (fresh server = fresh breaker and retry budget). Passthrough auth (the DEMO project's Basic
// header), so the sandbox's counters hold API calls only, no token requests.
import type { Config } from '../../src/config.ts';
import type { FaultRule } from '../../src/sandbox/index.ts';
import { type RunningServer, startServer } from '../../src/server.ts';
import { DEMO_AUTH } from './credentials.ts';
import { startValidatedSandbox, type ValidatedSandbox } from './sandbox.ts';

export interface GraphQLAnswer {
  status: number;
  ms: number;
  data: Record<string, unknown> | null | undefined;
  errors: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface FaultHarness {
  sandbox: ValidatedSandbox;
  server: RunningServer;
  query(query: string, variables?: Record<string, unknown>): Promise<GraphQLAnswer>;
  inject(...rules: FaultRule[]): Promise<void>;
  /** Upstream calls per operationId since start (faulted ones included). */
  calls(operationId: string): Promise<number>;
  close(): Promise<void>;
}

export async function startFaultHarness(config: Partial<Config> = {}): Promise<FaultHarness> {
  const sandbox = await startValidatedSandbox({ seed: 'demo' });
  const server = await startServer({
    env: {},
    config: {
      port: 0,
      host: '127.0.0.1',
      sinchApiUrl: sandbox.url,
      credentials: undefined,
      logLevel: 'silent',
      ...config,
    },
  });
  return {
    sandbox,
    server,
    async query(query, variables) {
      const started = performance.now();
      const res = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: DEMO_AUTH },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as Omit<GraphQLAnswer, 'status' | 'ms'>;
      return {
        status: res.status,
        ms: performance.now() - started,
        data: body.data,
        errors: body.errors ?? [],
      };
    },
    async inject(...rules) {
      const res = await fetch(`${sandbox.url}/_sandbox/faults`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ rules }),
      });
      if (!res.ok) throw new Error(`faults answered ${res.status}`);
    },
    async calls(operationId) {
      return (await sandbox.stats()).byOperation[operationId] ?? 0;
    },
    async close() {
      await server.close();
      await sandbox.close();
    },
  };
}
