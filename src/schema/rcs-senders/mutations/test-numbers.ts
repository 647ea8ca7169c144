import { NotFoundError, RateLimitedError, ValidationError } from '../../errors.ts';
import { resultUnion } from '../../lib/mutations.ts';
import {
  AddRcsTestNumbersInput,
  DeleteRcsTestNumberInput,
  ResendRcsTestNumberInviteInput,
} from '../inputs/sender.ts';
import { validateAddTestNumbersInput, validateTestNumber } from '../inputs/validation.ts';
import { rcsSenderWrites as rcs, testNumbersAt } from './sender-ref.ts';
import {
  AddRcsTestNumbersSuccess,
  DeleteRcsTestNumberSuccess,
  ResendRcsTestNumberInviteSuccess,
} from './test-number-payloads.ts';

// Test-number mutations; their success types are in test-number-payloads.ts.

// The upstream validates `testNumbers`; the graph calls that field `numbers`.
const numbersPath = (path: string[]) =>
  path[0] === 'testNumbers' ? ['input', 'numbers', ...path.slice(1)] : null;

rcs.mutation('addRcsTestNumbers', {
  description:
    'Invites numbers as testers (POST .../testNumbers). Google RBM allows 20 invites per day and 200 in total per sender.',
  input: [AddRcsTestNumbersInput, 'The sender and the numbers to invite.'],
  success: AddRcsTestNumbersSuccess,
  result: resultUnion(
    [ValidationError, NotFoundError, RateLimitedError],
    'The invited numbers, or why not: invalid numbers (ValidationError), unknown sender or a number that cannot be invited (NotFoundError), invite caps or throttling (RateLimitedError).',
  ),
  validate: validateAddTestNumbersInput,
  mapping: ({ numbers }, ref) => ({
    ids: { ...rcs.ids(ref), number: numbers.length === 1 ? numbers[0] : undefined },
    fieldPath: numbersPath,
    testNumbers: testNumbersAt(numbers, ['input', 'numbers']),
  }),
  write: (client, ref, input, opts) =>
    client.rcsSenders.addTestNumbers(ref.projectId, ref.senderId, { testNumbers: input.numbers }, opts),
  answer: (dto, ref) => ({ ref, testNumbers: (dto.testNumbers ?? []).map((s) => ({ ...ref, ...s })) }),
});

rcs.mutation('deleteRcsTestNumber', {
  description: 'Removes a test number (DELETE .../testNumbers/{number}).',
  input: [DeleteRcsTestNumberInput, 'The sender and the number to remove.'],
  success: DeleteRcsTestNumberSuccess,
  result: resultUnion(
    [NotFoundError, RateLimitedError],
    'The removal, or why not: unknown sender or a number that is not a tester (NotFoundError), throttling (RateLimitedError).',
  ),
  validate: validateTestNumber,
  mapping: ({ number }, ref) => ({ ids: { ...rcs.ids(ref), number } }),
  write: (client, ref, { number }, opts) =>
    client.rcsSenders.deleteTestNumber(ref.projectId, ref.senderId, number, opts),
  answer: (_none, ref, _ctx, input) => ({ ref, deletedNumber: input.number }),
});

rcs.mutation('resendRcsTestNumberInvite', {
  description:
    'Sends the tester invite again (GET .../testNumbers/{number}/retry, deprecated upstream without a published replacement).',
  input: [ResendRcsTestNumberInviteInput, 'The sender and the number to re-invite.'],
  success: ResendRcsTestNumberInviteSuccess,
  result: resultUnion(
    [ValidationError, NotFoundError, RateLimitedError],
    'The new invite state, or why not: an invalid number (ValidationError), unknown sender or a number that is not a tester or declined (NotFoundError), invite caps or throttling (RateLimitedError).',
  ),
  validate: validateTestNumber,
  mapping: ({ number }, ref) => ({
    ids: { ...rcs.ids(ref), number },
    testNumbers: testNumbersAt([number], ['input', 'number'], false),
  }),
  write: (client, ref, { number }, opts) =>
    client.rcsSenders.retryTestNumber(ref.projectId, ref.senderId, number, opts),
  answer: (state, ref) => ({ testNumber: { ...ref, ...state } }),
});
