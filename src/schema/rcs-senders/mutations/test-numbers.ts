import { NotFoundError, RateLimitedError, ValidationError } from '../../errors.ts';
import {
  AddRcsTestNumbersInput,
  DeleteRcsTestNumberInput,
  ResendRcsTestNumberInviteInput,
} from '../inputs/sender.ts';
import { validateAddTestNumbersInput, validateTestNumber } from '../inputs/validation.ts';
import { docs } from './docs.ts';
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

rcs.mutation(docs, 'addRcsTestNumbers', {
  input: AddRcsTestNumbersInput,
  success: AddRcsTestNumbersSuccess,
  errors: [ValidationError, NotFoundError, RateLimitedError],
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

rcs.mutation(docs, 'deleteRcsTestNumber', {
  input: DeleteRcsTestNumberInput,
  success: DeleteRcsTestNumberSuccess,
  errors: [NotFoundError, RateLimitedError],
  validate: validateTestNumber,
  mapping: ({ number }, ref) => ({ ids: { ...rcs.ids(ref), number } }),
  write: (client, ref, { number }, opts) =>
    client.rcsSenders.deleteTestNumber(ref.projectId, ref.senderId, number, opts),
  answer: (_none, ref, _ctx, input) => ({ ref, deletedNumber: input.number }),
});

rcs.mutation(docs, 'resendRcsTestNumberInvite', {
  input: ResendRcsTestNumberInviteInput,
  success: ResendRcsTestNumberInviteSuccess,
  errors: [ValidationError, NotFoundError, RateLimitedError],
  validate: validateTestNumber,
  mapping: ({ number }, ref) => ({
    ids: { ...rcs.ids(ref), number },
    testNumbers: testNumbersAt([number], ['input', 'number'], false),
  }),
  write: (client, ref, { number }, opts) =>
    client.rcsSenders.retryTestNumber(ref.projectId, ref.senderId, number, opts),
  answer: (state, ref) => ({ testNumber: { ...ref, ...state } }),
});
