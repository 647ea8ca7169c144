import { builder } from '../../builder.ts';
import { upstreamCost } from '../../cost.ts';
import { ConflictError, InvalidStateError, NotFoundError, ValidationError } from '../../errors.ts';
import { ensureValid, resultUnion, upstreamCall } from '../../lib/mutations.ts';
import { toWhatsappAccountRecord, WhatsappAccount, type WhatsappAccountRecord } from '../account.ts';
import {
  type CreateAccountInput,
  CreateWhatsappAccountInput,
  type UpdateAccountInput,
  UpdateWhatsappAccountInput,
} from '../inputs/account.ts';
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

builder.mutationField('createWhatsappAccount', (t) =>
  t.field({
    type: CreateWhatsappAccountSuccess,
    description:
      "Creates the project's WhatsApp account, partner-initiated (POST .../whatsapp); one per project.",
    args: {
      input: t.arg({ type: CreateWhatsappAccountInput, required: true, description: 'The new account.' }),
    },
    errors: CREATE_RESULT,
    extensions: upstreamCost({ calls: 1 }),
    resolve: async (_root, args, ctx) => {
      const input = args.input as CreateAccountInput;
      ensureValid(validateCreateAccountInput(input), CREATE_RESULT.types);
      const mapping = {
        allowed: CREATE_RESULT.types,
        ids: { project: input.projectId },
        fieldPath: (p: string[]) => ['input', ...p],
      };
      const dto = await upstreamCall(ctx, mapping, (opts) =>
        ctx.deps.client.whatsappAccount.create(input.projectId, createAccountBody(input), opts),
      );
      return { account: toWhatsappAccountRecord(input.projectId, dto) };
    },
  }),
);

builder.mutationField('updateWhatsappAccount', (t) =>
  t.field({
    type: UpdateWhatsappAccountSuccess,
    description: 'Changes a REJECTED account and resubmits it for review (PATCH .../whatsapp).',
    args: { input: t.arg({ type: UpdateWhatsappAccountInput, required: true, description: 'The changes.' }) },
    errors: UPDATE_RESULT,
    extensions: upstreamCost({ calls: 1 }),
    resolve: async (_root, args, ctx) => {
      const input = args.input as UpdateAccountInput;
      ensureValid(validateUpdateAccountInput(input), UPDATE_RESULT.types);
      const mapping = {
        allowed: UPDATE_RESULT.types,
        ids: { project: input.projectId },
        fieldPath: (p: string[]) => ['input', ...p],
      };
      const dto = await upstreamCall(ctx, mapping, (opts) =>
        ctx.deps.client.whatsappAccount.update(input.projectId, updateAccountBody(input), opts),
      );
      return { account: toWhatsappAccountRecord(input.projectId, dto) };
    },
  }),
);
