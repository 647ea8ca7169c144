// The request-level mapper, unit by unit: every UpstreamError class, on a read and on a mutation's own write,
// with passthrough and service credentials. The over-HTTP tests (credentials.test.ts, the mutation tests)
// show the same rules end to end.
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { type ErrorScope, mapExecutionError } from '../../src/request-errors.ts';
import {
  UpstreamAuthError,
  UpstreamBadRequestError,
  UpstreamConflictError,
  type UpstreamError,
  UpstreamForbiddenError,
  UpstreamNotFoundError,
  UpstreamPreconditionError,
  UpstreamRateLimitError,
  UpstreamServerError,
  UpstreamTimeoutError,
} from '../../src/upstream/errors.ts';

const READ: ErrorScope = { passthrough: true, write: false };
const WRITE: ErrorScope = { passthrough: true, write: true };
const SERVICE: ErrorScope = { passthrough: false, write: false };

const api = {
  method: 'GET',
  route: 'GET /v1/projects/{projectId}/rcs/senders',
  operationId: 'op',
  projectId: 'p-1',
};

function fromResolver(original: Error): GraphQLError {
  return new GraphQLError(original.message, { path: ['field'], originalError: original });
}

function mapped(original: UpstreamError | Error, scope: ErrorScope) {
  const { error, log } = mapExecutionError(fromResolver(original), scope);
  return { message: error.message, extensions: error.extensions, log: log && [log.level, log.msg] };
}

const e = (Cls: typeof UpstreamBadRequestError, status: number, errorCode: string, extra: object = {}) =>
  new Cls({ status, errorCode, message: 'M.', resolution: 'R.', ...api, ...extra });

describe('mapExecutionError', () => {
  it('401: UNAUTHENTICATED for a forwarded key; FORBIDDEN naming the project for our own key (warn)', () => {
    const e401 = e(UpstreamAuthError, 401, 'unauthorized_error');
    const rejected = {
      message:
        'The upstream rejected the credentials of this request: a wrong key, or a project the key does not belong to.',
      extensions: { code: 'UNAUTHENTICATED', upstreamCode: 'unauthorized_error' },
      log: undefined,
    };
    expect(mapped(e401, READ)).toEqual(rejected);
    expect(mapped(e401, WRITE)).toEqual(rejected);
    expect(mapped(e401, SERVICE)).toEqual({
      message:
        'The server\'s credentials have no access to project "p-1": there is no such project, or it is not this key\'s.',
      extensions: { code: 'FORBIDDEN', upstreamCode: 'unauthorized_error' },
      log: ['warn', 'service credentials refused for a project'],
    });
    // The auth server refusing our key (no API call made) is our fault: masked, logged as an error.
    const token = new UpstreamAuthError({
      status: 401,
      errorCode: 'invalid_client',
      message: 'x',
      method: 'POST',
      route: 'POST /oauth2/token',
    });
    expect(mapped(token, SERVICE)).toEqual({
      message: 'Unexpected error.',
      extensions: { code: 'UPSTREAM_ERROR' },
      log: ['error', 'service credentials rejected'],
    });
  });

  it('403, 404, 409, 412, 429: coded with upstreamCode and the upstream message and resolution', () => {
    const cases: [UpstreamError, Record<string, unknown>][] = [
      [e(UpstreamForbiddenError, 403, 'rbm_has_not_been_used'), { code: 'FORBIDDEN' }],
      [e(UpstreamNotFoundError, 404, 'account_not_found'), { code: 'NOT_FOUND' }],
      [e(UpstreamConflictError, 409, 'file_not_found'), { code: 'CONFLICT' }],
      [e(UpstreamPreconditionError, 412, 'launch_precondition_failed'), { code: 'PRECONDITION_FAILED' }],
      [
        e(UpstreamRateLimitError, 429, 'rbm_too_many_requests', { retryAfterSeconds: 3 }),
        { code: 'RATE_LIMITED', retryAfterSeconds: 3 },
      ],
      [
        e(UpstreamRateLimitError, 429, 'rbm_too_many_requests'),
        { code: 'RATE_LIMITED', retryAfterSeconds: null },
      ],
    ];
    for (const [err, ext] of cases) {
      for (const scope of [READ, WRITE, SERVICE]) {
        expect(mapped(err, scope)).toEqual({
          message: ext.code === 'FORBIDDEN' ? 'Access refused by the upstream: M. R.' : 'M. R.',
          extensions: { ...ext, upstreamCode: err.errorCode },
          log: undefined,
        });
      }
    }
  });

  it("400: BAD_USER_INPUT for a write (the client's input) and a read's client codes; masked otherwise", () => {
    const payload = e(UpstreamBadRequestError, 400, 'invalid_payload');
    expect(mapped(payload, WRITE)).toEqual({
      message: 'M. R.',
      extensions: { code: 'BAD_USER_INPUT', upstreamCode: 'invalid_payload' },
      log: undefined,
    });
    expect(mapped(payload, READ)).toEqual({
      message: 'The upstream failed.',
      extensions: { code: 'UPSTREAM_ERROR' },
      log: ['error', 'request error'],
    });
    expect(mapped(e(UpstreamBadRequestError, 400, 'invalid_page_token'), READ).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      upstreamCode: 'invalid_page_token',
    });
  });

  it('5xx and timeouts stay masked and logged; a bug is logged with its stack', () => {
    expect(mapped(e(UpstreamServerError, 500, 'internal_error'), WRITE)).toEqual({
      message: 'The upstream failed.',
      extensions: { code: 'UPSTREAM_ERROR' },
      log: ['error', 'request error'],
    });
    expect(mapped(e(UpstreamServerError, 503, 'service_unavailable'), READ).extensions).toEqual({
      code: 'UPSTREAM_UNAVAILABLE',
    });
    const timeout = new UpstreamTimeoutError({ errorCode: 'timeout', message: 'late', ...api });
    expect(mapped(timeout, WRITE).extensions).toEqual({ code: 'UPSTREAM_TIMEOUT' });
    const bug = mapExecutionError(fromResolver(new TypeError('boom')), READ);
    expect(bug.log?.level).toBe('error');
    expect((bug.log?.fields.err as { stack?: string } | undefined)?.stack).toContain('TypeError: boom');
  });
});
