import { GraphQLError } from 'graphql';
import { type ErrorScope, type RequestError, upstreamRequestError } from './schema/upstream-errors.ts';
import { UpstreamError } from './upstream/errors.ts';

// What each execution error becomes in the response (yoga's error masking, src/yoga.ts, and the
// subscriptions): an error that already has a code keeps it; a client's mistake in its document or
// variables stays as graphql-js worded it; an upstream failure gets its code from the rules in
// src/schema/upstream-errors.ts; everything else keeps the generic masked message. No error here sets an
// HTTP status: an execution error sits next to partial data, so the response stays 200 (GraphQL over
// HTTP), and a federation gateway keeps the rest of the subgraph's answer. HTTP 401 is only for a request
// refused before execution (src/yoga.ts).

export type { ErrorScope } from './schema/upstream-errors.ts';

export interface MappedError {
  error: GraphQLError;
  /** Set when the original is worth a log line, with the level it deserves. */
  log?: RequestError['log'];
}

function withLocation(
  from: GraphQLError,
  message: string,
  extensions: Record<string, unknown>,
): GraphQLError {
  return new GraphQLError(message, {
    nodes: from.nodes,
    source: from.source,
    positions: from.positions,
    path: from.path,
    extensions,
  });
}

/** A client mistake is short news: one line, no stack, whatever it quotes cut short. */
function clientMistake(error: GraphQLError): MappedError {
  return {
    error,
    log: { level: 'info', msg: 'client error', fields: { reason: error.message.slice(0, 200) } },
  };
}

/** Maps one execution error (see the file comment). */
export function mapExecutionError(error: GraphQLError, scope: ErrorScope): MappedError {
  const original = error.originalError;
  if (!original || (original instanceof GraphQLError && original.extensions?.code)) {
    return {
      error:
        original instanceof GraphQLError ? withLocation(error, original.message, original.extensions) : error,
    };
  }
  // graphql-js and our scalars throw plain GraphQLErrors only while reading the client's document and
  // variables (an unknown enum value, a malformed scalar); our resolvers always set a code.
  if (original instanceof GraphQLError) return clientMistake(error);
  if (!(original instanceof UpstreamError)) {
    const err = { name: original.name, message: original.message, stack: original.stack };
    return { error, log: { level: 'error', msg: 'request error', fields: { err } } };
  }
  const { message, extensions, log } = upstreamRequestError(original, scope);
  return { error: withLocation(error, message, extensions), ...(log ? { log } : {}) };
}
