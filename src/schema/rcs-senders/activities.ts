import { senderActivityPages } from '../../loaders/pages.ts';
import { builder } from '../builder.ts';
import {
  activityConnection,
  activityType,
  type CommentRecord,
  commentConnection,
  commentType,
  logFields,
  logPages,
} from '../lib/activity-log.ts';
import { RcsActivityType } from './enums/types.ts';
import { RcsSender } from './sender.ts';

// The RCS activity log (of a sender, and of the account: account.ts) and its comments; the types and
// fields are those of every channel (src/schema/lib/activity-log.ts).

export type { CommentRecord };

export const RcsActivity = activityType(
  'RcsActivity',
  "a sender's or the account's activity log",
  RcsActivityType,
);

export const RcsComment = commentType('RcsComment', {
  description: 'A comment on a sender or an account: the channel to Sinch support and reviewers.',
  text: 'The comment text (1 to 65535 chars).',
  author: 'null in a mutation result, whose upstream response names no author.',
});

export const RcsActivityConnection = activityConnection('RcsActivity', RcsActivity, 'an activity log');

export const RcsCommentConnection = commentConnection(
  'RcsComment',
  RcsComment,
  "a sender's comments, newest first (the COMMENT_ADDED entries of its activity log)",
);

builder.objectFields(RcsSender, (t) =>
  logFields(
    t,
    { activities: RcsActivityConnection, comments: RcsCommentConnection },
    {
      whose: "The sender's",
      path: '.../senders/{senderId}/activities',
      pages: (ctx, s) => logPages(senderActivityPages(ctx), { projectId: s.projectId, senderId: s.id }),
    },
  ),
);
