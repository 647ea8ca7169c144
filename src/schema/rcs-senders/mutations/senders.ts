import type { Context } from '../../../context.ts';
import {
  ConflictError,
  InvalidStateError,
  LaunchPreconditionError,
  NotFoundError,
  RateLimitedError,
  ValidationError,
} from '../../errors.ts';
import { inputMutation, projectMutation, upstreamCall } from '../../lib/mutations.ts';
import type { SenderRef } from '../ids.ts';
import {
  CreateRcsSenderInput,
  LaunchRcsSenderInput,
  type SenderDetailsInput,
  UpdateRcsSenderInput,
} from '../inputs/sender.ts';
import { createBodyToWire, needsUsV2, updateBodyToWire } from '../inputs/to-wire.ts';
import { validateCreateSenderInput, validateUpdateSenderInput } from '../inputs/validation.ts';
import { loadSender, primeSender } from '../sender.ts';
import { docs } from './docs.ts';
import { rcsSenderWrites as rcs, testNumbersAt } from './sender-ref.ts';

// createRcsSender, updateRcsSender, launchRcsSender: each answers with the sender the upstream returned,
// primed into this request's loader, so selecting its fields costs no further GET.

/** The test numbers a create or update sends, for naming the one the upstream finds invalid. */
const detailsNumbers = (details: SenderDetailsInput | null | undefined) =>
  testNumbersAt(details?.testNumbers, ['input', 'details', 'testNumbers']);

projectMutation(docs, 'createRcsSender', {
  input: CreateRcsSenderInput,
  success: rcs.answered,
  errors: [ValidationError, ConflictError, RateLimitedError],
  validate: validateCreateSenderInput,
  mapping: (input) => ({ testNumbers: detailsNumbers(input.details) }),
  write: (client, projectId, input, opts) =>
    client.rcsSenders.create(projectId, createBodyToWire(input), opts),
  answer: rcs.primed,
});

rcs.mutation(docs, 'updateRcsSender', {
  input: UpdateRcsSenderInput,
  success: rcs.answered,
  errors: [ValidationError, NotFoundError, ConflictError, RateLimitedError],
  validate: validateUpdateSenderInput,
  mapping: (input) => ({ testNumbers: detailsNumbers(input.details) }),
  write: (client, ref, { details }, opts) => {
    const query = needsUsV2(details) ? { usQuestionnaireVersion: 'v2' as const } : undefined;
    return client.rcsSenders.update(ref.projectId, ref.senderId, updateBodyToWire(details), query, opts);
  },
  answer: rcs.primed,
});

/** The state for InvalidStateError: a fresh look at the sender (one GET), null when that fails too. */
async function currentState(ctx: Context, ref: SenderRef): Promise<string | null> {
  rcs.forget(ctx, ref);
  try {
    return (await loadSender(ctx, ref.projectId, ref.senderId))?.state ?? null;
  } catch {
    return null;
  }
}

inputMutation(docs, 'launchRcsSender', {
  input: LaunchRcsSenderInput,
  success: rcs.answered,
  errors: [LaunchPreconditionError, InvalidStateError, NotFoundError, RateLimitedError],
  // The launch, and on a 409 one GET of the sender to name its state.
  calls: 2,
  resolve: async (input, ctx, allowed) => {
    const ref = rcs.refOf(input.id, input.projectId, 'id', allowed);
    try {
      const dto = await upstreamCall(ctx, { allowed, ids: rcs.ids(ref) }, (opts) =>
        ctx.deps.client.rcsSenders.launch(ref.projectId, ref.senderId, opts),
      );
      return { sender: primeSender(ctx, ref.projectId, dto) };
    } catch (err) {
      // The 409 body does not say which state the sender is in; the contract's InvalidStateError does.
      if (err instanceof InvalidStateError && err.code === 'launch_invalid_agent_state') {
        throw new InvalidStateError(err.message, err.code, await currentState(ctx, ref));
      }
      throw err;
    }
  },
});
