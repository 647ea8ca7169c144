// `node(id:)` and `nodes(ids:)` answer null, with no error, for any id that names no loadable node: a
// Project global id, an unknown type name, base64 garbage, an RcsTestNumber-like id, a sender id without
// its project part, an unknown sender. Only the sender ids cost an upstream call.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, seedSenderId } from '../../src/sandbox/index.ts';
import { encodeSenderId } from '../../src/schema/rcs-senders/ids.ts';
import { NodeDocument, NodesDocument } from '../generated/graphql.ts';
import { type GraphQLHarness, startGraphQLHarness } from '../support/graphql.ts';
import { calls } from './mutations/sandbox-control.ts';

let h: GraphQLHarness;
beforeAll(async () => {
  h = await startGraphQLHarness();
});
afterAll(async () => {
  await h.close();
  expect(h.problems()).toEqual([]);
});

const P = DEMO.projectId;
const SENDER_ID = seedSenderId(P, 'in-test-ready-gb-fr');
const SENDER = encodeSenderId(P, SENDER_ID);
const NOT_NODES = {
  'a Project global id': encodeGlobalID('Project', P),
  'an unknown type name': encodeGlobalID('Foo', 'x'),
  'base64 garbage': Buffer.from('not a global id').toString('base64'),
  'not base64 at all': '!!!',
  'an empty string': '',
  'an RcsTestNumber-like id': encodeGlobalID('RcsTestNumber', `${P}:${SENDER_ID}:+46700000001`),
  'a sender id without its project': encodeGlobalID('RcsSender', SENDER_ID),
  'an unknown sender': encodeSenderId(P, '00000000-0000-4000-8000-000000000000'),
};

describe('node(id:)', () => {
  it.each(Object.entries(NOT_NODES))('%s: null, no error', async (_name, id) => {
    const res = await h.raw(NodeDocument, { id });
    expect({ status: res.status, data: res.data, errors: res.errors }).toEqual({
      status: 200,
      data: { node: null },
      errors: [],
    });
  });

  it('a sender global id still loads the sender', async () => {
    expect(await h.request(NodeDocument, { id: SENDER })).toEqual({
      node: { id: SENDER, senderId: SENDER_ID },
    });
  });
});

describe('nodes(ids:)', () => {
  it('null in the place of each id that names no loadable node; only sender ids cost a call', async () => {
    await h.resetStats();
    const ids = [SENDER, ...Object.values(NOT_NODES), SENDER];
    const res = await h.raw(NodesDocument, { ids });
    const sender = { id: SENDER, senderId: SENDER_ID, projectId: P, state: 'IN_TEST' };
    expect({ data: res.data, errors: res.errors }).toEqual({
      data: { nodes: [sender, ...Object.values(NOT_NODES).map(() => null), sender] },
      errors: [],
    });
    // The two sender-typed ids with a project part (the real one, once, and the unknown one).
    expect(await calls(h)).toEqual({ RcsSendersController_getSender_v1: 2 });
  });
});
