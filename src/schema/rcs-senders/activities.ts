import type { Context } from '../../context.ts';
import { senderActivityPageKey, senderActivityPages } from '../../loaders/pages.ts';
import type { RcsSenderNotification } from '../../upstream/types.ts';
import { builder } from '../builder.ts';
import { RcsActivityType } from './enums.ts';
import { type ConnectionResult, checkFirst, MAX_FIRST, paginate } from './pagination.ts';
import { RcsSender, type SenderRecord } from './rcs-sender.ts';

/** An activity-log entry (sender or account level). */
export interface ActivityRecord {
  readonly type: string;
  readonly created?: string | undefined;
  readonly author?: string | undefined;
  readonly comment?: string | undefined;
}

/** A comment: a COMMENT_ADDED activity, or what POST .../comments returned. */
export interface CommentRecord {
  readonly comment: string;
  readonly author?: string | null | undefined;
  readonly created?: string | null | undefined;
}

export const RcsActivity = builder.objectRef<ActivityRecord>('RcsActivity').implement({
  description: 'An entry of an activity log, newest first.',
  fields: (t) => ({
    type: t.field({
      nullable: false,
      type: RcsActivityType.ref,
      resolve: (a) => RcsActivityType.map(a.type) ?? 'UNRECOGNIZED',
    }),
    createdAt: t.field({ type: 'DateTime', nullable: true, resolve: (a) => a.created ?? null }),
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
  fields: (t) => ({
    comment: t.exposeString('comment', { nullable: false }),
    author: t.string({ nullable: true, resolve: (c) => c.author ?? null }),
    createdAt: t.field({ type: 'DateTime', nullable: true, resolve: (c) => c.created ?? null }),
  }),
});

export const RcsActivityConnection = builder.connectionObject(
  {
    type: RcsActivity,
    name: 'RcsActivityConnection',
    fields: (t) => ({
      totalCount: t.int({
        nullable: false,
        description: 'Entries in the whole log (upstream totalSize).',
        resolve: (c) => (c as unknown as ConnectionResult<ActivityRecord>).totalCount,
      }),
    }),
  },
  { name: 'RcsActivityEdge' },
);

export const RcsCommentConnection = builder.connectionObject(
  { type: RcsComment, name: 'RcsCommentConnection' },
  { name: 'RcsCommentEdge' },
);

function fetchSenderActivities(ctx: Context, sender: SenderRecord) {
  return async (token: string | undefined, pageSize: number) => {
    const key = senderActivityPageKey(ctx.authKey, sender.projectId, sender.id, token, pageSize);
    const page = await senderActivityPages(ctx).load(key);
    return { ...page, items: page.notifications };
  };
}

const isComment = (a: RcsSenderNotification) => a.type === 'COMMENT_ADDED' && typeof a.comment === 'string';

builder.objectFields(RcsSender, (t) => ({
  activities: t.field({
    type: RcsActivityConnection,
    nullable: true,
    description: "The sender's activity log, newest first (GET .../activities). `first`: 1..100.",
    args: { first: t.arg.int({ defaultValue: 50 }), after: t.arg.string() },
    resolve: (sender, args, ctx) =>
      paginate(fetchSenderActivities(ctx, sender), { first: checkFirst(args.first), after: args.after }),
  }),
  comments: t.field({
    type: RcsCommentConnection,
    nullable: true,
    description:
      "The sender's COMMENT_ADDED activities, newest first. Reads activity pages of 100 until `first` comments are found or the log ends.",
    args: { first: t.arg.int({ defaultValue: 50 }), after: t.arg.string() },
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
