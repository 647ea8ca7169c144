import { builder } from '../../builder.ts';
import { ConflictError, InvalidStateError, NotFoundError, ValidationError } from '../../errors.ts';
import { projectMutation, resultUnion, type SuccessOf } from '../../lib/mutations.ts';
import { toWhatsappAccountRecord, WhatsappAccount, type WhatsappAccountRecord } from '../account.ts';
import { CreateWhatsappAccountInput, UpdateWhatsappAccountInput } from '../inputs/account.ts';
import { createAccountBody, updateAccountBody } from '../inputs/to-wire.ts';
import { validateCreateAccountInput, validateUpdateAccountInput } from '../inputs/validate-account.ts';

// createWhatsappAccount and updateWhatsappAccount answer with the account the upstream returned.

/** A success type with the account the upstream answered with. */
const answered =
  (description: string): SuccessOf<{ account: WhatsappAccountRecord }> =>
  (name) =>
    builder.objectRef<{ account: WhatsappAccountRecord }>(name).implement({
      description,
      fields: (t) => ({
        account: t.field({
          type: WhatsappAccount,
          nullable: false,
          description: 'The account as the upstream returned it (no further upstream call).',
          resolve: (p) => p.account,
        }),
      }),
    });

// The upstream's validation errors name the account's own fields: each is under input.
const mapping = () => ({ fieldPath: (path: string[]) => ['input', ...path] });

projectMutation('createWhatsappAccount', {
  description:
    "Creates the project's WhatsApp account, partner-initiated (POST .../whatsapp); one per project.",
  input: [CreateWhatsappAccountInput, 'The new account.'],
  success: answered("The project's new WhatsApp account, its details under review (changes IN_PROGRESS)."),
  result: resultUnion(
    [ValidationError, NotFoundError, ConflictError],
    'The new account, or why not: invalid input or a business manager not available here (ValidationError), unknown project (NotFoundError), the project has an account already (ConflictError "account_exists").',
  ),
  validate: validateCreateAccountInput,
  mapping,
  write: (client, projectId, input, opts) =>
    client.whatsappAccount.create(projectId, createAccountBody(input), opts),
  answer: (dto, projectId) => ({ account: toWhatsappAccountRecord(projectId, dto) }),
});

projectMutation('updateWhatsappAccount', {
  description: 'Changes a REJECTED account and resubmits it for review (PATCH .../whatsapp).',
  input: [UpdateWhatsappAccountInput, 'The changes.'],
  success: answered(
    'The account after the update: the changes resubmitted for review (changes IN_PROGRESS).',
  ),
  result: resultUnion(
    [ValidationError, NotFoundError, InvalidStateError],
    'The updated account, or why not: invalid input (ValidationError), no WhatsApp account for the project (NotFoundError), an account that is not REJECTED (InvalidStateError "account_not_updatable").',
  ),
  validate: validateUpdateAccountInput,
  mapping,
  write: (client, projectId, input, opts) =>
    client.whatsappAccount.update(projectId, updateAccountBody(input), opts),
  answer: (dto, projectId) => ({ account: toWhatsappAccountRecord(projectId, dto) }),
});
