import type { RcsComment as RcsCommentDto } from '../../../upstream/types.ts';
import { builder } from '../../builder.ts';
import { upstreamCost } from '../../cost.ts';
import { NotFoundError, ValidationError } from '../../errors.ts';
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

builder.mutationField('addRcsSenderComment', (t) =>
  t.field({
    type: AddRcsSenderCommentSuccess,
    description:
      'Adds a comment to a sender (POST .../comments); it shows up in the activities as COMMENT_ADDED.',
    args: {
      input: t.arg({
        type: AddRcsSenderCommentInput,
        required: true,
        description: 'The sender and the comment.',
      }),
    },
    errors: SENDER_COMMENT_RESULT,
    extensions: upstreamCost({ calls: 1 }),
    resolve: async (_root, { input }, ctx) => {
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
  }),
);

builder.mutationField('addRcsAccountComment', (t) =>
  t.field({
    type: AddRcsAccountCommentSuccess,
    description:
      'Adds a comment at the RCS account (project) level (POST /v1/projects/{projectId}/rcs/comments).',
    args: {
      input: t.arg({
        type: AddRcsAccountCommentInput,
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
        (opts) =>
          ctx.deps.client.rcsAccounts.createComment(input.projectId, { comment: input.comment }, opts),
      );
      return { comment: toCommentRecord(dto) };
    },
  }),
);
