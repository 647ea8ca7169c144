import { builder } from '../../builder.ts';
import { upstreamCost } from '../../cost.ts';
import { NotFoundError, RateLimitedError, ValidationError } from '../../errors.ts';
import { ensureValid, resultUnion, upstreamCall } from '../../lib/mutations.ts';
import {
  AddRcsTestNumbersInput,
  DeleteRcsTestNumberInput,
  ResendRcsTestNumberInviteInput,
} from '../inputs/sender.ts';
import { validateAddTestNumbersInput, validateTestNumber } from '../inputs/validation.ts';
import { forgetSender, senderIds, senderRefOf, testNumbersAt } from './sender-ref.ts';
import {
  AddRcsTestNumbersSuccess,
  DeleteRcsTestNumberSuccess,
  ResendRcsTestNumberInviteSuccess,
} from './test-number-payloads.ts';

// Test-number mutations; their success types are in test-number-payloads.ts.

const ADD_RESULT = resultUnion(
  [ValidationError, NotFoundError, RateLimitedError],
  'The invited numbers, or why not: invalid numbers (ValidationError), unknown sender or a number that cannot be invited (NotFoundError), invite caps or throttling (RateLimitedError).',
);

const DELETE_RESULT = resultUnion(
  [NotFoundError, RateLimitedError],
  'The removal, or why not: unknown sender or a number that is not a tester (NotFoundError), throttling (RateLimitedError).',
);

const RESEND_RESULT = resultUnion(
  [ValidationError, NotFoundError, RateLimitedError],
  'The new invite state, or why not: an invalid number (ValidationError), unknown sender or a number that is not a tester or declined (NotFoundError), invite caps or throttling (RateLimitedError).',
);

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
    errors: ADD_RESULT,
    extensions: upstreamCost({ calls: 1 }),
    resolve: async (_root, { input }, ctx) => {
      const ref = senderRefOf(input.senderId, input.projectId, 'senderId', ADD_RESULT.types);
      ensureValid(validateAddTestNumbersInput(input), ADD_RESULT.types);
      const ids = { ...senderIds(ref), number: input.numbers.length === 1 ? input.numbers[0] : undefined };
      const testNumbers = testNumbersAt(input.numbers, ['input', 'numbers']);
      const mapping = { allowed: ADD_RESULT.types, ids, fieldPath: numbersPath, testNumbers };
      const dto = await upstreamCall(ctx, mapping, (opts) =>
        ctx.deps.client.rcsSenders.addTestNumbers(
          ref.projectId,
          ref.senderId,
          { testNumbers: input.numbers },
          opts,
        ),
      );
      forgetSender(ctx, ref);
      return { ref, testNumbers: (dto.testNumbers ?? []).map((s) => ({ ...ref, ...s })) };
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
    errors: DELETE_RESULT,
    extensions: upstreamCost({ calls: 1 }),
    resolve: async (_root, { input }, ctx) => {
      const ref = senderRefOf(input.senderId, input.projectId, 'senderId', DELETE_RESULT.types);
      ensureValid(validateTestNumber(input), DELETE_RESULT.types);
      await upstreamCall(
        ctx,
        { allowed: DELETE_RESULT.types, ids: { ...senderIds(ref), number: input.number } },
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
    errors: RESEND_RESULT,
    extensions: upstreamCost({ calls: 1 }),
    resolve: async (_root, { input }, ctx) => {
      const ref = senderRefOf(input.senderId, input.projectId, 'senderId', RESEND_RESULT.types);
      ensureValid(validateTestNumber(input), RESEND_RESULT.types);
      const state = await upstreamCall(
        ctx,
        {
          allowed: RESEND_RESULT.types,
          ids: { ...senderIds(ref), number: input.number },
          testNumbers: testNumbersAt([input.number], ['input', 'number'], false),
        },
        (opts) => ctx.deps.client.rcsSenders.retryTestNumber(ref.projectId, ref.senderId, input.number, opts),
      );
      forgetSender(ctx, ref);
      return { testNumber: { ...ref, ...state } };
    },
  }),
);
