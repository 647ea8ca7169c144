import type { MutationDocsTable } from '../../lib/mutations.ts';

// What the schema says of each mutation here (the Docs pane's text); the declarations say what they do.

export const docs = {
  createWhatsappSender: {
    about:
      'Creates a WhatsApp sender (POST .../whatsapp/senders) by Embedded Signup, phone provisioning or partner-initiated: exactly one of the three.',
    input: 'The new sender.',
    success:
      'The created sender: IN_PROGRESS while Sinch and Meta set it up (or with DRAFT changes when not submitted).',
    result:
      'The created sender, or why not: invalid input (ValidationError), an unknown project or one without a WhatsApp account (NotFoundError), a WhatsApp Business Account, phone number id or photo the upstream refuses (ConflictError, e.g. "waba_id_used", "used_phone_number_id").',
  },
  updateWhatsappSender: {
    about:
      'Changes a sender (PATCH): an absent field is left alone, an explicit null deletes the value. Saved as DRAFT changes unless submit is true; on an ACTIVE sender a display name or username goes to metadata for review.',
    input: 'The sender and the changes.',
    success:
      'The sender after the update: edits in `changes` (DRAFT, or IN_PROGRESS when submitted), a new display name or username in `metadata`.',
    result:
      'The updated sender, or why not: invalid input or a username not available (ValidationError), unknown sender (NotFoundError), a state that allows no such change (InvalidStateError, e.g. "sender_not_updatable", "sender_changes_not_updatable", "sender_display_name_update_not_allowed"), a photo the upstream cannot use (ConflictError).',
  },
  deleteWhatsappSender: {
    about:
      'Deletes a sender (DELETE .../whatsapp/senders/{senderId}, 204): it stays ACTIVE for 30 days, then is removed.',
    input: 'The sender.',
    success:
      'The sender is marked for removal: it stays ACTIVE for 30 days to send final messages, then is removed.',
    result:
      'The deletion, or why not: unknown sender (NotFoundError), already deleted within the last 30 days (InvalidStateError "sender_already_deleted").',
  },
  discardWhatsappSenderChanges: {
    about:
      'Discards the pending changes of a sender (DELETE .../changes, 204): only DRAFT, REJECTED or ERROR ones.',
    input: 'The sender.',
    success: 'The pending changes were discarded; the sender keeps its current details.',
    result:
      'The discarded changes, or why not: no pending changes or unknown sender (NotFoundError "sender_changes_not_found"), changes under review (InvalidStateError "sender_changes_not_deletable").',
  },
  registerWhatsappSender: {
    about:
      'Asks Meta to send the verification code (POST .../register); only in PENDING_VERIFICATION. Not retried automatically.',
    input: 'The sender and the method.',
    result:
      'The registration, or why not: the code could not be requested (ValidationError "sender_request_code_failed"), unknown sender (NotFoundError), a state that cannot register (InvalidStateError "not_allowed_register"), too many attempts (RateLimitedError).',
  },
  verifyWhatsappSender: {
    about: 'Verifies the sender with the code Meta sent (POST .../verify, 204): the sender becomes ACTIVE.',
    input: 'The sender and the code.',
    success: 'The code was accepted: the sender becomes ACTIVE.',
    result:
      'The verification, or why not: a malformed or wrong code (ValidationError at input.code, "wrong_otp" when the upstream refused it), unknown sender (NotFoundError), a state that cannot verify (InvalidStateError "not_allowed_verify").',
  },
  createWhatsappAccount: {
    about: "Creates the project's WhatsApp account, partner-initiated (POST .../whatsapp); one per project.",
    input: 'The new account.',
    success: "The project's new WhatsApp account, its details under review (changes IN_PROGRESS).",
    result:
      'The new account, or why not: invalid input or a business manager not available here (ValidationError), unknown project (NotFoundError), the project has an account already (ConflictError "account_exists").',
  },
  updateWhatsappAccount: {
    about: 'Changes a REJECTED account and resubmits it for review (PATCH .../whatsapp).',
    input: 'The changes.',
    success: 'The account after the update: the changes resubmitted for review (changes IN_PROGRESS).',
    result:
      'The updated account, or why not: invalid input (ValidationError), no WhatsApp account for the project (NotFoundError), an account that is not REJECTED (InvalidStateError "account_not_updatable").',
  },
  addWhatsappSenderComment: {
    about:
      'Adds a comment to a WhatsApp sender (POST .../comments); it shows up in its activities as COMMENT_ADDED.',
    input: 'The sender and the comment.',
    success: 'The comment was stored on the sender (an activity COMMENT_ADDED).',
    result: 'The stored comment, or why not: invalid text (ValidationError), unknown sender (NotFoundError).',
  },
  addWhatsappAccountComment: {
    about: "Adds a comment to the project's WhatsApp account (POST .../whatsapp/comments).",
    input: 'The project and the comment.',
    success: "The comment was stored on the project's WhatsApp account.",
    result:
      'The stored comment, or why not: invalid text (ValidationError), no WhatsApp account for the project (NotFoundError).',
  },
} satisfies MutationDocsTable;
