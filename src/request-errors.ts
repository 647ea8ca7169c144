import { GraphQLError } from 'graphql';
import {
  UpstreamAuthError,
  UpstreamBadRequestError,
  UpstreamBudgetExceededError,
  UpstreamConflictError,
  UpstreamError,
  UpstreamForbiddenError,
  UpstreamNetworkError,
  UpstreamNotFoundError,
  UpstreamPreconditionError,
  UpstreamRateLimitError,
  UpstreamServerError,
  UpstreamTimeoutError,
  UpstreamUnavailableError,
} from './upstream/errors.ts';

// Tiers 2 and 3 of the error model, and the one owner of it: every UpstreamError that reaches the response
// as a GraphQL error (from a query field, or passed through by a mutation because its union cannot carry
// it) gets its stable extensions.code here; everything else keeps the generic masked message. Messages
// copied from the upstream are its error DTO's `message` and `resolution` (safe to show); never its URL,
// body, headers or our credentials. No error here sets an HTTP status: an execution error sits next to
// partial data, so the response stays 200 (GraphQL over HTTP), and a federation gateway keeps the rest of
// the subgraph's answer. HTTP 401 is only for a request refused before execution (src/yoga.ts).

/** Upstream 400 codes of reads that are the client's doing (bad cursor, page size, filter or id). */
const CLIENT_BAD_REQUEST = new Set([
  'invalid_page_token',
  'invalid_page_size',
  'invalid_filter_states',
  'invalid_id_format',
  'questionnaire_invalid_use_case',
  'questionnaire_invalid_country',
]);

/** The message of UNAUTHENTICATED, the same for a query and a mutation. */
export const CREDENTIALS_REJECTED =
  'The upstream rejected the credentials of this request: a wrong key, or a project the key does not belong to.';

/** The message of FORBIDDEN when the upstream refuses our service credentials for a project. */
export function noAccessToProject(projectId: string | undefined): string {
  const project = projectId === undefined ? 'this project' : `project "${projectId}"`;
  return `The server's credentials have no access to ${project}: there is no such project, or it is not this key's.`;
}

/** Where an error arose, as far as the mapping cares. */
export interface ErrorScope {
  /** The request's Authorization is the caller's own (forwarded); false: our service credentials. */
  passthrough: boolean;
  /** The error is a mutation field's own (its write, whose input is the client's), not a read below it. */
  write: boolean;
}

export interface MappedError {
  error: GraphQLError;
  /** Set when the original is worth a log line, with the level it deserves. */
  log?: { level: 'info' | 'warn' | 'error'; msg: string; fields: Record<string, unknown> };
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

/** The upstream's message with its resolution, as data errors word it too. */
export function describeUpstream(err: UpstreamError): string {
  return err.resolution ? `${err.message} ${err.resolution}` : err.message;
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
  return mapUpstreamError(error, original, scope);
}

function mapUpstreamError(error: GraphQLError, original: UpstreamError, scope: ErrorScope): MappedError {
  const coded = (code: string, message = describeUpstream(original), extra: Record<string, unknown> = {}) =>
    withLocation(error, message, { code, upstreamCode: original.errorCode, ...extra });
  const safe = original.toJSON();
  if (original instanceof UpstreamAuthError) {
    if (scope.passthrough) return { error: coded('UNAUTHENTICATED', CREDENTIALS_REJECTED) };
    if (original.operationId !== undefined) {
      // The API refused our own key for this project ("bad credentials / wrong projectId"): for the client
      // that is a project it cannot reach. Operators still hear of it, since our key could be the wrong one.
      return {
        error: coded('FORBIDDEN', noAccessToProject(original.projectId)),
        log: { level: 'warn', msg: 'service credentials refused for a project', fields: { upstream: safe } },
      };
    }
    // The auth server refused our credentials (no API call was made): our fault, masked.
    return {
      error: withLocation(error, 'Unexpected error.', { code: 'UPSTREAM_ERROR' }),
      log: { level: 'error', msg: 'service credentials rejected', fields: { upstream: safe } },
    };
  }
  if (original instanceof UpstreamForbiddenError) {
    return { error: coded('FORBIDDEN', `Access refused by the upstream: ${describeUpstream(original)}`) };
  }
  if (original instanceof UpstreamRateLimitError) {
    return {
      error: coded('RATE_LIMITED', undefined, { retryAfterSeconds: original.retryAfterSeconds ?? null }),
    };
  }
  if (
    original instanceof UpstreamBadRequestError &&
    (scope.write || CLIENT_BAD_REQUEST.has(original.errorCode))
  ) {
    return { error: coded('BAD_USER_INPUT') };
  }
  if (original instanceof UpstreamNotFoundError) return { error: coded('NOT_FOUND') };
  if (original instanceof UpstreamConflictError) return { error: coded('CONFLICT') };
  if (original instanceof UpstreamPreconditionError) return { error: coded('PRECONDITION_FAILED') };
  return mapUpstreamFault(error, original, safe);
}

/** The upstream did not answer usefully: timeouts, outages and everything unexpected. */
function mapUpstreamFault(
  error: GraphQLError,
  original: UpstreamError,
  safe: Record<string, unknown>,
): MappedError {
  const log = { level: 'error' as const, msg: 'request error', fields: { upstream: safe } };
  if (original instanceof UpstreamBudgetExceededError) {
    // Nothing was sent, and the request's own shape is the cause: the client asked for too much at once.
    // Not logged per field (a request over its budget would write one line per refused call).
    return {
      error: withLocation(error, original.message, {
        code: 'UPSTREAM_BUDGET_EXCEEDED',
        budget: original.budget,
      }),
    };
  }
  if (original instanceof UpstreamTimeoutError) {
    return {
      error: withLocation(error, 'The upstream did not answer in time.', { code: 'UPSTREAM_TIMEOUT' }),
      log,
    };
  }
  if (original instanceof UpstreamUnavailableError) {
    // The circuit breaker is open: nothing was sent. Not logged per field (the breaker opening is the news).
    return {
      error: withLocation(error, 'The upstream is unavailable.', {
        code: 'UPSTREAM_UNAVAILABLE',
        retryAfterSeconds: original.retryAfterSeconds ?? null,
      }),
    };
  }
  if (
    original instanceof UpstreamNetworkError ||
    (original instanceof UpstreamServerError && original.status !== 500)
  ) {
    return {
      error: withLocation(error, 'The upstream is unavailable.', { code: 'UPSTREAM_UNAVAILABLE' }),
      log,
    };
  }
  return { error: withLocation(error, 'The upstream failed.', { code: 'UPSTREAM_ERROR' }), log };
}
