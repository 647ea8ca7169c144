import { builder } from '../builder.ts';
import { NotFoundError, RateLimitedError, ValidationError } from '../errors.ts';
import type { SenderRef } from './ids.ts';
import {
  AddRcsTestNumbersInput,
  DeleteRcsTestNumberInput,
  ResendRcsTestNumberInviteInput,
} from './inputs.ts';
import {
  ensureValid,
  forgetSender,
  reloadSender,
  senderIds,
  senderRefOf,
  upstreamCall,
} from './mutations-shared.ts';
import { RcsSender } from './rcs-sender.ts';
import { RcsTestNumber, type TestNumberRecord } from './test-numbers.ts';
import { validateAddTestNumbersInput, validateTestNumber } from './validation.ts';

// Test-number mutations. The upstream answers these without the sender (a test-number list, a single state,
// or 204), so `sender` in their payloads is loaded lazily: one GET when selected, none otherwise.

interface SenderRefPayload {
  ref: SenderRef;
}
interface AddPayload extends SenderRefPayload {
  testNumbers: TestNumberRecord[];
}
interface DeletePayload extends SenderRefPayload {
  deletedNumber: string;
}

const ADD_ERRORS = [ValidationError, NotFoundError, RateLimitedError];
const DELETE_ERRORS = [NotFoundError, RateLimitedError];
const RESEND_ERRORS = [ValidationError, NotFoundError, RateLimitedError];

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

// The upstream validates `testNumbers`; the graph calls that field `numbers`.
const numbersPath = (path: string[]) =>
  path[0] === 'testNumbers' ? ['input', 'numbers', ...path.slice(1)] : null;

builder.mutationField('addRcsTestNumbers', (t) =>
  t.field({
    type: AddRcsTestNumbersSuccess,
    description:
      'Invites numbers as testers (POST .../testNumbers). Google RBM allows 20 invites per day and 200 in total per sender.',
    args: {
      input: t.arg({
        type: AddRcsTestNumbersInput,
        required: true,
        description: 'The sender and the numbers to invite.',
      }),
    },
    errors: {
      types: ADD_ERRORS,
      directResult: true,
      union: {
        name: 'AddRcsTestNumbersResult',
        description:
          'The invited numbers, or why not: invalid numbers (ValidationError), unknown sender or a number that cannot be invited (NotFoundError), invite caps or throttling (RateLimitedError).',
      },
    },
    resolve: async (_root, { input }, ctx) => {
      const ref = senderRefOf(input.senderId, input.projectId, 'senderId', ADD_ERRORS);
      ensureValid(validateAddTestNumbersInput(input), ADD_ERRORS);
      const ids = { ...senderIds(ref), number: input.numbers.length === 1 ? input.numbers[0] : undefined };
      const dto = await upstreamCall(ctx, { allowed: ADD_ERRORS, ids, fieldPath: numbersPath }, (opts) =>
        ctx.deps.client.rcsSenders.addTestNumbers(
          ref.projectId,
          ref.senderId,
          { testNumbers: input.numbers },
          opts,
        ),
      );
      forgetSender(ctx, ref);
      const testNumbers = (dto.testNumbers ?? []).map((s) => ({ ...ref, ...s }));
      return { ref, testNumbers };
    },
  }),
);

builder.mutationField('deleteRcsTestNumber', (t) =>
  t.field({
    type: DeleteRcsTestNumberSuccess,
    description: 'Removes a test number (DELETE .../testNumbers/{number}).',
    args: {
      input: t.arg({
        type: DeleteRcsTestNumberInput,
        required: true,
        description: 'The sender and the number to remove.',
      }),
    },
    errors: {
      types: DELETE_ERRORS,
      directResult: true,
      union: {
        name: 'DeleteRcsTestNumberResult',
        description:
          'The removal, or why not: unknown sender or a number that is not a tester (NotFoundError), throttling (RateLimitedError).',
      },
    },
    resolve: async (_root, { input }, ctx) => {
      const ref = senderRefOf(input.senderId, input.projectId, 'senderId', DELETE_ERRORS);
      ensureValid(validateTestNumber(input), DELETE_ERRORS);
      await upstreamCall(
        ctx,
        { allowed: DELETE_ERRORS, ids: { ...senderIds(ref), number: input.number } },
        (opts) =>
          ctx.deps.client.rcsSenders.deleteTestNumber(ref.projectId, ref.senderId, input.number, opts),
      );
      forgetSender(ctx, ref);
      return { ref, deletedNumber: input.number };
    },
  }),
);

builder.mutationField('resendRcsTestNumberInvite', (t) =>
  t.field({
    type: ResendRcsTestNumberInviteSuccess,
    description:
      'Sends the tester invite again (GET .../testNumbers/{number}/retry, deprecated upstream without a published replacement).',
    args: {
      input: t.arg({
        type: ResendRcsTestNumberInviteInput,
        required: true,
        description: 'The sender and the number to re-invite.',
      }),
    },
    errors: {
      types: RESEND_ERRORS,
      directResult: true,
      union: {
        name: 'ResendRcsTestNumberInviteResult',
        description:
          'The new invite state, or why not: an invalid number (ValidationError), unknown sender or a number that is not a tester or declined (NotFoundError), invite caps or throttling (RateLimitedError).',
      },
    },
    resolve: async (_root, { input }, ctx) => {
      const ref = senderRefOf(input.senderId, input.projectId, 'senderId', RESEND_ERRORS);
      ensureValid(validateTestNumber(input), RESEND_ERRORS);
      const state = await upstreamCall(
        ctx,
        { allowed: RESEND_ERRORS, ids: { ...senderIds(ref), number: input.number } },
        (opts) => ctx.deps.client.rcsSenders.retryTestNumber(ref.projectId, ref.senderId, input.number, opts),
      );
      forgetSender(ctx, ref);
      return { testNumber: { ...ref, ...state } };
    },
  }),
);
