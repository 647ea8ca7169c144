// startEventsHarness: the validated sandbox, and the GraphQL server wired to it the way src/server.ts wires
// it (yoga + graphql-ws on one node server, 127.0.0.1, ephemeral port), with an in-process event bus the
// test publishes SinchEvents on directly (the receiver's end-to-end path is tested elsewhere), and the
// live-event deps (poll interval, re-check interval, limits) set per test file. Subscribes over SSE (fetch,
// text/event-stream, parsed) and over WebSocket (graphql-ws client on `ws`).
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { createMemoryEventBus, type MemoryEventBus } from '../../src/events/memory.ts';
import type { SinchEvent } from '../../src/events/types.ts';
import { attachWebSocket } from '../../src/http/websocket.ts';
import { silentLogger } from '../../src/log.ts';
import { DEMO } from '../../src/sandbox/index.ts';
import type { LiveEventDeps } from '../../src/schema/events/deps.ts';
import { createSinchClient } from '../../src/upstream/client.ts';
import { createYoga, type YogaDeps } from '../../src/yoga.ts';
import { DEMO_AUTH } from './credentials.ts';
import { type SandboxStats, startValidatedSandbox, type ValidatedSandbox } from './sandbox.ts';

export interface EventsHarness {
  url: string;
  wsUrl: string;
  sandbox: ValidatedSandbox;
  bus: MemoryEventBus;
  deps: YogaDeps;
  /** Publishes one event as the receiver would (projectId, type, body; nonce and timestamps filled in). */
  publish(projectId: string, body: Record<string, unknown>, timestampSeconds?: number): Promise<SinchEvent>;
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<{
    status: number;
    data?: T;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  }>;
  stats(): Promise<SandboxStats>;
  resetStats(): Promise<void>;
  close(): Promise<void>;
}

export async function startEventsHarness(
  live: LiveEventDeps & { serviceAuth?: boolean; corsOrigins?: string[]; requestDeadlineMs?: number } = {},
): Promise<EventsHarness> {
  const sandbox = await startValidatedSandbox({ seed: 'demo' });
  const client = createSinchClient({
    baseUrl: sandbox.url,
    authUrl: `${sandbox.url}/oauth2/token`,
    ...(live.serviceAuth
      ? { credentials: { keyId: DEMO.keyId, keySecret: DEMO.keySecret, mode: 'oauth2' as const } }
      : {}),
  });
  const bus = createMemoryEventBus();
  const deps: YogaDeps = {
    client,
    logger: silentLogger,
    serviceAuth: live.serviceAuth ?? false,
    events: bus,
    ...live,
  };
  const yoga = createYoga(deps);
  const server = createServer((req, res) => void yoga.handle(req, res));
  const ws = attachWebSocket(server, yoga, deps);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/graphql`;
  const admin = (path: string, method = 'GET') =>
    fetch(`${sandbox.url}${path}`, { method }).then((r) => r.json() as Promise<SandboxStats>);
  return {
    url,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    sandbox,
    bus,
    deps,
    async publish(projectId, body, timestampSeconds = Math.floor(Date.now() / 1000)) {
      const event: SinchEvent = {
        projectId,
        type: String(body.type),
        body,
        nonce: randomUUID(),
        timestampSeconds,
        receivedAt: new Date().toISOString(),
      };
      await bus.publish(event);
      return event;
    },
    async graphql(query, variables, headers) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(headers ?? { authorization: DEMO_AUTH }) },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, ...((await res.json()) as object) };
    },
    stats: () => sandbox.stats(),
    resetStats: async () => {
      await admin('/_sandbox/stats/reset', 'POST');
    },
    async close() {
      await ws.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await bus.close();
      await client.close();
      await sandbox.close();
    },
  };
}

export interface StreamResult {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** One SSE subscription: results as they arrive, `done` once the server completed it. */
export interface SseSubscription {
  status: number;
  /** Waits for the next result (rejects after `ms`). */
  next(ms?: number): Promise<StreamResult>;
  /** Everything received so far. */
  received: StreamResult[];
  /** Resolves when the server sent `complete` or the stream closed. */
  done: Promise<void>;
  close(): void;
}

export async function sseSubscribe(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = { authorization: DEMO_AUTH },
): Promise<SseSubscription> {
  const controller = new AbortController();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
    body: JSON.stringify({ query, variables }),
    signal: controller.signal,
  });
  const received: StreamResult[] = [];
  const waiters: (() => void)[] = [];
  let taken = 0;
  const wake = () => {
    for (const w of waiters.splice(0)) w();
  };
  const done = (async () => {
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for (;;) {
        const { value, done: end } = await reader.read();
        if (end) return;
        buffer += decoder.decode(value, { stream: true });
        for (let at = buffer.indexOf('\n\n'); at >= 0; at = buffer.indexOf('\n\n')) {
          const block = buffer.slice(0, at);
          buffer = buffer.slice(at + 2);
          const lines = block.split('\n');
          const event = lines
            .find((l) => l.startsWith('event:'))
            ?.slice(6)
            .trim();
          const data = lines
            .filter((l) => l.startsWith('data:'))
            .map((l) => l.slice(5).trimStart())
            .join('\n');
          if (event === 'complete') return;
          if (event === 'next' && data) {
            received.push(JSON.parse(data) as StreamResult);
            wake();
          }
        }
      }
    } catch {
      // aborted by close()
    } finally {
      wake();
    }
  })();
  let finished = false;
  void done.then(() => {
    finished = true;
  });
  return {
    status: res.status,
    received,
    done,
    async next(ms = 5_000) {
      const deadline = Date.now() + ms;
      while (received.length <= taken) {
        if (finished) throw new Error('the stream ended');
        if (Date.now() > deadline) throw new Error(`no SSE result within ${ms} ms`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 50);
        });
      }
      return received[taken++] as StreamResult;
    },
    close: () => controller.abort(),
  };
}

/** A graphql-ws client on `ws`, lazy: false (connects at once), no retries. */
export function wsClient(
  wsUrl: string,
  connectionParams: Record<string, unknown> = { Authorization: DEMO_AUTH },
  opts: { headers?: Record<string, string> } = {},
): Client {
  class HeaderedWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: opts.headers ?? {} });
    }
  }
  return createClient({
    url: wsUrl,
    webSocketImpl: HeaderedWebSocket,
    connectionParams,
    lazy: false,
    retryAttempts: 0,
    // The server closing the socket (1001 on shutdown, dispose in a test) is expected, not worth a stack.
    onNonLazyError: () => {},
  });
}

/** One WebSocket subscription's results, pulled as they arrive. */
export function wsSubscribe(client: Client, query: string, variables: Record<string, unknown>) {
  const iterator = client.iterate<Record<string, unknown>>({ query, variables });
  return {
    async next(ms = 5_000): Promise<StreamResult> {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no WebSocket result within ${ms} ms`)), ms);
      });
      try {
        const result = await Promise.race([iterator.next(), timeout]);
        if (result.done) throw new Error('the subscription completed');
        return result.value as StreamResult;
      } catch (error) {
        // graphql-ws reports an operation refused before it ran (validation, limits, a missing credential)
        // as an `error` message: the client throws its list of GraphQL errors.
        if (Array.isArray(error)) return { errors: error as StreamResult['errors'] };
        throw error;
      } finally {
        clearTimeout(timer);
      }
    },
    /** Resolves done/value of the next step (to see completion). */
    step: () => iterator.next(),
    close: () => iterator.return?.(),
  };
}

/** Waits until `check` holds (polling every 20 ms), or fails after `ms`. */
export async function until(check: () => boolean | Promise<boolean>, ms = 5_000, what = 'condition') {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
