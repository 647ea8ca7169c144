// `_entities` with WhatsappSender representations (@key "id" and "projectId senderId"), mixed with RCS senders
// and projects, over HTTP against the validated sandbox: one GET per distinct sender of each kind, in order;
// unknown senders and malformed keys null without a call; the estimate counts what the loaders will call.
import { parse } from 'graphql';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { estimateUpstreamCalls } from '../../src/plugins/upstream-cost.ts';
import { DEMO, seedSenderId } from '../../src/sandbox/index.ts';
import { seedWhatsappSenderId } from '../../src/sandbox/whatsapp/seed.ts';
import { schema } from '../../src/schema/index.ts';
import { encodeSenderId } from '../../src/schema/rcs-senders/ids.ts';
import { encodeWhatsappSenderId } from '../../src/schema/whatsapp/ids.ts';
import { type GraphQLHarness, startGraphQLHarness } from '../support/graphql.ts';

const P = DEMO.projectId;
const ENTITIES = /* GraphQL */ `
  query Entities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      __typename
      ... on WhatsappSender { id senderId projectId state details { displayName } }
      ... on RcsSender { id senderId }
      ... on Project { id }
    }
  }
`;
type Entity = { __typename: string; id: string; senderId?: string } | null;

let h: GraphQLHarness;
beforeAll(async () => {
  h = await startGraphQLHarness();
});
afterAll(async () => {
  await h.close();
});
beforeEach(async () => {
  await h.resetStats();
});
afterEach(() => {
  expect(h.problems()).toEqual([]);
});

describe('_entities with WhatsappSender representations', () => {
  it('both keys, duplicates, RCS senders and a project: 1 GET per distinct sender, in order', async () => {
    const a = seedWhatsappSenderId(P, 'active');
    const b = seedWhatsappSenderId(P, 'pending-verification');
    const rcs = seedSenderId(P, 'launched');
    const unknown = '00000000-0000-4000-8000-00000000000c';
    const representations = [
      { __typename: 'WhatsappSender', id: encodeWhatsappSenderId(P, a) },
      { __typename: 'WhatsappSender', projectId: P, senderId: a },
      { __typename: 'WhatsappSender', projectId: P, senderId: b },
      { __typename: 'RcsSender', id: encodeSenderId(P, rcs) },
      { __typename: 'Project', id: P },
      { __typename: 'WhatsappSender', id: encodeWhatsappSenderId(P, unknown) },
      // An RCS global id is not a WhatsappSender key: null, no call.
      { __typename: 'WhatsappSender', id: encodeSenderId(P, rcs) },
      { __typename: 'WhatsappSender', id: encodeWhatsappSenderId(P, b) },
    ];
    // The estimate: 3 distinct WhatsApp senders (a, b, unknown) + 1 RCS sender; the malformed key none.
    expect(estimateUpstreamCalls(schema, parse(ENTITIES), null, { representations })?.calls).toBe(4);
    const data = await h.request<{ _entities: Entity[] }, { representations: unknown[] }>(ENTITIES, {
      representations,
    });
    expect(data._entities.map((e) => (e ? [e.__typename, e.senderId ?? e.id] : null))).toEqual([
      ['WhatsappSender', a],
      ['WhatsappSender', a],
      ['WhatsappSender', b],
      ['RcsSender', rcs],
      ['Project', P],
      null,
      null,
      ['WhatsappSender', b],
    ]);
    expect(data._entities[0]?.id).toBe(encodeWhatsappSenderId(P, a));
    const s = await h.stats();
    expect(s.byOperation.WhatsappSendersController_get_v1).toBe(3);
    expect(s.byOperation.RcsSendersController_getSender_v1).toBe(1);
    expect(s.total).toBe(4);
  });
});
