import { randomUUID } from 'node:crypto';
import type { DefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../log.ts';
import type { CallMeter } from '../upstream/meter.ts';

// One JSON log line per GraphQL request: request id (the caller's x-request-id when it is a sane token,
// else a fresh UUID; echoed on the response), operation name, HTTP status, duration, the upstream calls it
// made and the ones it shared with another request's identical call in flight. Never the query text,
// variables, headers or any upstream body: those can carry credentials or personal data.

const REQUEST_ID = /^[\w.:-]{1,128}$/;

interface RequestRecord {
  id: string;
  startedAt: number;
  operationName: string | undefined;
  /** The request's meter (src/upstream/meter.ts): the client counts every upstream call of the request on it. */
  meter: CallMeter | undefined;
}

const requestIds = new WeakMap<Request, string>();

/** The request's id: its valid `x-request-id`, or one minted once per request (the log and the context agree). */
export function requestIdOf(request: Request): string {
  let id = requestIds.get(request);
  if (id === undefined) {
    const header = request.headers.get('x-request-id');
    id = header && REQUEST_ID.test(header) ? header : randomUUID();
    requestIds.set(request, id);
  }
  return id;
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
      return ({ context: built, extendContext }) => {
        // The context's request id becomes the one this line (and the response header) carries.
        record.meter = (built as { meter?: CallMeter }).meter;
        const extension: Record<string, unknown> = { requestId: record.id };
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
      response.headers.set('x-request-id', record.id);
      logger.info(
        {
          requestId: record.id,
          method: request.method,
          path: pathOf(request.url),
          operationName: record.operationName ?? null,
          status: response.status,
          durationMs: Math.round((performance.now() - record.startedAt) * 10) / 10,
          upstreamCalls: record.meter?.made ?? 0,
          sharedCalls: record.meter?.shared ?? 0,
        },
        'request',
      );
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
