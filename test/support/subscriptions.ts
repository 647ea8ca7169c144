// Shared by the subscription tests: one subscribe() over either transport, and sender DTOs from the sandbox.
import type { Client } from 'graphql-ws';
import { DEMO_AUTH } from './credentials.ts';
import { type EventsHarness, type StreamResult, sseSubscribe, wsClient, wsSubscribe } from './events.ts';

export type Transport = 'sse' | 'ws';

export interface Subscription {
  next(ms?: number): Promise<StreamResult>;
  /** Resolves true once the server completed the stream (after its last result). */
  completed(ms?: number): Promise<boolean>;
  close(): Promise<void>;
}

/** Subscribes over SSE (one request) or WebSocket (one connection per subscription). */
export async function subscribe(
  h: EventsHarness,
  transport: Transport,
  query: string,
  variables: Record<string, unknown>,
  authorization = DEMO_AUTH,
): Promise<Subscription> {
  if (transport === 'sse') {
    const sub = await sseSubscribe(h.url, query, variables, { authorization });
    return {
      next: (ms) => sub.next(ms),
      completed: async (ms = 3_000) => {
        const timer = new Promise<boolean>((r) => setTimeout(() => r(false), ms));
        return Promise.race([sub.done.then(() => true), timer]);
      },
      close: async () => sub.close(),
    };
  }
  const client: Client = wsClient(h.wsUrl, { Authorization: authorization });
  const sub = wsSubscribe(client, query, variables);
  return {
    next: (ms) => sub.next(ms),
    completed: async (ms = 3_000) => {
      const timer = new Promise<boolean>((r) => setTimeout(() => r(false), ms));
      return Promise.race([sub.step().then((s) => s.done === true), timer]);
    },
    close: async () => {
      await sub.close();
      await client.dispose();
    },
  };
}

/** A sender DTO exactly as the sandbox serves it (the payload a delivery would carry). */
export async function senderDto(
  h: EventsHarness,
  projectId: string,
  senderId: string,
  authorization = DEMO_AUTH,
) {
  const res = await fetch(`${h.sandbox.url}/v1/projects/${projectId}/rcs/senders/${senderId}`, {
    headers: { authorization },
  });
  if (!res.ok) throw new Error(`GET sender answered ${res.status}`);
  return (await res.json()) as Record<string, unknown> & { id: string; state: string };
}
