import type { RcsComment as RcsCommentDto } from '../../../upstream/types.ts';
import { builder } from '../../builder.ts';
import { NotFoundError, ValidationError } from '../../errors.ts';
import { inputMutation } from '../../lib/mutation-field.ts';
import { ensureValid, resultUnion, upstreamCall } from '../../lib/mutations.ts';
import { type CommentRecord, RcsComment } from '../activities.ts';
import type { SenderRef } from '../ids.ts';
import { AddRcsAccountCommentInput, AddRcsSenderCommentInput } from '../inputs/sender.ts';
import { validateComment } from '../inputs/validation.ts';
import { forgetSender, readBackSenderField, senderIds, senderRefOf } from './sender-ref.ts';

// Comments, the channel to Sinch support/reviewers. The upstream answers with the comment only
// ({type: "CREATED", comment, created}); the sender of a sender comment is loaded lazily when selected.

const SENDER_COMMENT_RESULT = resultUnion(
  [ValidationError, NotFoundError],
  'The stored comment, or why not: invalid text (ValidationError), unknown sender (NotFoundError).',
);

const ACCOUNT_COMMENT_RESULT = resultUnion(
  [ValidationError, NotFoundError],
  'The stored comment, or why not: invalid text (ValidationError), no RCS account for the project (NotFoundError).',
);

function toCommentRecord(dto: RcsCommentDto): CommentRecord {
  // The response has no author; the activity log later shows the same entry by "Provisioning API user".
  return { comment: dto.comment, created: dto.created ?? null, author: null };
}

export const AddRcsSenderCommentSuccess = builder
  .objectRef<{ ref: SenderRef; comment: CommentRecord }>('AddRcsSenderCommentSuccess')
  .implement({
    description: 'The comment was stored on the sender.',
    fields: (t) => ({
      sender: readBackSenderField(t, 'The commented sender.'),
      comment: t.field({
        type: RcsComment,
        nullable: false,
        description: 'The stored comment (no author: the upstream response names none).',
        resolve: (p) => p.comment,
      }),
    }),
  });

export const AddRcsAccountCommentSuccess = builder
  .objectRef<{ comment: CommentRecord }>('AddRcsAccountCommentSuccess')
  .implement({
    description: "The comment was stored on the project's RCS account.",
    fields: (t) => ({
      comment: t.field({
        type: RcsComment,
        nullable: false,
        description: 'The stored comment (no author: the upstream response names none).',
        resolve: (p) => p.comment,
      }),
    }),
  });

inputMutation('addRcsSenderComment', {
  type: AddRcsSenderCommentSuccess,
  description:
    'Adds a comment to a sender (POST .../comments); it shows up in the activities as COMMENT_ADDED.',
  input: AddRcsSenderCommentInput,
  inputDescription: 'The sender and the comment.',
  errors: SENDER_COMMENT_RESULT,
  resolve: async (input, ctx) => {
    const ref = senderRefOf(input.senderId, input.projectId, 'senderId', SENDER_COMMENT_RESULT.types);
    ensureValid(validateComment(input), SENDER_COMMENT_RESULT.types);
    const dto = await upstreamCall(
      ctx,
      { allowed: SENDER_COMMENT_RESULT.types, ids: senderIds(ref) },
      (opts) =>
        ctx.deps.client.rcsSenders.createComment(
          ref.projectId,
          ref.senderId,
          { comment: input.comment },
          opts,
        ),
    );
    forgetSender(ctx, ref);
    return { ref, comment: toCommentRecord(dto) };
  },
});

inputMutation('addRcsAccountComment', {
  type: AddRcsAccountCommentSuccess,
  description:
    'Adds a comment at the RCS account (project) level (POST /v1/projects/{projectId}/rcs/comments).',
  input: AddRcsAccountCommentInput,
  inputDescription: 'The project and the comment.',
  errors: ACCOUNT_COMMENT_RESULT,
  resolve: async (input, ctx) => {
    ensureValid(validateComment(input), ACCOUNT_COMMENT_RESULT.types);
    const dto = await upstreamCall(
      ctx,
      { allowed: ACCOUNT_COMMENT_RESULT.types, ids: { project: input.projectId } },
      (opts) => ctx.deps.client.rcsAccounts.createComment(input.projectId, { comment: input.comment }, opts),
    );
    return { comment: toCommentRecord(dto) };
  },
});
