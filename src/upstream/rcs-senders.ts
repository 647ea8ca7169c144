// client.rcsSenders: the 12 operations of the "RCS Senders" tag, paths and methods as in
// contract/upstream/rcs-senders.openapi.yaml.
import type { Transport } from './http.ts';
import { operationCaller } from './operation.ts';
import type { ListSendersQuery, RcsSendersApi } from './types.ts';

const SENDERS = '/v1/projects/{projectId}/rcs/senders';
const SENDER = `${SENDERS}/{senderId}`;
const TEST_NUMBER = `${SENDER}/testNumbers/{testNumber}`;
const CAPABILITIES = `${TEST_NUMBER}/capabilities`;

export function createRcsSendersApi(t: Transport): RcsSendersApi {
  const call = operationCaller(t, (name) => `RcsSendersController_${name}_v1`);

  return {
    list: (projectId, query, opts) =>
      call('listSenders', 'GET', SENDERS, { projectId }, opts, { query: listQuery(query), idempotent: true }),
    create: (projectId, body, opts) =>
      call('createSender', 'POST', SENDERS, { projectId }, opts, { body, idempotent: false }),
    get: (projectId, senderId, opts) =>
      call('getSender', 'GET', SENDER, { projectId, senderId }, opts, { idempotent: true }),
    update: (projectId, senderId, body, query, opts) =>
      call('updateSender', 'PATCH', SENDER, { projectId, senderId }, opts, {
        query,
        body,
        idempotent: false,
      }),
    listActivities: (projectId, senderId, query, opts) =>
      call('listActivities', 'GET', `${SENDER}/activities`, { projectId, senderId }, opts, {
        query,
        idempotent: true,
      }),
    createComment: (projectId, senderId, body, opts) =>
      call('createSenderComment', 'POST', `${SENDER}/comments`, { projectId, senderId }, opts, {
        body,
        idempotent: false,
      }),
    launch: (projectId, senderId, opts) =>
      call('launchSender', 'POST', `${SENDER}/launch`, { projectId, senderId }, opts, { idempotent: false }),
    addTestNumbers: (projectId, senderId, body, opts) =>
      call('addTestNumbers', 'POST', `${SENDER}/testNumbers`, { projectId, senderId }, opts, {
        body,
        idempotent: false,
      }),
    getTestNumberState: (projectId, senderId, testNumber, opts) =>
      call('getTestNumberState', 'GET', TEST_NUMBER, { projectId, senderId, testNumber }, opts, {
        idempotent: true,
      }),
    deleteTestNumber: (projectId, senderId, testNumber, opts) =>
      call<void>('deleteTestNumber', 'DELETE', TEST_NUMBER, { projectId, senderId, testNumber }, opts, {
        idempotent: true,
        response: 'none',
      }),
    getTestNumberCapabilities: (projectId, senderId, testNumber, opts) =>
      call('getTestNumberCapabilities', 'GET', CAPABILITIES, { projectId, senderId, testNumber }, opts, {
        idempotent: true,
      }),
    retryTestNumber: (projectId, senderId, testNumber, opts) =>
      call('retryTestNumber', 'GET', `${TEST_NUMBER}/retry`, { projectId, senderId, testNumber }, opts, {
        // A GET that re-sends an invite (and counts against the daily invite cap): never repeat it.
        idempotent: false,
      }),
  };
}

/** filterSenderIds is a single string upstream (contract §4.1, inferred comma-separated). */
function listQuery(query: ListSendersQuery | undefined) {
  return { ...query, filterSenderIds: joinIds(query?.filterSenderIds) };
}

/** Accepts the documented string, or (additively) an array that is comma-joined. */
function joinIds(ids: string | readonly string[] | undefined): string | undefined {
  if (ids === undefined) return undefined;
  return typeof ids === 'string' ? ids : ids.join(',');
}
