import type { WhatsappComment as CommentDto } from '../../../upstream/whatsapp-types.ts';
import { builder } from '../../builder.ts';
import { upstreamCost } from '../../cost.ts';
import { NotFoundError, ValidationError } from '../../errors.ts';
import { ensureValid, resultUnion, upstreamCall } from '../../lib/mutations.ts';
import type { SenderRef } from '../../rcs-senders/ids.ts';
import { validateComment } from '../../rcs-senders/inputs/validation.ts';
import { type CommentRecord, WhatsappComment } from '../activities.ts';
import { AddWhatsappAccountCommentInput, AddWhatsappSenderCommentInput } from '../inputs/sender.ts';
import {
  forgetWhatsappSender,
  readBackWhatsappSenderField,
  whatsappSenderIds,
  whatsappSenderRefOf,
} from './sender-ref.ts';

// Comments to Sinch support on a sender or the account (201 {type: "CREATED", comment, created}); the
// commented sender is read back lazily when selected.

const SENDER_COMMENT_RESULT = resultUnion(
  [ValidationError, NotFoundError],
  'The stored comment, or why not: invalid text (ValidationError), unknown sender (NotFoundError).',
);
const ACCOUNT_COMMENT_RESULT = resultUnion(
  [ValidationError, NotFoundError],
  'The stored comment, or why not: invalid text (ValidationError), no WhatsApp account for the project (NotFoundError).',
);

/** The response names no author; the activity log later shows the entry by "Provisioning API user". */
const toCommentRecord = (dto: CommentDto): CommentRecord => ({
  type: 'COMMENT_ADDED',
  comment: dto.comment,
  created: dto.created,
});

const COMMENT_FIELD = 'The stored comment (no author: the upstream response names none).';

export const AddWhatsappSenderCommentSuccess = builder
  .objectRef<{ ref: SenderRef; comment: CommentRecord }>('AddWhatsappSenderCommentSuccess')
  .implement({
    description: 'The comment was stored on the sender (an activity COMMENT_ADDED).',
    fields: (t) => ({
      sender: readBackWhatsappSenderField(t, 'The commented sender.'),
      comment: t.field({
        type: WhatsappComment,
        nullable: false,
        description: COMMENT_FIELD,
        resolve: (p) => p.comment,
      }),
    }),
  });

export const AddWhatsappAccountCommentSuccess = builder
  .objectRef<{ comment: CommentRecord }>('AddWhatsappAccountCommentSuccess')
  .implement({
    description: "The comment was stored on the project's WhatsApp account.",
    fields: (t) => ({
      comment: t.field({
        type: WhatsappComment,
        nullable: false,
        description: COMMENT_FIELD,
        resolve: (p) => p.comment,
      }),
    }),
  });

builder.mutationField('addWhatsappSenderComment', (t) =>
  t.field({
    type: AddWhatsappSenderCommentSuccess,
    description:
      'Adds a comment to a WhatsApp sender (POST .../comments); it shows up in its activities as COMMENT_ADDED.',
    args: {
      input: t.arg({
        type: AddWhatsappSenderCommentInput,
        required: true,
        description: 'The sender and the comment.',
      }),
    },
    errors: SENDER_COMMENT_RESULT,
    extensions: upstreamCost({ calls: 1 }),
    resolve: async (_root, { input }, ctx) => {
      const ref = whatsappSenderRefOf(
        input.senderId,
        input.projectId,
        'senderId',
        SENDER_COMMENT_RESULT.types,
      );
      ensureValid(validateComment(input), SENDER_COMMENT_RESULT.types);
      const dto = await upstreamCall(
        ctx,
        { allowed: SENDER_COMMENT_RESULT.types, ids: whatsappSenderIds(ref) },
        (opts) =>
          ctx.deps.client.whatsappSenders.comment(
            ref.projectId,
            ref.senderId,
            { comment: input.comment },
            opts,
          ),
      );
      forgetWhatsappSender(ctx, ref);
      return { ref, comment: toCommentRecord(dto) };
    },
  }),
);

builder.mutationField('addWhatsappAccountComment', (t) =>
  t.field({
    type: AddWhatsappAccountCommentSuccess,
    description: "Adds a comment to the project's WhatsApp account (POST .../whatsapp/comments).",
    args: {
      input: t.arg({
        type: AddWhatsappAccountCommentInput,
        required: true,
        description: 'The project and the comment.',
      }),
    },
    errors: ACCOUNT_COMMENT_RESULT,
    extensions: upstreamCost({ calls: 1 }),
    resolve: async (_root, { input }, ctx) => {
      ensureValid(validateComment(input), ACCOUNT_COMMENT_RESULT.types);
      const dto = await upstreamCall(
        ctx,
        { allowed: ACCOUNT_COMMENT_RESULT.types, ids: { project: input.projectId } },
        (opts) => ctx.deps.client.whatsappAccount.comment(input.projectId, { comment: input.comment }, opts),
      );
      return { comment: toCommentRecord(dto) };
    },
  }),
);
