// Every published WhatsApp error example, read as the transport reads an answer, becomes the graph error its
// status says: the union member a mutation's result can carry (with the upstream errorCode as `code`), or the
// request-level error with its stable extensions.code. The table under test is src/schema/upstream-errors.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ConflictError,
  DomainError,
  InvalidStateError,
  NotFoundError,
  RateLimitedError,
  ValidationError,
} from '../../src/schema/errors.ts';
import { toDomainError, upstreamRequestError } from '../../src/schema/upstream-errors.ts';
import { errorFromResponse } from '../../src/upstream/error-response.ts';
import type { UpstreamError } from '../../src/upstream/errors.ts';
import { WHATSAPP_OPERATIONS } from '../support/whatsapp-operations.ts';

const DIR = new URL('../../contract/upstream/examples/whatsapp/errors/', import.meta.url);
const EXAMPLES = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((file) => {
    const [prefix, status] = file.split('.');
    return {
      file,
      prefix: prefix ?? '',
      status: Number(status),
      body: readFileSync(new URL(file, DIR), 'utf8'),
    };
  });

const ALL_MEMBERS = [ValidationError, NotFoundError, ConflictError, InvalidStateError, RateLimitedError];
const PROJECT = 'demo-project';

function read(example: (typeof EXAMPLES)[number]): UpstreamError {
  const op = WHATSAPP_OPERATIONS[example.prefix];
  if (!op) throw new Error(`${example.file}: no operation for the prefix "${example.prefix}"`);
  const [method = 'GET', path = ''] = op.route.split(' ');
  return errorFromResponse(example.status, example.body, {
    method,
    route: `${method} ${path}`,
    operationId: op.operationId,
    projectId: PROJECT,
  });
}

describe('the published WhatsApp error examples in the graph', () => {
  it('covers every example file (137) and every status it uses', () => {
    expect(EXAMPLES.length).toBe(137);
    expect([...new Set(EXAMPLES.map((e) => e.status))].sort()).toEqual([400, 401, 404, 409, 429, 500]);
  });

  it.each(EXAMPLES.map((e) => [e.file, e] as const))('%s', (_file, example) => {
    const err = read(example);
    const errorCode = (JSON.parse(example.body) as { errorCode: string }).errorCode;
    expect(err.errorCode).toBe(errorCode);
    const member = toDomainError(err, { allowed: ALL_MEMBERS, ids: { project: PROJECT } });
    const write = upstreamRequestError(err, { passthrough: true, write: true });
    const service = upstreamRequestError(err, { passthrough: false, write: true });
    // A message from the upstream is its `message`/`resolution`; never a URL, a path or a credential.
    for (const text of [member.message, write.message, service.message]) {
      expect(text).not.toMatch(/https?:\/\/|\/v1\/projects|Basic |Bearer /);
    }
    switch (example.status) {
      case 400:
        if (errorCode === 'project_not_initialized') {
          expect(member).toBeInstanceOf(NotFoundError);
          expect((member as NotFoundError).resourceId).toBe(PROJECT);
          // A read (Project.whatsappSenders) of a project without a WhatsApp account: NOT_FOUND, not masked.
          const read = upstreamRequestError(err, { passthrough: true, write: false });
          expect(read.extensions).toMatchObject({ code: 'NOT_FOUND', upstreamCode: errorCode });
          expect(read.log).toBeUndefined();
        } else {
          expect(member).toBeInstanceOf(ValidationError);
        }
        expect(write.extensions).toMatchObject({
          code: errorCode === 'project_not_initialized' ? 'NOT_FOUND' : 'BAD_USER_INPUT',
          upstreamCode: errorCode,
        });
        break;
      case 401:
        expect(member).toBe(err);
        expect(write.extensions.code).toBe('UNAUTHENTICATED');
        expect(service.extensions.code).toBe('FORBIDDEN');
        break;
      case 404:
        expect(member).toBeInstanceOf(NotFoundError);
        expect(write.extensions).toMatchObject({ code: 'NOT_FOUND', upstreamCode: errorCode });
        break;
      case 409:
        if (errorCode === 'wrong_otp') {
          // A refused value, not a state: the code the client typed.
          expect(member).toBeInstanceOf(ValidationError);
          expect((member as ValidationError).fieldErrors.map((f) => f.path.join('.'))).toEqual([
            'input.code',
          ]);
        } else {
          expect(member).toSatisfy(
            (m: unknown) => m instanceof InvalidStateError || m instanceof ConflictError,
          );
        }
        expect(write.extensions).toMatchObject({ code: 'CONFLICT', upstreamCode: errorCode });
        break;
      case 429:
        expect(member).toBeInstanceOf(RateLimitedError);
        expect(write.extensions).toMatchObject({ code: 'RATE_LIMITED', upstreamCode: errorCode });
        break;
      case 500:
        expect(member).toBe(err);
        expect(write).toMatchObject({
          message: 'The upstream failed.',
          extensions: { code: 'UPSTREAM_ERROR' },
        });
        break;
    }
    if (member instanceof DomainError) expect(member.code).toBe(errorCode);
  });

  it('the state refusals of the lifecycle are InvalidStateError, not ConflictError', () => {
    const states = EXAMPLES.filter((e) =>
      /\.(sender_not_updatable|sender_changes_not_updatable|sender_already_deleted|not_allowed_register|account_not_updatable)\.json$/.test(
        e.file,
      ),
    );
    expect(states.length).toBeGreaterThanOrEqual(5);
    for (const e of states) {
      expect(toDomainError(read(e), { allowed: ALL_MEMBERS }), e.file).toBeInstanceOf(InvalidStateError);
    }
    const exists = EXAMPLES.find((e) => e.file.endsWith('.account_exists.json'));
    expect(exists && toDomainError(read(exists), { allowed: ALL_MEMBERS })).toBeInstanceOf(ConflictError);
  });
});
