import type { DefinitionNode } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { requestIdOf } from '../context.ts';
import type { Logger } from '../log.ts';
import type { CallMeter } from '../upstream/meter.ts';

// One JSON log line per GraphQL request: request id (the context's, requestIdOf in src/context.ts; echoed
// on the response), operation name, HTTP status, duration, the upstream calls it made and the ones it
// shared with another request's identical call in flight. Never the query text, variables, headers or any
// upstream body: those can carry credentials or personal data.

interface RequestRecord {
  id: string;
  startedAt: number;
  operationName: string | undefined;
  /** The request's meter (src/upstream/meter.ts): the client counts every upstream call of the request on it. */
  meter: CallMeter | undefined;
  /** Incremental delivery (@defer/@stream): settles when the last payload is sent (or the stream is dropped). */
  ended?: Promise<void>;
}

export function useRequestLog(logger: Logger): Plugin {
  const records = new WeakMap<Request, RequestRecord>();
  return {
    onRequest({ request }) {
      records.set(request, {
        id: requestIdOf(request),
        startedAt: performance.now(),
        operationName: undefined,
        meter: undefined,
      });
    },
    onParams({ request, params }) {
      const record = records.get(request);
      if (record && typeof params.operationName === 'string') record.operationName = params.operationName;
    },
    onContextBuilding({ context }) {
      const record = records.get(context.request);
      if (!record) return;
      return ({ context: built }) => {
        record.meter = (built as { meter?: CallMeter }).meter;
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
      if (!record) return;
      return {
        // An incremental result is still running when the response starts: the request ends, and is
        // logged with every call its deferred parts made, when its stream ends.
        onExecuteDone({ result }) {
          if (!isAsyncIterable(result)) return;
          let end = () => {};
          record.ended = new Promise((resolve) => {
            end = resolve;
          });
          return { onEnd: () => end() };
        },
      };
    },
    onResponse({ request, response }) {
      const record = records.get(request);
      if (!record) return;
      response.headers.set('x-request-id', record.id);
      const { status } = response;
      const write = () =>
        logger.info(
          {
            requestId: record.id,
            method: request.method,
            path: pathOf(request.url),
            operationName: record.operationName ?? null,
            status,
            durationMs: Math.round((performance.now() - record.startedAt) * 10) / 10,
            upstreamCalls: record.meter?.made ?? 0,
            sharedCalls: record.meter?.shared ?? 0,
          },
          'request',
        );
      if (record.ended) void record.ended.then(write);
      else write();
    },
  };
}

/** The path of an absolute request URL, without its query (no URL object per logged request). */
function pathOf(url: string): string {
  const start = url.indexOf('/', url.indexOf('//') + 2);
  if (start < 0) return '/';
  const end = url.search(/[?#]/);
  return url.slice(start, end < 0 ? undefined : end);
}
