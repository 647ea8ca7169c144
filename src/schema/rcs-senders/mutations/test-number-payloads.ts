import { builder } from '../../builder.ts';
import type { SenderRef } from '../ids.ts';
import { RcsTestNumber, type TestNumberRecord } from '../test-numbers.ts';
import { rcsSenderWrites as rcs } from './sender-ref.ts';

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

export const AddRcsTestNumbersSuccess = builder.objectRef<AddPayload>('AddRcsTestNumbersSuccess').implement({
  description: 'The numbers were invited; each gets a tester invite on its device.',
  fields: (t) => ({
    sender: rcs.readBackField(t, 'The sender after the change.'),
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
      sender: rcs.readBackField(t, 'The sender after the change.'),
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
