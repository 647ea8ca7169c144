import { ConflictError, InvalidStateError, NotFoundError, ValidationError } from '../../errors.ts';
import { projectMutation } from '../../lib/mutations.ts';
import { type CreateSenderInput, CreateWhatsappSenderInput } from '../inputs/create-sender.ts';
import {
  DeleteWhatsappSenderInput,
  DiscardWhatsappSenderChangesInput,
  UpdateWhatsappSenderInput,
} from '../inputs/sender.ts';
import { createSenderBody, updateSenderBody } from '../inputs/to-wire.ts';
import { validateCreateSenderInput, validateUpdateSenderInput } from '../inputs/validate-sender.ts';
import { docs } from './docs.ts';
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

projectMutation(docs, 'createWhatsappSender', {
  input: CreateWhatsappSenderInput,
  success: whatsapp.answered,
  errors: [ValidationError, NotFoundError, ConflictError],
  validate: validateCreateSenderInput,
  mapping: (input) => ({ fieldPath: (path) => ['input', variantOf(input), ...path] }),
  write: (client, projectId, input, opts) =>
    client.whatsappSenders.create(projectId, createSenderBody(input), opts),
  answer: whatsapp.primed,
});

whatsapp.mutation(docs, 'updateWhatsappSender', {
  input: UpdateWhatsappSenderInput,
  success: whatsapp.answered,
  errors: [ValidationError, NotFoundError, InvalidStateError, ConflictError],
  validate: validateUpdateSenderInput,
  write: (client, ref, input, opts) =>
    client.whatsappSenders.update(ref.projectId, ref.senderId, updateSenderBody(input), opts),
  answer: whatsapp.primed,
});

whatsapp.mutation(docs, 'deleteWhatsappSender', {
  input: DeleteWhatsappSenderInput,
  success: whatsapp.readBack,
  errors: [ValidationError, NotFoundError, InvalidStateError],
  write: (client, ref, _input, opts) => client.whatsappSenders.delete(ref.projectId, ref.senderId, opts),
  answer: whatsapp.byRef,
});

whatsapp.mutation(docs, 'discardWhatsappSenderChanges', {
  input: DiscardWhatsappSenderChangesInput,
  success: whatsapp.readBack,
  errors: [ValidationError, NotFoundError, InvalidStateError],
  write: (client, ref, _input, opts) =>
    client.whatsappSenders.deleteChanges(ref.projectId, ref.senderId, opts),
  answer: whatsapp.byRef,
});
