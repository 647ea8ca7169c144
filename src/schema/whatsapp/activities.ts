import {
  activityConnection,
  activityType,
  commentConnection,
  commentType,
  type LoggedComment,
} from '../lib/activity-log.ts';
import { WhatsappAccountActivityType, WhatsappSenderActivityType } from './enums.ts';

// The types of the activity logs of a WhatsApp sender and of the WhatsApp account, and of their comments (the
// COMMENT_ADDED entries), those of every channel (src/schema/lib/activity-log.ts); log-fields.ts puts them on
// the sender and the account.

/** A WhatsApp comment record: a mutation's result is a COMMENT_ADDED entry as the log holds it. */
export type CommentRecord = LoggedComment;

const SENDER_LOG = "a WhatsApp sender's activity log";
const ACCOUNT_LOG = "the WhatsApp account's activity log";

export const WhatsappSenderActivity = activityType(
  'WhatsappSenderActivity',
  SENDER_LOG,
  WhatsappSenderActivityType,
);
export const WhatsappAccountActivity = activityType(
  'WhatsappAccountActivity',
  ACCOUNT_LOG,
  WhatsappAccountActivityType,
);

export const WhatsappComment = commentType('WhatsappComment', {
  description: 'A comment on a WhatsApp sender or the WhatsApp account: the channel to Sinch support.',
  text: 'The comment text.',
  author: 'null when not reported.',
});

export const WhatsappSenderActivityConnection = activityConnection(
  'WhatsappSenderActivity',
  WhatsappSenderActivity,
  SENDER_LOG,
);
export const WhatsappAccountActivityConnection = activityConnection(
  'WhatsappAccountActivity',
  WhatsappAccountActivity,
  ACCOUNT_LOG,
);
export const WhatsappCommentConnection = commentConnection(
  'WhatsappComment',
  WhatsappComment,
  'comments, newest first (the COMMENT_ADDED entries of the activity log)',
);
