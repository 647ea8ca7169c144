import type { Context } from '../../context.ts';
import { senderActivityPages } from '../../loaders/pages.ts';
import type { RcsSenderNotification } from '../../upstream/types.ts';
import { builder } from '../builder.ts';
import { upstreamCost } from '../cost.ts';
import {
  AFTER_ARG,
  type ConnectionResult,
  checkFirst,
  DEFAULT_FIRST,
  FIRST_ARG,
  MAX_FIRST,
  MAX_PAGES_PER_FIELD,
  paginate,
} from '../lib/pagination.ts';
import {
  Activity,
  ActivityConnection,
  ActivityEdge,
  type ActivityRecord,
  Comment,
  CommentConnection,
  CommentEdge,
} from '../sender-interface.ts';
import { RcsActivityType } from './enums/types.ts';
import { RcsSender, type SenderRecord } from './sender.ts';

export type { ActivityRecord };

/** A comment: a COMMENT_ADDED activity, or what POST .../comments returned. */
export interface CommentRecord {
  readonly comment: string;
  readonly author?: string | null | undefined;
  readonly created?: string | null | undefined;
}

export const RcsActivity = builder.objectRef<ActivityRecord>('RcsActivity').implement({
  description: "An entry of a sender's or the account's activity log (upstream notifications[]).",
  interfaces: [Activity],
  fields: (t) => ({
    type: t.field({
      nullable: false,
      type: RcsActivityType.ref,
      description: 'What happened (notifications[].type).',
      resolve: (a) => RcsActivityType.map(a.type) ?? 'UNRECOGNIZED',
    }),
    createdAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When it happened (created); null when not reported.',
      resolve: (a) => a.created ?? null,
    }),
    author: t.exposeString('author', {
      nullable: true,
      description: 'Who caused it; API calls show up as "Provisioning API user".',
    }),
    comment: t.exposeString('comment', {
      nullable: true,
      description: 'Comment text, for COMMENT_ADDED entries.',
    }),
  }),
});

export const RcsComment = builder.objectRef<CommentRecord>('RcsComment').implement({
  description: 'A comment on a sender or an account: the channel to Sinch support and reviewers.',
  interfaces: [Comment],
  fields: (t) => ({
    comment: t.exposeString('comment', {
      nullable: false,
      description: 'The comment text (1 to 65535 chars).',
    }),
    author: t.string({
      nullable: true,
      description:
        'Who wrote it ("Provisioning API user" for API comments, else e.g. Sinch); null in a mutation result, whose upstream response names no author.',
      resolve: (c) => c.author ?? null,
    }),
    createdAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When it was stored (created); null when not reported.',
      resolve: (c) => c.created ?? null,
    }),
  }),
});

export const RcsActivityConnection = builder.connectionObject(
  {
    type: RcsActivity,
    name: 'RcsActivityConnection',
    description: 'A page of an activity log, newest first, read from the upstream token pagination.',
    interfaces: [ActivityConnection] as never,
    fields: (t) => ({
      totalCount: t.int({
        nullable: false,
        description: 'Entries in the whole log (upstream totalSize).',
        resolve: (c) => (c as unknown as ConnectionResult<ActivityRecord>).totalCount,
      }),
    }),
  },
  {
    name: 'RcsActivityEdge',
    description: 'An activity-log entry with its cursor.',
    interfaces: [ActivityEdge] as never,
  },
);

export const RcsCommentConnection = builder.connectionObject(
  {
    type: RcsComment,
    name: 'RcsCommentConnection',
    description:
      "A page of a sender's comments, newest first (the COMMENT_ADDED entries of its activity log). No totalCount: the upstream counts activities, not comments.",
    interfaces: [CommentConnection] as never,
  },
  { name: 'RcsCommentEdge', description: 'A comment with its cursor.', interfaces: [CommentEdge] as never },
);

function fetchSenderActivities(ctx: Context, sender: SenderRecord) {
  return async (token: string | undefined, pageSize: number) => {
    const page = await senderActivityPages(ctx).load({
      projectId: sender.projectId,
      senderId: sender.id,
      pageToken: token,
      pageSize,
    });
    return { ...page, items: page.notifications };
  };
}

const isComment = (a: RcsSenderNotification) => a.type === 'COMMENT_ADDED' && typeof a.comment === 'string';

builder.objectFields(RcsSender, (t) => ({
  activities: t.field({
    type: RcsActivityConnection,
    nullable: true,
    description:
      "The sender's activity log, newest first. One upstream call (GET .../senders/{senderId}/activities) per page read.",
    args: {
      first: t.arg.int({ defaultValue: DEFAULT_FIRST, description: FIRST_ARG }),
      after: t.arg.string({ description: AFTER_ARG }),
    },
    extensions: upstreamCost({ calls: 'pages', size: 'first' }),
    resolve: (sender, args, ctx) =>
      paginate(fetchSenderActivities(ctx, sender), { first: checkFirst(args.first), after: args.after }),
  }),
  comments: t.field({
    type: RcsCommentConnection,
    nullable: true,
    description: `The sender's COMMENT_ADDED activities, newest first. Reads activity pages of ${MAX_FIRST} (one upstream call each) until \`first\` comments are found or the log ends, at most ${MAX_PAGES_PER_FIELD} pages: when that stops it short, hasNextPage is true and pageInfo.endCursor (even without edges) continues after the activities read.`,
    args: {
      first: t.arg.int({
        defaultValue: DEFAULT_FIRST,
        description: `Comments per page, 1 to ${MAX_FIRST} (default ${DEFAULT_FIRST}).`,
      }),
      after: t.arg.string({ description: AFTER_ARG }),
    },
    // How many pages hold `first` comments is not in the query: the page cap is the cost.
    extensions: upstreamCost({ calls: MAX_PAGES_PER_FIELD, size: 'first' }),
    resolve: async (sender, args, ctx) => {
      const result = await paginate(fetchSenderActivities(ctx, sender), {
        first: checkFirst(args.first),
        after: args.after,
        pageSize: MAX_FIRST,
        filter: isComment,
      });
      return result as unknown as ConnectionResult<CommentRecord>;
    },
  }),
}));
