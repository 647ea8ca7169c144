import type { WhatsappAccount as WhatsappAccountDto } from '../../../upstream/whatsapp-types.ts';
import { builder } from '../../builder.ts';
import { ConflictError, InvalidStateError, NotFoundError, ValidationError } from '../../errors.ts';
import { projectMutation, type SuccessOf } from '../../lib/mutations.ts';
import { toWhatsappAccountRecord, WhatsappAccount, type WhatsappAccountRecord } from '../account.ts';
import { CreateWhatsappAccountInput, UpdateWhatsappAccountInput } from '../inputs/account.ts';
import { createAccountBody, updateAccountBody } from '../inputs/to-wire.ts';
import { validateCreateAccountInput, validateUpdateAccountInput } from '../inputs/validate-account.ts';
import { docs } from './docs.ts';

// createWhatsappAccount and updateWhatsappAccount answer with the account the upstream returned.

/** A success type with the account the upstream answered with. */
const answered: SuccessOf<{ account: WhatsappAccountRecord }> = (name, description) =>
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

const accountOf = (dto: WhatsappAccountDto, projectId: string) => ({
  account: toWhatsappAccountRecord(projectId, dto),
});

// The upstream's validation errors name the account's own fields: each is under input.
const mapping = () => ({ fieldPath: (path: string[]) => ['input', ...path] });

projectMutation(docs, 'createWhatsappAccount', {
  input: CreateWhatsappAccountInput,
  success: answered,
  errors: [ValidationError, NotFoundError, ConflictError],
  validate: validateCreateAccountInput,
  mapping,
  write: (client, projectId, input, opts) =>
    client.whatsappAccount.create(projectId, createAccountBody(input), opts),
  answer: accountOf,
});

projectMutation(docs, 'updateWhatsappAccount', {
  input: UpdateWhatsappAccountInput,
  success: answered,
  errors: [ValidationError, NotFoundError, InvalidStateError],
  validate: validateUpdateAccountInput,
  mapping,
  write: (client, projectId, input, opts) =>
    client.whatsappAccount.update(projectId, updateAccountBody(input), opts),
  answer: accountOf,
});
