// A write that happened is reported as a success whatever happens to its read-back. For every mutation
// whose upstream answer lacks the sender (so `sender` is a GET after the write), a fault on that GET leaves
// the success type in place: `sender` is null with one error at its own path, the rest of the success is
// delivered, and the write is in the sandbox state exactly once.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, seedSenderId } from '../../../src/sandbox/index.ts';
import { encodeSenderId } from '../../../src/schema/rcs-senders/ids.ts';
import {
  AddRcsSenderCommentWithSenderDocument,
  AddRcsTestNumbersWithSenderDocument,
  DeleteRcsTestNumberDocument,
  SenderAfterWriteDocument,
} from '../../generated/graphql.ts';
import { type GraphQLHarness, startGraphQLHarness } from '../../support/graphql.ts';
import { addFaults, calls, clearFaults } from './sandbox-control.ts';

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

const P = DEMO.projectId;
const SENDER = encodeSenderId(P, seedSenderId(P, 'in-test-ready-gb-fr'));
const GET = 'RcsSendersController_getSender_v1';

/** The read-back GET fails (a 500 is not retried, so each read-back is one faulted call). */
async function failReadBack(): Promise<void> {
  await h.resetStats();
  await addFaults(h, [{ match: { operationId: GET }, status: 500 }]);
}

/** The one error a failed read-back leaves: at `<mutation>.sender`, masked and coded. */
const readBackError = (field: string) => [
  { message: 'The upstream failed.', path: [field, 'sender'], code: 'UPSTREAM_ERROR' },
];

function errorsOf(res: {
  errors: { message: string; path?: unknown; extensions?: Record<string, unknown> }[];
}) {
  return res.errors.map((e) => ({ message: e.message, path: e.path, code: e.extensions?.code }));
}

async function stateAfterWrite() {
  await clearFaults(h);
  const data = await h.request(SenderAfterWriteDocument, { projectId: P, id: SENDER });
  const sender = data.project.rcsSender;
  return {
    numbers: sender?.testNumbers.map((t) => t.number) ?? [],
    comments: sender?.comments?.nodes.map((c) => c.comment) ?? [],
  };
}

describe('a failed read-back after a successful write', () => {
  it('addRcsTestNumbers: success with its test numbers, sender null, the number invited once', async () => {
    await failReadBack();
    const res = await h.raw(AddRcsTestNumbersWithSenderDocument, {
      input: { senderId: SENDER, numbers: ['+447700900171'] },
    });
    expect(res.data?.addRcsTestNumbers).toMatchObject({
      __typename: 'AddRcsTestNumbersSuccess',
      sender: null,
    });
    const success = res.data?.addRcsTestNumbers as { testNumbers: { number: string; state: string }[] };
    expect(success.testNumbers).toContainEqual({ number: '+447700900171', state: 'UNVERIFIED' });
    expect(errorsOf(res)).toEqual(readBackError('addRcsTestNumbers'));
    expect(await calls(h)).toEqual({ RcsSendersController_addTestNumbers_v1: 1, [GET]: 1 });
    expect((await stateAfterWrite()).numbers.filter((n) => n === '+447700900171')).toHaveLength(1);
  });

  it('deleteRcsTestNumber: success with the deleted number, sender null, the number gone', async () => {
    await failReadBack();
    const res = await h.raw(DeleteRcsTestNumberDocument, {
      input: { senderId: SENDER, number: '+447700900148' },
    });
    expect(res.data?.deleteRcsTestNumber).toEqual({
      __typename: 'DeleteRcsTestNumberSuccess',
      deletedNumber: '+447700900148',
      sender: null,
    });
    expect(errorsOf(res)).toEqual(readBackError('deleteRcsTestNumber'));
    expect(await calls(h)).toEqual({ RcsSendersController_deleteTestNumber_v1: 1, [GET]: 1 });
    expect((await stateAfterWrite()).numbers).not.toContain('+447700900148');
  });

  it('addRcsSenderComment: success with the comment, sender null, the comment stored once', async () => {
    await failReadBack();
    const res = await h.raw(AddRcsSenderCommentWithSenderDocument, {
      input: { senderId: SENDER, comment: 'Stored once, whatever the read-back does.' },
    });
    expect(res.data?.addRcsSenderComment).toEqual({
      __typename: 'AddRcsSenderCommentSuccess',
      comment: { comment: 'Stored once, whatever the read-back does.' },
      sender: null,
    });
    expect(errorsOf(res)).toEqual(readBackError('addRcsSenderComment'));
    expect(await calls(h)).toEqual({ RcsSendersController_createSenderComment_v1: 1, [GET]: 1 });
    expect(
      (await stateAfterWrite()).comments.filter((c) => c === 'Stored once, whatever the read-back does.'),
    ).toHaveLength(1);
  });
});
