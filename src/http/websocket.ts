import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ExecutionArgs } from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { YogaServerInstance } from 'graphql-yoga';
import { type WebSocket, WebSocketServer } from 'ws';
import { DEFAULT_LIMITS } from '../config.ts';
import type { Context } from '../context.ts';
import { trustedQuery } from '../plugins/persisted-documents.ts';
import type { SubscriptionConnection } from '../schema/events/session.ts';
import type { YogaDeps } from '../yoga.ts';
import { corsFor, DEVELOPMENT_ORIGINS } from './cors.ts';

// GraphQL over WebSocket (the graphql-ws protocol) on the same path as HTTP, /graphql: queries, mutations
// and subscriptions through yoga's envelop, so parsing limits, validation rules, error masking and the
// context (auth, request id, deadline, loaders) are the ones HTTP requests get. A connection authenticates
// with connectionParams.Authorization (what a browser can send) or its upgrade request's Authorization
// header, re-read for each operation. A browser's upgrade from an Origin the CORS config does not allow is
// refused with 403 before any WebSocket exists: a page elsewhere must not read the graph with the server's
// own credentials (service mode) just by opening a socket, which CORS does not guard.

/** graphql-ws keep-alive: a ping every 12 s; a connection that misses its pong is closed. */
export const WS_KEEPALIVE_MS = 12_000;

export interface WebSocketEndpoint {
  /** Closes every WebSocket connection (code 1001) and stops accepting upgrades. */
  close(): Promise<void>;
}

function authorizationOf(params: Record<string, unknown> | undefined, req: IncomingMessage) {
  const fromParams = params?.Authorization ?? params?.authorization;
  if (typeof fromParams === 'string' && fromParams.trim() !== '') return fromParams.trim();
  return req.headers.authorization?.trim() || undefined;
}

/** The fetch Request yoga's context is built from: only the headers the context reads. */
function requestFor(req: IncomingMessage, authorization: string | undefined): Request {
  const headers = new Headers();
  if (authorization) headers.set('authorization', authorization);
  for (const name of ['origin', 'user-agent', 'x-request-id'] as const) {
    const value = req.headers[name];
    if (typeof value === 'string') headers.set(name, value);
  }
  return new Request(`http://${req.headers.host ?? 'localhost'}${req.url ?? '/graphql'}`, { headers });
}

function refuse(socket: Duplex, status: string): void {
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

type Yoga = YogaServerInstance<Record<string, unknown>, Context>;

/**
 * `yoga` may be a getter: the server builds yoga once its port is bound (the webhook target needs it), and
 * an upgrade before that is answered 503.
 */
export function attachWebSocket(
  server: Server,
  yoga: Yoga | (() => Yoga | undefined),
  deps: Pick<YogaDeps, 'corsOrigins' | 'production' | 'logger' | 'limits' | 'persistedDocuments'>,
): WebSocketEndpoint {
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: (deps.limits ?? DEFAULT_LIMITS).maxBodyBytes,
  });
  const allowedOrigin = corsFor(deps.corsOrigins ?? (deps.production ? [] : DEVELOPMENT_ORIGINS));
  const connections = new WeakMap<WebSocket, SubscriptionConnection>();

  // A yoga instance is itself callable (its request handler): tell the two apart by its API.
  const current = 'getEnveloped' in yoga ? () => yoga : (yoga as () => Yoga | undefined);
  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const instance = current();
    if (!instance) return refuse(socket, '503 Service Unavailable');
    const path = (req.url ?? '/').split('?')[0];
    if (path !== instance.graphqlEndpoint) return refuse(socket, '404 Not Found');
    const origin = req.headers.origin;
    if (origin && allowedOrigin(new Request('http://localhost/', { headers: { origin } })) === false) {
      deps.logger.info({ origin: origin.slice(0, 200) }, 'websocket upgrade refused: origin not allowed');
      return refuse(socket, '403 Forbidden');
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  };
  server.on('upgrade', onUpgrade);

  const disposable = useServer<Record<string, unknown> | undefined>(
    {
      isProd: deps.production ?? false,
      execute: (args: ExecutionArgs) => (args.rootValue as ReturnType<Yoga['getEnveloped']>).execute(args),
      subscribe: (args: ExecutionArgs) =>
        (args.rootValue as ReturnType<Yoga['getEnveloped']>).subscribe(args),
      onSubscribe: async (ctx, _id, payload: SubscribePayload) => {
        const { socket, request: req } = ctx.extra;
        let wsConnection = connections.get(socket);
        if (!wsConnection) {
          wsConnection = { active: 0 };
          connections.set(socket, wsConnection);
        }
        const request = requestFor(req, authorizationOf(ctx.connectionParams, req));
        const instance = current();
        if (!instance) throw new Error('The GraphQL server is not ready.');
        const enveloped = instance.getEnveloped({ request, params: payload, wsConnection });
        // Trusted documents: the same rules as HTTP's (plugins/persisted-documents.ts), before parsing.
        const query = deps.persistedDocuments
          ? trustedQuery(deps.persistedDocuments, payload)
          : payload.query;
        if (typeof query !== 'string') return [query];
        try {
          const document = enveloped.parse(query);
          const errors = enveloped.validate(enveloped.schema, document);
          if (errors.length > 0) return errors;
          return {
            schema: enveloped.schema,
            document,
            operationName: payload.operationName ?? null,
            variableValues: payload.variables ?? null,
            contextValue: await enveloped.contextFactory(),
            rootValue: enveloped,
          };
        } catch (error) {
          // A refused document (limits) or a missing Authorization in passthrough mode: the operation's error.
          if (error instanceof Error && 'extensions' in error) return [error as never];
          throw error;
        }
      },
    },
    wss,
    WS_KEEPALIVE_MS,
  );

  return {
    async close() {
      server.off('upgrade', onUpgrade);
      await disposable.dispose();
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
