// client.rcsSenders: the 12 operations of the "RCS Senders" tag, paths and methods as in
// contract/upstream/rcs-senders.openapi.yaml.
import type { Transport } from './http.ts';
import type { RcsSendersApi } from './types.ts';
import type { CallSpec } from './wire.ts';

const SENDERS = '/v1/projects/{projectId}/rcs/senders';
const SENDER = `${SENDERS}/{senderId}`;
const TEST_NUMBER = `${SENDER}/testNumbers/{testNumber}`;

type Spec = Omit<CallSpec, 'response'> & { response?: CallSpec['response'] };

export function createRcsSendersApi(t: Transport): RcsSendersApi {
  const call = <T>(spec: Spec, opts: Parameters<Transport['send']>[1]) =>
    t.send<T>({ response: 'json', ...spec }, opts);

  return {
    list: (projectId, query, opts) =>
      call(
        {
          operationId: 'RcsSendersController_listSenders_v1',
          method: 'GET',
          path: SENDERS,
          params: { projectId },
          query: {
            ...query,
            // filterSenderIds is a single string upstream (contract §4.1, inferred comma-separated).
            filterSenderIds: joinIds(query?.filterSenderIds),
          },
          idempotent: true,
        },
        opts,
      ),
    create: (projectId, body, opts) =>
      call(
        {
          operationId: 'RcsSendersController_createSender_v1',
          method: 'POST',
          path: SENDERS,
          params: { projectId },
          body,
          idempotent: false,
        },
        opts,
      ),
    get: (projectId, senderId, opts) =>
      call(
        {
          operationId: 'RcsSendersController_getSender_v1',
          method: 'GET',
          path: SENDER,
          params: { projectId, senderId },
          idempotent: true,
        },
        opts,
      ),
    update: (projectId, senderId, body, query, opts) =>
      call(
        {
          operationId: 'RcsSendersController_updateSender_v1',
          method: 'PATCH',
          path: SENDER,
          params: { projectId, senderId },
          query,
          body,
          idempotent: false,
        },
        opts,
      ),
    listActivities: (projectId, senderId, query, opts) =>
      call(
        {
          operationId: 'RcsSendersController_listActivities_v1',
          method: 'GET',
          path: `${SENDER}/activities`,
          params: { projectId, senderId },
          query,
          idempotent: true,
        },
        opts,
      ),
    createComment: (projectId, senderId, body, opts) =>
      call(
        {
          operationId: 'RcsSendersController_createSenderComment_v1',
          method: 'POST',
          path: `${SENDER}/comments`,
          params: { projectId, senderId },
          body,
          idempotent: false,
        },
        opts,
      ),
    launch: (projectId, senderId, opts) =>
      call(
        {
          operationId: 'RcsSendersController_launchSender_v1',
          method: 'POST',
          path: `${SENDER}/launch`,
          params: { projectId, senderId },
          idempotent: false,
        },
        opts,
      ),
    addTestNumbers: (projectId, senderId, body, opts) =>
      call(
        {
          operationId: 'RcsSendersController_addTestNumbers_v1',
          method: 'POST',
          path: `${SENDER}/testNumbers`,
          params: { projectId, senderId },
          body,
          idempotent: false,
        },
        opts,
      ),
    getTestNumberState: (projectId, senderId, testNumber, opts) =>
      call(
        {
          operationId: 'RcsSendersController_getTestNumberState_v1',
          method: 'GET',
          path: TEST_NUMBER,
          params: { projectId, senderId, testNumber },
          idempotent: true,
        },
        opts,
      ),
    deleteTestNumber: (projectId, senderId, testNumber, opts) =>
      call<void>(
        {
          operationId: 'RcsSendersController_deleteTestNumber_v1',
          method: 'DELETE',
          path: TEST_NUMBER,
          params: { projectId, senderId, testNumber },
          idempotent: true,
          response: 'none',
        },
        opts,
      ),
    getTestNumberCapabilities: (projectId, senderId, testNumber, opts) =>
      call(
        {
          operationId: 'RcsSendersController_getTestNumberCapabilities_v1',
          method: 'GET',
          path: `${TEST_NUMBER}/capabilities`,
          params: { projectId, senderId, testNumber },
          idempotent: true,
        },
        opts,
      ),
    retryTestNumber: (projectId, senderId, testNumber, opts) =>
      call(
        {
          operationId: 'RcsSendersController_retryTestNumber_v1',
          method: 'GET',
          path: `${TEST_NUMBER}/retry`,
          params: { projectId, senderId, testNumber },
          // A GET that re-sends an invite (and counts against the daily invite cap): never repeat it.
          idempotent: false,
        },
        opts,
      ),
  };
}

/** Accepts the documented string, or (additively) an array that is comma-joined. */
function joinIds(ids: string | readonly string[] | undefined): string | undefined {
  if (ids === undefined) return undefined;
  return typeof ids === 'string' ? ids : ids.join(',');
}
