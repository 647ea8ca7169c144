import { builder } from '../../builder.ts';
import { ConflictError, InvalidStateError, NotFoundError, ValidationError } from '../../errors.ts';
import { projectMutation, resultUnion } from '../../lib/mutations.ts';
import { toWhatsappAccountRecord, WhatsappAccount, type WhatsappAccountRecord } from '../account.ts';
import { CreateWhatsappAccountInput, UpdateWhatsappAccountInput } from '../inputs/account.ts';
import { createAccountBody, updateAccountBody } from '../inputs/to-wire.ts';
import { validateCreateAccountInput, validateUpdateAccountInput } from '../inputs/validate-account.ts';

// createWhatsappAccount and updateWhatsappAccount answer with the account the upstream returned.

const successType = (name: string, description: string) =>
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

export const CreateWhatsappAccountSuccess = successType(
  'CreateWhatsappAccountSuccess',
  "The project's new WhatsApp account, its details under review (changes IN_PROGRESS).",
);
export const UpdateWhatsappAccountSuccess = successType(
  'UpdateWhatsappAccountSuccess',
  'The account after the update: the changes resubmitted for review (changes IN_PROGRESS).',
);

const CREATE_RESULT = resultUnion(
  [ValidationError, NotFoundError, ConflictError],
  'The new account, or why not: invalid input or a business manager not available here (ValidationError), unknown project (NotFoundError), the project has an account already (ConflictError "account_exists").',
);
const UPDATE_RESULT = resultUnion(
  [ValidationError, NotFoundError, InvalidStateError],
  'The updated account, or why not: invalid input (ValidationError), no WhatsApp account for the project (NotFoundError), an account that is not REJECTED (InvalidStateError "account_not_updatable").',
);

// The upstream's validation errors name the account's own fields: each is under input.
const mapping = () => ({ fieldPath: (path: string[]) => ['input', ...path] });

projectMutation('createWhatsappAccount', {
  description:
    "Creates the project's WhatsApp account, partner-initiated (POST .../whatsapp); one per project.",
  input: [CreateWhatsappAccountInput, 'The new account.'],
  success: CreateWhatsappAccountSuccess,
  result: CREATE_RESULT,
  validate: validateCreateAccountInput,
  mapping,
  write: (client, projectId, input, opts) =>
    client.whatsappAccount.create(projectId, createAccountBody(input), opts),
  answer: (dto, projectId) => ({ account: toWhatsappAccountRecord(projectId, dto) }),
});

projectMutation('updateWhatsappAccount', {
  description: 'Changes a REJECTED account and resubmits it for review (PATCH .../whatsapp).',
  input: [UpdateWhatsappAccountInput, 'The changes.'],
  success: UpdateWhatsappAccountSuccess,
  result: UPDATE_RESULT,
  validate: validateUpdateAccountInput,
  mapping,
  write: (client, projectId, input, opts) =>
    client.whatsappAccount.update(projectId, updateAccountBody(input), opts),
  answer: (dto, projectId) => ({ account: toWhatsappAccountRecord(projectId, dto) }),
});
