import { randomUUID } from 'node:crypto';
import type { DefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../log.ts';

// One JSON log line per GraphQL request: request id (the caller's x-request-id when it is a sane token,
// else a fresh UUID; echoed on the response), operation name, HTTP status, duration and the number of
// upstream calls it made. Never the query text, variables, headers or any upstream body: those can carry
// credentials or personal data.

const REQUEST_ID = /^[\w.:-]{1,128}$/;

interface RequestRecord {
  id: string;
  startedAt: number;
  operationName: string | undefined;
  upstreamCalls: number;
}

type Limit = <T>(fn: () => Promise<T>) => Promise<T>;

export function requestIdOf(request: Request): string {
  const header = request.headers.get('x-request-id');
  return header && REQUEST_ID.test(header) ? header : randomUUID();
}

export function useRequestLog(logger: Logger): Plugin {
  const records = new WeakMap<Request, RequestRecord>();
  return {
    onRequest({ request }) {
      records.set(request, {
        id: requestIdOf(request),
        startedAt: performance.now(),
        operationName: undefined,
        upstreamCalls: 0,
      });
    },
    onParams({ request, params }) {
      const record = records.get(request);
      if (record && typeof params.operationName === 'string') record.operationName = params.operationName;
    },
    onContextBuilding({ context }) {
      const record = records.get(context.request);
      if (!record) return;
      return ({ context: built, extendContext }) => {
        // Every upstream call of the resolvers runs under ctx.limit: counting there counts them all, and the
        // context's request id becomes the one this line (and the response header) carries.
        const limit = (built as { limit?: Limit }).limit;
        const extension: Record<string, unknown> = { requestId: record.id };
        if (typeof limit === 'function') {
          extension.limit = ((fn) => {
            record.upstreamCalls++;
            return limit(fn);
          }) satisfies Limit;
        }
        extendContext(extension);
      };
    },
    onExecute({ args }) {
      const record = records.get((args.contextValue as { request: Request }).request);
      const definitions: readonly DefinitionNode[] = args.document.definitions;
      const operation = definitions.find(
        (d) =>
          d.kind === 'OperationDefinition' && (!args.operationName || d.name?.value === args.operationName),
      );
      if (record && operation?.kind === 'OperationDefinition' && operation.name) {
        record.operationName ??= operation.name.value;
      }
    },
    onResponse({ request, response }) {
      const record = records.get(request);
      if (!record) return;
      const url = new URL(request.url);
      response.headers.set('x-request-id', record.id);
      logger.info(
        {
          requestId: record.id,
          method: request.method,
          path: url.pathname,
          operationName: record.operationName ?? null,
          status: response.status,
          durationMs: Math.round((performance.now() - record.startedAt) * 10) / 10,
          upstreamCalls: record.upstreamCalls,
        },
        'request',
      );
    },
  };
}
