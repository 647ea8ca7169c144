import { builder } from '../../builder.ts';
import { upstreamCost } from '../../cost.ts';
import { ConflictError, InvalidStateError, NotFoundError, ValidationError } from '../../errors.ts';
import { ensureValid, resultUnion, upstreamCall } from '../../lib/mutations.ts';
import type { SenderRef } from '../../rcs-senders/ids.ts';
import { type CreateSenderInput, CreateWhatsappSenderInput } from '../inputs/create-sender.ts';
import {
  DeleteWhatsappSenderInput,
  DiscardWhatsappSenderChangesInput,
  type UpdateSenderInput,
  UpdateWhatsappSenderInput,
} from '../inputs/sender.ts';
import { createSenderBody, updateSenderBody } from '../inputs/to-wire.ts';
import { validateCreateSenderInput, validateUpdateSenderInput } from '../inputs/validate-sender.ts';
import { primeWhatsappSender, WhatsappSender, type WhatsappSenderRecord } from '../sender.ts';
import {
  forgetWhatsappSender,
  readBackWhatsappSenderField,
  whatsappSenderIds,
  whatsappSenderRefOf,
} from './sender-ref.ts';

// createWhatsappSender and updateWhatsappSender answer with the sender the upstream returned, primed into
// the request's loader (no further GET); deleteWhatsappSender and discardWhatsappSenderChanges answer 204
// upstream, so their `sender` is read back lazily.

const successType = (name: string, description: string) =>
  builder.objectRef<{ sender: WhatsappSenderRecord }>(name).implement({
    description,
    fields: (t) => ({
      sender: t.field({
        type: WhatsappSender,
        nullable: false,
        description:
          'The sender as the upstream returned it; selecting its fields costs no further upstream call.',
        resolve: (p) => p.sender,
      }),
    }),
  });

export const CreateWhatsappSenderSuccess = successType(
  'CreateWhatsappSenderSuccess',
  'The created sender: IN_PROGRESS while Sinch and Meta set it up (or with DRAFT changes when not submitted).',
);
export const UpdateWhatsappSenderSuccess = successType(
  'UpdateWhatsappSenderSuccess',
  'The sender after the update: edits in `changes` (DRAFT, or IN_PROGRESS when submitted), a new display name or username in `metadata`.',
);

const readBackType = (name: string, description: string) =>
  builder.objectRef<{ ref: SenderRef }>(name).implement({
    description,
    fields: (t) => ({ sender: readBackWhatsappSenderField(t, 'The sender after the change.') }),
  });

export const DeleteWhatsappSenderSuccess = readBackType(
  'DeleteWhatsappSenderSuccess',
  'The sender is marked for removal: it stays ACTIVE for 30 days to send final messages, then is removed.',
);
export const DiscardWhatsappSenderChangesSuccess = readBackType(
  'DiscardWhatsappSenderChangesSuccess',
  'The pending changes were discarded; the sender keeps its current details.',
);

const CREATE_RESULT = resultUnion(
  [ValidationError, NotFoundError, ConflictError],
  'The created sender, or why not: invalid input (ValidationError), an unknown project or one without a WhatsApp account (NotFoundError), a WhatsApp Business Account, phone number id or photo the upstream refuses (ConflictError, e.g. "waba_id_used", "used_phone_number_id").',
);
const UPDATE_RESULT = resultUnion(
  [ValidationError, NotFoundError, InvalidStateError, ConflictError],
  'The updated sender, or why not: invalid input or a username not available (ValidationError), unknown sender (NotFoundError), a state that allows no such change (InvalidStateError, e.g. "sender_not_updatable", "sender_changes_not_updatable", "sender_display_name_update_not_allowed"), a photo the upstream cannot use (ConflictError).',
);
const DELETE_RESULT = resultUnion(
  [ValidationError, NotFoundError, InvalidStateError],
  'The deletion, or why not: unknown sender (NotFoundError), already deleted within the last 30 days (InvalidStateError "sender_already_deleted").',
);
const DISCARD_RESULT = resultUnion(
  [ValidationError, NotFoundError, InvalidStateError],
  'The discarded changes, or why not: no pending changes or unknown sender (NotFoundError "sender_changes_not_found"), changes under review (InvalidStateError "sender_changes_not_deletable").',
);

builder.mutationField('createWhatsappSender', (t) =>
  t.field({
    type: CreateWhatsappSenderSuccess,
    description:
      'Creates a WhatsApp sender (POST .../whatsapp/senders) by Embedded Signup, phone provisioning or partner-initiated: exactly one of the three.',
    args: {
      input: t.arg({ type: CreateWhatsappSenderInput, required: true, description: 'The new sender.' }),
    },
    errors: CREATE_RESULT,
    extensions: upstreamCost({ calls: 1 }),
    resolve: async (_root, args, ctx) => {
      const input = args.input as CreateSenderInput;
      ensureValid(validateCreateSenderInput(input), CREATE_RESULT.types);
      const variant = input.embeddedSignup
        ? 'embeddedSignup'
        : input.phoneProvisioning
          ? 'phoneProvisioning'
          : 'partnerInitiated';
      const mapping = {
        allowed: CREATE_RESULT.types,
        ids: { project: input.projectId },
        fieldPath: (path: string[]) => ['input', variant, ...path],
      };
      const dto = await upstreamCall(ctx, mapping, (opts) =>
        ctx.deps.client.whatsappSenders.create(input.projectId, createSenderBody(input), opts),
      );
      return { sender: primeWhatsappSender(ctx, input.projectId, dto) };
    },
  }),
);

builder.mutationField('updateWhatsappSender', (t) =>
  t.field({
    type: UpdateWhatsappSenderSuccess,
    description:
      'Changes a sender (PATCH): an absent field is left alone, an explicit null deletes the value. Saved as DRAFT changes unless submit is true; on an ACTIVE sender a display name or username goes to metadata for review.',
    args: {
      input: t.arg({
        type: UpdateWhatsappSenderInput,
        required: true,
        description: 'The sender and the changes.',
      }),
    },
    errors: UPDATE_RESULT,
    extensions: upstreamCost({ calls: 1 }),
    resolve: async (_root, args, ctx) => {
      const input = args.input as UpdateSenderInput;
      const ref = whatsappSenderRefOf(input.id, input.projectId, 'id', UPDATE_RESULT.types);
      ensureValid(validateUpdateSenderInput(input), UPDATE_RESULT.types);
      const dto = await upstreamCall(
        ctx,
        { allowed: UPDATE_RESULT.types, ids: whatsappSenderIds(ref) },
        (opts) =>
          ctx.deps.client.whatsappSenders.update(ref.projectId, ref.senderId, updateSenderBody(input), opts),
      );
      return { sender: primeWhatsappSender(ctx, ref.projectId, dto) };
    },
  }),
);

builder.mutationField('deleteWhatsappSender', (t) =>
  t.field({
    type: DeleteWhatsappSenderSuccess,
    description:
      'Deletes a sender (DELETE .../whatsapp/senders/{senderId}, 204): it stays ACTIVE for 30 days, then is removed.',
    args: { input: t.arg({ type: DeleteWhatsappSenderInput, required: true, description: 'The sender.' }) },
    errors: DELETE_RESULT,
    extensions: upstreamCost({ calls: 1 }),
    resolve: async (_root, { input }, ctx) => {
      const ref = whatsappSenderRefOf(input.id, input.projectId, 'id', DELETE_RESULT.types);
      await upstreamCall(ctx, { allowed: DELETE_RESULT.types, ids: whatsappSenderIds(ref) }, (opts) =>
        ctx.deps.client.whatsappSenders.delete(ref.projectId, ref.senderId, opts),
      );
      forgetWhatsappSender(ctx, ref);
      return { ref };
    },
  }),
);

builder.mutationField('discardWhatsappSenderChanges', (t) =>
  t.field({
    type: DiscardWhatsappSenderChangesSuccess,
    description:
      'Discards the pending changes of a sender (DELETE .../changes, 204): only DRAFT, REJECTED or ERROR ones.',
    args: {
      input: t.arg({ type: DiscardWhatsappSenderChangesInput, required: true, description: 'The sender.' }),
    },
    errors: DISCARD_RESULT,
    extensions: upstreamCost({ calls: 1 }),
    resolve: async (_root, { input }, ctx) => {
      const ref = whatsappSenderRefOf(input.id, input.projectId, 'id', DISCARD_RESULT.types);
      await upstreamCall(ctx, { allowed: DISCARD_RESULT.types, ids: whatsappSenderIds(ref) }, (opts) =>
        ctx.deps.client.whatsappSenders.deleteChanges(ref.projectId, ref.senderId, opts),
      );
      forgetWhatsappSender(ctx, ref);
      return { ref };
    },
  }),
);
