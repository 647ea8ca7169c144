import { builder } from '../builder.ts';
import type { SenderRef } from './ids.ts';
import { reloadSender } from './mutations-shared.ts';
import { RcsSender } from './rcs-sender.ts';
import { RcsTestNumber, type TestNumberRecord } from './test-numbers.ts';

// The success types of the test-number mutations. The upstream answers these without the sender (a
// test-number list, a single state, or 204), so `sender` is loaded lazily: one GET when selected, none
// otherwise.

interface SenderRefPayload {
  ref: SenderRef;
}
interface AddPayload extends SenderRefPayload {
  testNumbers: TestNumberRecord[];
}
interface DeletePayload extends SenderRefPayload {
  deletedNumber: string;
}

// Nullable (the contract says RcsSender!): the change is made before this read-back, so a failed GET must
// not null the whole success and make a write that happened look failed (and invite a duplicating retry).
const SENDER_FIELD_DOC =
  'The sender after the change. The upstream response does not include it, so selecting it costs one GET of the sender. Null, with an error at this path, when that GET fails: the change itself was made, so do not retry the mutation.';

export const AddRcsTestNumbersSuccess = builder.objectRef<AddPayload>('AddRcsTestNumbersSuccess').implement({
  description: 'The numbers were invited; each gets a tester invite on its device.',
  fields: (t) => ({
    sender: t.field({
      type: RcsSender,
      nullable: true,
      description: SENDER_FIELD_DOC,
      resolve: (p, _args, ctx) => reloadSender(ctx, p.ref),
    }),
    testNumbers: t.field({
      type: [RcsTestNumber],
      nullable: false,
      description: "The sender's test numbers and invite states as the upstream returned them after the add.",
      resolve: (p) => p.testNumbers,
    }),
  }),
});

export const DeleteRcsTestNumberSuccess = builder
  .objectRef<DeletePayload>('DeleteRcsTestNumberSuccess')
  .implement({
    description: "The number is no longer one of the sender's testers.",
    fields: (t) => ({
      sender: t.field({
        type: RcsSender,
        nullable: true,
        description: SENDER_FIELD_DOC,
        resolve: (p, _args, ctx) => reloadSender(ctx, p.ref),
      }),
      deletedNumber: t.field({
        type: 'PhoneNumber',
        nullable: false,
        description: 'The number that was removed, as given in the input.',
        resolve: (p) => p.deletedNumber,
      }),
    }),
  });

export const ResendRcsTestNumberInviteSuccess = builder
  .objectRef<{ testNumber: TestNumberRecord }>('ResendRcsTestNumberInviteSuccess')
  .implement({
    description: 'The invite was sent again.',
    fields: (t) => ({
      testNumber: t.field({
        type: RcsTestNumber,
        nullable: false,
        description: 'The number with its new invite state (UNVERIFIED after a re-invite).',
        resolve: (p) => p.testNumber,
      }),
    }),
  });
