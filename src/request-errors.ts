import { PothosValidationError } from '@pothos/core';
import { GraphQLError } from 'graphql';
import {
  UpstreamAuthError,
  UpstreamBadRequestError,
  UpstreamError,
  UpstreamForbiddenError,
  UpstreamNetworkError,
  UpstreamRateLimitError,
  UpstreamServerError,
  UpstreamTimeoutError,
  UpstreamUnavailableError,
} from './upstream/errors.ts';

// Tiers 2 and 3 of the error model: request-level faults become GraphQLErrors with a stable
// extensions.code; everything else keeps the generic masked message. Messages copied from the upstream
// are its error DTO's `message` (safe to show); never its URL, body, headers or our credentials.

/** Upstream 400 codes that are the client's doing (bad cursor, page size or filter). */
const CLIENT_BAD_REQUEST = new Set([
  'invalid_page_token',
  'invalid_page_size',
  'invalid_filter_states',
  'invalid_id_format',
]);

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

export interface MappedError {
  error: GraphQLError;
  /** Set when the original is worth a log line (tier 3, or our own credentials rejected). */
  log?: Record<string, unknown>;
}

/**
 * Maps one execution error. `passthrough`: the request's Authorization is the caller's own (then an
 * upstream 401 is the caller's problem: UNAUTHENTICATED); otherwise a 401 means our service credentials
 * were rejected, which is masked and logged.
 */
export function mapExecutionError(error: GraphQLError, passthrough: boolean): MappedError {
  const original = error.originalError;
  if (!original || (original instanceof GraphQLError && original.extensions?.code)) {
    return {
      error:
        original instanceof GraphQLError ? withLocation(error, original.message, original.extensions) : error,
    };
  }
  if (original instanceof PothosValidationError && /global id/i.test(original.message)) {
    return { error: withLocation(error, 'Not a valid global id.', { code: 'BAD_USER_INPUT' }) };
  }
  if (!(original instanceof UpstreamError)) {
    return { error, log: { err: { name: original.name, message: original.message, stack: original.stack } } };
  }
  const upstream = { upstreamCode: original.errorCode };
  const safe = original.toJSON();
  if (original instanceof UpstreamAuthError) {
    if (passthrough) {
      return {
        error: withLocation(error, 'The upstream rejected the credentials of this request.', {
          code: 'UNAUTHENTICATED',
          ...upstream,
          // No HTTP status here: this is an execution error next to partial data, so the response stays
          // 200 (GraphQL over HTTP), and a federation gateway keeps the rest of the subgraph's answer.
        }),
      };
    }
    return {
      error: withLocation(error, 'Unexpected error.', { code: 'UPSTREAM_ERROR' }),
      log: { upstream: safe, msg: 'service credentials rejected' },
    };
  }
  if (original instanceof UpstreamForbiddenError) {
    return { error: withLocation(error, original.message, { code: 'FORBIDDEN', ...upstream }) };
  }
  if (original instanceof UpstreamRateLimitError) {
    return {
      error: withLocation(error, original.message, {
        code: 'RATE_LIMITED',
        ...upstream,
        retryAfterSeconds: original.retryAfterSeconds ?? null,
      }),
    };
  }
  if (original instanceof UpstreamBadRequestError && CLIENT_BAD_REQUEST.has(original.errorCode)) {
    return { error: withLocation(error, original.message, { code: 'BAD_USER_INPUT', ...upstream }) };
  }
  if (original instanceof UpstreamTimeoutError) {
    return {
      error: withLocation(error, 'The upstream did not answer in time.', { code: 'UPSTREAM_TIMEOUT' }),
      log: { upstream: safe },
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
      log: { upstream: safe },
    };
  }
  return {
    error: withLocation(error, 'The upstream failed.', { code: 'UPSTREAM_ERROR' }),
    log: { upstream: safe },
  };
}
