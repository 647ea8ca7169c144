import type { Context } from '../../../context.ts';
import { builder } from '../../builder.ts';
import { upstreamCost } from '../../cost.ts';
import {
  ConflictError,
  InvalidStateError,
  LaunchPreconditionError,
  NotFoundError,
  RateLimitedError,
  ValidationError,
} from '../../errors.ts';
import { ensureValid, resultUnion, upstreamCall } from '../../lib/mutations.ts';
import type { SenderRef } from '../ids.ts';
import {
  CreateRcsSenderInput,
  type CreateSenderInput,
  LaunchRcsSenderInput,
  type SenderDetailsInput,
  UpdateRcsSenderInput,
  type UpdateSenderInput,
} from '../inputs/sender.ts';
import { createBodyToWire, needsUsV2, updateBodyToWire } from '../inputs/to-wire.ts';
import { validateCreateSenderInput, validateUpdateSenderInput } from '../inputs/validation.ts';
import { loadSender, primeSender, RcsSender, type SenderRecord } from '../sender.ts';
import { forgetSender, senderIds, senderRefOf, testNumbersAt } from './sender-ref.ts';

// createRcsSender, updateRcsSender, launchRcsSender: each answers with the sender the upstream returned,
// primed into this request's loader, so selecting its fields costs no further GET.

interface SenderPayload {
  sender: SenderRecord;
}

const successType = (name: string, description: string) =>
  builder.objectRef<SenderPayload>(name).implement({
    description,
    fields: (t) => ({
      sender: t.field({
        type: RcsSender,
        nullable: false,
        description:
          'The sender as the upstream returned it; selecting its fields costs no further upstream call.',
        resolve: (p) => p.sender,
      }),
    }),
  });

export const CreateRcsSenderSuccess = successType(
  'CreateRcsSenderSuccess',
  'The created sender: DRAFT with minimal details; registration proceeds once the brand data is complete.',
);
export const UpdateRcsSenderSuccess = successType('UpdateRcsSenderSuccess', 'The sender after the update.');
export const LaunchRcsSenderSuccess = successType(
  'LaunchRcsSenderSuccess',
  'The sender after the launch request: PREPARING_LAUNCH (waiting for a review video) or LAUNCHING.',
);

/** The test numbers a create or update sends, for naming the one the upstream finds invalid. */
const detailsNumbers = (details: SenderDetailsInput | null | undefined) =>
  testNumbersAt(details?.testNumbers, ['input', 'details', 'testNumbers']);

const CREATE_RESULT = resultUnion(
  [ValidationError, ConflictError, RateLimitedError],
  'The created sender, or why not: invalid input (ValidationError), a logo/banner or account conflict (ConflictError), throttling (RateLimitedError).',
);

const UPDATE_RESULT = resultUnion(
  [ValidationError, NotFoundError, ConflictError, RateLimitedError],
  'The updated sender, or why not: invalid input or a field not updatable in this state (ValidationError), unknown sender (NotFoundError), a conflict (ConflictError), throttling (RateLimitedError).',
);

const LAUNCH_RESULT = resultUnion(
  [LaunchPreconditionError, InvalidStateError, NotFoundError, RateLimitedError],
  'The sender after the launch request, or why not: unmet preconditions (LaunchPreconditionError), a state that cannot launch (InvalidStateError), unknown sender (NotFoundError), throttling (RateLimitedError).',
);

builder.mutationField('createRcsSender', (t) =>
  t.field({
    type: CreateRcsSenderSuccess,
    description:
      'Creates a sender (POST .../rcs/senders). Region, billing category and use case cannot be changed later.',
    args: { input: t.arg({ type: CreateRcsSenderInput, required: true, description: 'The new sender.' }) },
    errors: CREATE_RESULT,
    extensions: upstreamCost({ calls: 1 }),
    resolve: async (_root, args, ctx) => {
      const input = args.input as CreateSenderInput;
      ensureValid(validateCreateSenderInput(input), CREATE_RESULT.types);
      const dto = await upstreamCall(
        ctx,
        {
          allowed: CREATE_RESULT.types,
          ids: { project: input.projectId },
          testNumbers: detailsNumbers(input.details),
        },
        (opts) => ctx.deps.client.rcsSenders.create(input.projectId, createBodyToWire(input), opts),
      );
      return { sender: primeSender(ctx, input.projectId, dto) };
    },
  }),
);

builder.mutationField('updateRcsSender', (t) =>
  t.field({
    type: UpdateRcsSenderSuccess,
    description:
      'Changes sender details (PATCH). An absent field is left alone; an explicit null deletes the value upstream. While LAUNCHING or LAUNCHED only countries may change.',
    args: {
      input: t.arg({
        type: UpdateRcsSenderInput,
        required: true,
        description: 'The sender and the details to change.',
      }),
    },
    errors: UPDATE_RESULT,
    extensions: upstreamCost({ calls: 1 }),
    resolve: async (_root, args, ctx) => {
      const input = args.input as UpdateSenderInput;
      const ref = senderRefOf(input.id, input.projectId, 'id', UPDATE_RESULT.types);
      ensureValid(validateUpdateSenderInput(input), UPDATE_RESULT.types);
      const query = needsUsV2(input.details) ? { usQuestionnaireVersion: 'v2' as const } : undefined;
      const mapping = {
        allowed: UPDATE_RESULT.types,
        ids: senderIds(ref),
        testNumbers: detailsNumbers(input.details),
      };
      const dto = await upstreamCall(ctx, mapping, (opts) =>
        ctx.deps.client.rcsSenders.update(
          ref.projectId,
          ref.senderId,
          updateBodyToWire(input.details),
          query,
          opts,
        ),
      );
      return { sender: primeSender(ctx, ref.projectId, dto) };
    },
  }),
);

/** The state for InvalidStateError: a fresh look at the sender (one GET), null when that fails too. */
async function currentState(ctx: Context, ref: SenderRef): Promise<string | null> {
  forgetSender(ctx, ref);
  try {
    return (await loadSender(ctx, ref.projectId, ref.senderId))?.state ?? null;
  } catch {
    return null;
  }
}

builder.mutationField('launchRcsSender', (t) =>
  t.field({
    type: LaunchRcsSenderSuccess,
    description:
      'Starts the launch review for every country in details.countries (POST .../launch). Allowed from IN_TEST, LAUNCHING, LAUNCHED and UNLAUNCHED; RcsSender.launchReadiness shows what is missing beforehand.',
    args: {
      input: t.arg({ type: LaunchRcsSenderInput, required: true, description: 'The sender to launch.' }),
    },
    errors: LAUNCH_RESULT,
    // The launch, and on a 409 one GET of the sender to name its state.
    extensions: upstreamCost({ calls: 2 }),
    resolve: async (_root, { input }, ctx) => {
      const ref = senderRefOf(input.id, input.projectId, 'id', LAUNCH_RESULT.types);
      const ids = senderIds(ref);
      try {
        const dto = await upstreamCall(ctx, { allowed: LAUNCH_RESULT.types, ids }, (opts) =>
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
  }),
);
