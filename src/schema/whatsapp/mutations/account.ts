import type { WhatsappAccount as WhatsappAccountDto } from '../../../upstream/whatsapp-types.ts';
import { builder } from '../../builder.ts';
import { ConflictError, InvalidStateError, NotFoundError, ValidationError } from '../../errors.ts';
import { projectMutation, type SuccessOf, type WriteMutation } from '../../lib/mutations.ts';
import { toWhatsappAccountRecord, WhatsappAccount, type WhatsappAccountRecord } from '../account.ts';
import { CreateWhatsappAccountInput, UpdateWhatsappAccountInput } from '../inputs/account.ts';
import { createAccountBody, updateAccountBody } from '../inputs/to-wire.ts';
import { validateCreateAccountInput, validateUpdateAccountInput } from '../inputs/validate-account.ts';
import { docs } from './docs.ts';

// createWhatsappAccount and updateWhatsappAccount answer with the account the upstream returned.

/** A success type with the account the upstream answered with. */
type AccountPayload = { account: WhatsappAccountRecord };

const answered: SuccessOf<AccountPayload> = (name, description) =>
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

const accountOf = (dto: WhatsappAccountDto, projectId: string): AccountPayload => ({
  account: toWhatsappAccountRecord(projectId, dto),
});

// The upstream's validation errors name the account's own fields: each is under input.
const mapping = () => ({ fieldPath: (path: string[]) => ['input', ...path] });

/** A write of the project's account: answered with the account the upstream returned. */
function accountMutation<I extends { projectId: string }>(
  name: 'createWhatsappAccount' | 'updateWhatsappAccount',
  m: Pick<
    WriteMutation<I, string, WhatsappAccountDto, AccountPayload>,
    'input' | 'errors' | 'validate' | 'write'
  >,
): void {
  projectMutation(docs, name, { ...m, success: answered, mapping, answer: accountOf });
}

accountMutation('createWhatsappAccount', {
  input: CreateWhatsappAccountInput,
  errors: [ValidationError, NotFoundError, ConflictError],
  validate: validateCreateAccountInput,
  write: (client, project, input, opts) =>
    client.whatsappAccount.create(project, createAccountBody(input), opts),
});

accountMutation('updateWhatsappAccount', {
  input: UpdateWhatsappAccountInput,
  errors: [ValidationError, NotFoundError, InvalidStateError],
  validate: validateUpdateAccountInput,
  write: (client, project, input, opts) =>
    client.whatsappAccount.update(project, updateAccountBody(input), opts),
});
