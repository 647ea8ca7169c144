// For the wire-level mutation tests that need an upstream other than the plain sandbox (a recording proxy in
// front of it, or a canned answer for a status the sandbox cannot produce): executes the schema with a
// context whose client talks real HTTP to `upstreamUrl`. Everything else goes through the GraphQL harness.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type DocumentNode, type ExecutionResult, execute } from 'graphql';
import { createContext } from '../../src/context.ts';
import { silentLogger } from '../../src/log.ts';
import { schema } from '../../src/schema/index.ts';
import { createSinchClient } from '../../src/upstream/client.ts';
import { DEMO_AUTH } from './credentials.ts';

export interface DirectExecutor {
  run<T>(document: DocumentNode, variables: Record<string, unknown>): Promise<ExecutionResult<T>>;
  close(): Promise<void>;
}

export function directExecutor(upstreamUrl: string): DirectExecutor {
  const client = createSinchClient({ baseUrl: upstreamUrl, timeoutMs: 5_000 });
  // Passthrough auth, as a request with DEMO_AUTH gets it; no call budget (these tests count calls themselves).
  const deps = {
    client,
    logger: silentLogger,
    serviceAuth: false,
    limits: { maxUpstreamCalls: Number.POSITIVE_INFINITY },
  };
  return {
    run: async <T>(document: DocumentNode, variables: Record<string, unknown>) => {
      const request = new Request('http://localhost/graphql', {
        headers: { authorization: DEMO_AUTH, 'x-request-id': 'test' },
      });
      const contextValue = createContext(request, deps);
      return (await execute({
        schema,
        document,
        variableValues: variables,
        contextValue,
      })) as ExecutionResult<T>;
    },
    close: () => client.close(),
  };
}

export interface ProxiedRequest {
  method: string;
  /** Path and query as sent. */
  url: string;
  body: string;
}

/** A forwarding proxy on 127.0.0.1:0 that records every request's method, URL and exact body bytes. */
export async function startRecordingProxy(target: string) {
  const requests: ProxiedRequest[] = [];
  const read = async (req: IncomingMessage) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  };
  const server = createServer(async (req, res) => {
    const body = await read(req);
    requests.push({ method: req.method ?? '', url: req.url ?? '', body });
    const headers: Record<string, string> = {};
    for (const name of ['authorization', 'content-type', 'accept']) {
      const value = req.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    const upstream = await fetch(`${target}${req.url}`, {
      method: req.method,
      headers,
      body: body === '' ? undefined : body,
    });
    const text = await upstream.text();
    res.writeHead(upstream.status, {
      'content-type': upstream.headers.get('content-type') ?? 'application/json',
    });
    res.end(text);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
