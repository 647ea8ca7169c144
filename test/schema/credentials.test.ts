// One rule for a rejected credential, on a query and a mutation alike, over HTTP against the sandbox:
// HTTP 401 only when the request is refused before execution (passthrough without Authorization); a
// credential the upstream rejects during execution is UNAUTHENTICATED at HTTP 200 (partial data); a 403 is
// FORBIDDEN; and a project the server's own key cannot reach is FORBIDDEN (not an outage), logged at warn.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, OTHER, seedSenderId } from '../../src/sandbox/index.ts';
import { encodeSenderId } from '../../src/schema/rcs-senders/ids.ts';
import { CREDENTIALS_REJECTED, noAccessToProject } from '../../src/schema/upstream-errors.ts';
import {
  AddRcsAccountCommentDocument,
  AddRcsSenderCommentDocument,
  SenderPageDocument,
  UpdateRcsSenderDocument,
} from '../generated/graphql.ts';
import { basicAuth, OTHER_AUTH } from '../support/credentials.ts';
import { type GraphQLHarness, startGraphQLHarness } from '../support/graphql.ts';
import { captureLog } from '../support/log-capture.ts';
import { addFaults, calls, clearFaults } from './mutations/sandbox-control.ts';

const P = DEMO.projectId;
const SENDER = encodeSenderId(P, seedSenderId(P, 'in-test-ready-gb-fr'));
const WRONG_KEY = { authorization: basicAuth(DEMO.keyId, 'wrong-secret-xyz') };
const query = { projectId: P, first: 1 };
const mutation = { input: { senderId: SENDER, comment: 'Hello' } };

/** Status, and each error's message, path and extensions: everything the rule is about. */
function outcome(res: {
  status: number;
  errors: { message: string; path?: unknown; extensions?: unknown }[];
}) {
  return {
    status: res.status,
    errors: res.errors.map((e) => ({ message: e.message, path: e.path, extensions: e.extensions })),
  };
}

describe('passthrough credentials', () => {
  let h: GraphQLHarness;
  beforeAll(async () => {
    h = await startGraphQLHarness();
  });
  afterEach(async () => {
    await clearFaults(h);
  });
  afterAll(async () => {
    await h.close();
    expect(h.problems()).toEqual([]);
  });

  it('a key the upstream rejects: UNAUTHENTICATED at HTTP 200, same message, on a query and a mutation', async () => {
    const extensions = { code: 'UNAUTHENTICATED', upstreamCode: 'unauthorized_error' };
    const q = await h.raw(SenderPageDocument, query, WRONG_KEY);
    expect(outcome(q)).toEqual({
      status: 200,
      errors: [{ message: CREDENTIALS_REJECTED, path: ['project', 'rcsSenders'], extensions }],
    });
    const m = await h.raw(AddRcsSenderCommentDocument, mutation, WRONG_KEY);
    expect(outcome(m)).toEqual({
      status: 200,
      errors: [{ message: CREDENTIALS_REJECTED, path: ['addRcsSenderComment'], extensions }],
    });
    expect(CREDENTIALS_REJECTED).toBe(
      'The upstream rejected the credentials of this request: a wrong key, or a project the key does not belong to.',
    );
    // A valid key for another project is the same 401 upstream ("bad credentials / wrong projectId").
    const crossed = await h.raw(
      AddRcsAccountCommentDocument,
      { input: { projectId: P, comment: 'x' } },
      {
        authorization: OTHER_AUTH,
      },
    );
    expect(outcome(crossed).errors.map((e) => [e.message, e.extensions])).toEqual([
      [CREDENTIALS_REJECTED, extensions],
    ]);
    expect(crossed.status).toBe(200);
  });

  it('no Authorization header: refused before execution with HTTP 401, on a query and a mutation', async () => {
    await h.resetStats();
    for (const res of [
      await h.raw(SenderPageDocument, query, {}),
      await h.raw(AddRcsSenderCommentDocument, mutation, {}),
    ]) {
      expect(res.status).toBe(401);
      expect(res.errors.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    }
    expect(await calls(h)).toEqual({});
  });

  it('a 403: FORBIDDEN with upstreamCode and the same message form on a query and a mutation', async () => {
    await addFaults(h, [
      { match: { operationId: 'RcsSendersController_listSenders_v1' }, status: 403 },
      { match: { operationId: 'RcsSendersController_updateSender_v1' }, status: 403 },
    ]);
    const message =
      'Access refused by the upstream: RBM has not been used. Please wait and try again or reach out to support at si-richmessaging@sinch.com';
    const extensions = { code: 'FORBIDDEN', upstreamCode: 'rbm_has_not_been_used' };
    expect(outcome(await h.raw(SenderPageDocument, query))).toEqual({
      status: 200,
      errors: [{ message, path: ['project', 'rcsSenders'], extensions }],
    });
    const update = { input: { id: SENDER, details: { countries: ['SE' as const] } } };
    expect(outcome(await h.raw(UpdateRcsSenderDocument, update))).toEqual({
      status: 200,
      errors: [{ message, path: ['updateRcsSender'], extensions }],
    });
  });
});

describe('service credentials and a project the key cannot reach', () => {
  let h: GraphQLHarness;
  beforeAll(async () => {
    h = await startGraphQLHarness({ serviceCredentials: true });
  });
  afterAll(async () => {
    await h.close();
    expect(h.problems()).toEqual([]);
  });

  it('is FORBIDDEN naming the project (not UPSTREAM_ERROR), with a warn line for operators', async () => {
    const log = captureLog();
    try {
      for (const projectId of [OTHER.projectId, 'no-such-project']) {
        const res = await h.raw(SenderPageDocument, { projectId, first: 1 }, {});
        expect(outcome(res)).toEqual({
          status: 200,
          errors: [
            {
              message: noAccessToProject(projectId),
              path: ['project', 'rcsSenders'],
              extensions: { code: 'FORBIDDEN', upstreamCode: 'unauthorized_error' },
            },
          ],
        });
        expect(res.data).toEqual({ project: { id: projectId, rcsSenders: null } });
      }
      const m = await h.raw(
        AddRcsAccountCommentDocument,
        { input: { projectId: OTHER.projectId, comment: 'x' } },
        {},
      );
      expect(outcome(m).errors.map((e) => [e.message, e.extensions])).toEqual([
        [noAccessToProject(OTHER.projectId), { code: 'FORBIDDEN', upstreamCode: 'unauthorized_error' }],
      ]);
      expect(noAccessToProject(OTHER.projectId)).toBe(
        'The server\'s credentials have no access to project "other-project": there is no such project, or it is not this key\'s.',
      );
      const lines = log.lines().filter((l) => l.msg !== 'request' && l.level !== 'debug');
      expect(
        lines.map((l) => [l.level, l.msg, l.path, (l.upstream as { projectId?: string })?.projectId]),
      ).toEqual([
        ['warn', 'service credentials refused for a project', 'project.rcsSenders', OTHER.projectId],
        ['warn', 'service credentials refused for a project', 'project.rcsSenders', 'no-such-project'],
        ['warn', 'service credentials refused for a project', 'addRcsAccountComment', OTHER.projectId],
      ]);
    } finally {
      log.stop();
    }
    // The server's own project still answers: nothing about the key itself is wrong.
    const own = await h.request(SenderPageDocument, { projectId: P, first: 1 }, {});
    expect(own.project.rcsSenders?.edges).toHaveLength(1);
  });
});
