import { ConflictError, InvalidStateError, NotFoundError, ValidationError } from '../../errors.ts';
import { projectMutation, resultUnion } from '../../lib/mutations.ts';
import { type CreateSenderInput, CreateWhatsappSenderInput } from '../inputs/create-sender.ts';
import {
  DeleteWhatsappSenderInput,
  DiscardWhatsappSenderChangesInput,
  UpdateWhatsappSenderInput,
} from '../inputs/sender.ts';
import { createSenderBody, updateSenderBody } from '../inputs/to-wire.ts';
import { validateCreateSenderInput, validateUpdateSenderInput } from '../inputs/validate-sender.ts';
import { whatsappSenderWrites as whatsapp } from './sender-ref.ts';

// createWhatsappSender and updateWhatsappSender answer with the sender the upstream returned, primed into
// the request's loader (no further GET); deleteWhatsappSender and discardWhatsappSenderChanges answer 204
// upstream, so their `sender` is read back lazily.

/** The input path of the variant the input chose, for the upstream's validation errors. */
const variantOf = (input: CreateSenderInput) =>
  input.embeddedSignup
    ? 'embeddedSignup'
    : input.phoneProvisioning
      ? 'phoneProvisioning'
      : 'partnerInitiated';

projectMutation('createWhatsappSender', {
  description:
    'Creates a WhatsApp sender (POST .../whatsapp/senders) by Embedded Signup, phone provisioning or partner-initiated: exactly one of the three.',
  input: [CreateWhatsappSenderInput, 'The new sender.'],
  success: whatsapp.answered(
    'The created sender: IN_PROGRESS while Sinch and Meta set it up (or with DRAFT changes when not submitted).',
  ),
  result: resultUnion(
    [ValidationError, NotFoundError, ConflictError],
    'The created sender, or why not: invalid input (ValidationError), an unknown project or one without a WhatsApp account (NotFoundError), a WhatsApp Business Account, phone number id or photo the upstream refuses (ConflictError, e.g. "waba_id_used", "used_phone_number_id").',
  ),
  validate: validateCreateSenderInput,
  mapping: (input) => ({ fieldPath: (path) => ['input', variantOf(input), ...path] }),
  write: (client, projectId, input, opts) =>
    client.whatsappSenders.create(projectId, createSenderBody(input), opts),
  answer: whatsapp.primed,
});

whatsapp.mutation('updateWhatsappSender', {
  description:
    'Changes a sender (PATCH): an absent field is left alone, an explicit null deletes the value. Saved as DRAFT changes unless submit is true; on an ACTIVE sender a display name or username goes to metadata for review.',
  input: [UpdateWhatsappSenderInput, 'The sender and the changes.'],
  success: whatsapp.answered(
    'The sender after the update: edits in `changes` (DRAFT, or IN_PROGRESS when submitted), a new display name or username in `metadata`.',
  ),
  result: resultUnion(
    [ValidationError, NotFoundError, InvalidStateError, ConflictError],
    'The updated sender, or why not: invalid input or a username not available (ValidationError), unknown sender (NotFoundError), a state that allows no such change (InvalidStateError, e.g. "sender_not_updatable", "sender_changes_not_updatable", "sender_display_name_update_not_allowed"), a photo the upstream cannot use (ConflictError).',
  ),
  validate: validateUpdateSenderInput,
  write: (client, ref, input, opts) =>
    client.whatsappSenders.update(ref.projectId, ref.senderId, updateSenderBody(input), opts),
  answer: whatsapp.primed,
});

whatsapp.mutation('deleteWhatsappSender', {
  description:
    'Deletes a sender (DELETE .../whatsapp/senders/{senderId}, 204): it stays ACTIVE for 30 days, then is removed.',
  input: [DeleteWhatsappSenderInput, 'The sender.'],
  success: whatsapp.readBack(
    'The sender is marked for removal: it stays ACTIVE for 30 days to send final messages, then is removed.',
  ),
  result: resultUnion(
    [ValidationError, NotFoundError, InvalidStateError],
    'The deletion, or why not: unknown sender (NotFoundError), already deleted within the last 30 days (InvalidStateError "sender_already_deleted").',
  ),
  write: (client, ref, _input, opts) => client.whatsappSenders.delete(ref.projectId, ref.senderId, opts),
  answer: whatsapp.byRef,
});

whatsapp.mutation('discardWhatsappSenderChanges', {
  description:
    'Discards the pending changes of a sender (DELETE .../changes, 204): only DRAFT, REJECTED or ERROR ones.',
  input: [DiscardWhatsappSenderChangesInput, 'The sender.'],
  success: whatsapp.readBack('The pending changes were discarded; the sender keeps its current details.'),
  result: resultUnion(
    [ValidationError, NotFoundError, InvalidStateError],
    'The discarded changes, or why not: no pending changes or unknown sender (NotFoundError "sender_changes_not_found"), changes under review (InvalidStateError "sender_changes_not_deletable").',
  ),
  write: (client, ref, _input, opts) =>
    client.whatsappSenders.deleteChanges(ref.projectId, ref.senderId, opts),
  answer: whatsapp.byRef,
});
