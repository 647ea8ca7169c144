import { useDeferStream } from '@graphql-yoga/plugin-defer-stream';
import type { ExecutionResult, GraphQLError } from 'graphql';
import { isAsyncIterable, maskError, type Plugin } from 'graphql-yoga';

// Incremental delivery (@defer, @stream; GraphQL over HTTP as multipart/mixed or text/event-stream), by
// @graphql-yoga/plugin-defer-stream. graphql 16 has no such directives: the plugin adds them to the schema
// yoga serves (introspection lists them), never to src/schema, so schema.graphql and subgraph.graphql do not
// change. An incremental result is a stream of payloads: the first `{data, hasNext: true}`, then
// `{incremental: [{data | items, path, errors?}], hasNext}` until `hasNext: false`. What the project's other
// plugins do to a single result has to be done to every payload: this file holds the shared pieces.

/** One payload of an incremental result: its own errors, and those of each increment it carries. */
export interface Payload extends ExecutionResult {
  incremental?: readonly (ExecutionResult & { path?: readonly (string | number)[] })[];
  hasNext?: boolean;
}

type MapErrors = (errors: readonly GraphQLError[]) => readonly GraphQLError[];

/** The payload with `map` applied to every error list in it (unchanged when it has none). */
export function mapPayloadErrors(payload: Payload, map: MapErrors): Payload {
  const withIncrements = mapIncrementErrors(payload, map);
  return payload.errors?.length ? { ...withIncrements, errors: map(payload.errors) } : withIncrements;
}

/** The payload with `map` applied to the errors of each increment it carries (not its own). */
function mapIncrementErrors(payload: Payload, map: MapErrors): Payload {
  if (!payload.incremental?.some((part) => part.errors?.length)) return payload;
  return {
    ...payload,
    incremental: payload.incremental.map((part) =>
      part.errors?.length ? { ...part, errors: map(part.errors) } : part,
    ),
  };
}

/**
 * An onExecuteDone handler that applies `map` to the errors of a single result, or of every payload of an
 * incremental one (envelop's own stream handling only sees each payload's top-level `errors`).
 */
export function onEveryPayload(
  result: unknown,
  setResult: (result: Payload) => void,
  map: MapErrors,
): { onNext: (next: { result: unknown; setResult: (result: Payload) => void }) => void } | undefined {
  if (isAsyncIterable(result)) {
    return {
      onNext: ({ result: next, setResult: setNext }) => {
        const mapped = mapPayloadErrors(next as Payload, map);
        if (mapped !== next) setNext(mapped);
      },
    };
  }
  const mapped = mapPayloadErrors(result as Payload, map);
  if (mapped !== result) setResult(mapped);
  return undefined;
}

export interface IncrementalOptions {
  /** Production: a masked error never carries the original (yoga's `maskedErrors.isDev: false`). */
  production: boolean;
}

/**
 * @defer and @stream, with what yoga's error masking does not do for them: yoga masks each payload's
 * top-level `errors` only, so an unexpected error in a deferred or streamed part would go out with its
 * original message. Here every increment's errors get the same mask. Goes last in the plugins list, after
 * the request-errors mapping (an error that mapping gave a code is a GraphQLError of ours and stays).
 */
export function useIncrementalDelivery(opts: IncrementalOptions): Plugin[] {
  const isDev = opts.production ? false : undefined;
  const mask: MapErrors = (errors) =>
    errors.map((e) => maskError(e, 'Unexpected error.', isDev) as GraphQLError);
  const masking: Plugin = {
    onExecute() {
      return {
        onExecuteDone({ result }) {
          if (!isAsyncIterable(result)) return;
          return {
            onNext({ result: next, setResult }) {
              const masked = mapIncrementErrors(next as Payload, mask);
              if (masked !== next) setResult(masked);
            },
          };
        },
      };
    },
    onResultProcess({ result, resultProcessor }) {
      // A deferred document from a client that accepts neither multipart/mixed nor text/event-stream is
      // answered 406 by yoga without reading the stream: end it, so its execution (and the request log
      // line, written when the stream ends) does not hang on.
      if (!resultProcessor && isAsyncIterable(result)) void result[Symbol.asyncIterator]().return?.();
    },
  };
  return [useDeferStream(), masking];
}
