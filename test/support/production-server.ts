// The production configuration (NODE_ENV=production semantics: masked errors without details, no field
// suggestions; introspection and GraphiQL stay on by default, see docs/operations.md) with service
// credentials, wired over HTTP to the project's contract-validated sandbox. Both on ephemeral 127.0.0.1
// ports.
import type { Limits } from '../../src/config.ts';
import type { Logger } from '../../src/log.ts';
import { DEMO } from '../../src/sandbox/index.ts';
import { type RunningServer, startServer } from '../../src/server.ts';
import { startValidatedSandbox, type ValidatedSandbox } from './sandbox.ts';

export interface ProductionServer {
  url: string;
  sandbox: ValidatedSandbox;
  server: RunningServer;
  /** Upstream calls counted by the sandbox since the last reset. */
  upstreamCalls(): Promise<number>;
  resetStats(): Promise<void>;
  close(): Promise<void>;
}

export async function startProductionServer(
  opts: {
    limits?: Partial<Limits>;
    env?: Record<string, string>;
    logger?: Logger;
    serviceAuth?: boolean;
  } = {},
): Promise<ProductionServer> {
  const sandbox = await startValidatedSandbox({ seed: 'demo' });
  const server = await startServer({
    env: { NODE_ENV: 'production', ...opts.env },
    config: {
      port: 0,
      host: '127.0.0.1',
      sinchApiUrl: sandbox.url,
      sinchAuthUrl: `${sandbox.url}/oauth2/token`,
      credentials:
        opts.serviceAuth === false
          ? undefined
          : { keyId: DEMO.keyId, keySecret: DEMO.keySecret, mode: 'oauth2' },
      logLevel: 'silent',
      ...(opts.limits ? { limits: opts.limits } : {}),
    },
    ...(opts.logger ? { logger: opts.logger } : {}),
  });
  return {
    url: server.url,
    sandbox,
    server,
    async upstreamCalls() {
      const stats = await sandbox.stats();
      // The token endpoint is the server authenticating itself, not an API call made for the query.
      return stats.total - (stats.byRoute['POST /oauth2/token'] ?? 0);
    },
    async resetStats() {
      const res = await fetch(`${sandbox.url}/_sandbox/stats/reset`, { method: 'POST' });
      if (!res.ok) throw new Error(`stats reset answered ${res.status}`);
    },
    async close() {
      await server.close();
      await sandbox.close();
    },
  };
}

export const GRAPHQL_RESPONSE = 'application/graphql-response+json';

/** POST a document; both accept types the spec defines are exercised by the callers. */
export async function post(
  url: string,
  body: unknown,
  accept: string = GRAPHQL_RESPONSE,
  headers: Record<string, string> = {},
): Promise<{
  status: number;
  text: string;
  json: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } | undefined;
}> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json: ReturnType<typeof JSON.parse> | undefined;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, text, json };
}
