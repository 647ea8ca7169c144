import type { Context } from '../../context.ts';
import { whatsappAccountActivityPages, whatsappSenderActivityPages } from '../../loaders/whatsapp-pages.ts';
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
  type UpstreamPage,
} from '../lib/pagination.ts';
import { WhatsappAccount, type WhatsappAccountRecord } from './account.ts';
import {
  type ActivityRecord,
  type CommentRecord,
  WhatsappAccountActivityConnection,
  WhatsappCommentConnection,
  WhatsappSenderActivityConnection,
} from './activities.ts';
import { WhatsappSender, type WhatsappSenderRecord } from './sender.ts';

// `activities` and `comments` of a WhatsApp sender and of the WhatsApp account, as for RCS: token pages
// through the request's page loaders, so `comments` reuses the pages `activities` read.

type Fetch = (token: string | undefined, pageSize: number) => Promise<UpstreamPage<ActivityRecord>>;

const senderPages =
  (ctx: Context, s: WhatsappSenderRecord): Fetch =>
  async (token, pageSize) => {
    const key = { projectId: s.projectId, senderId: s.id, pageToken: token, pageSize };
    const page = await whatsappSenderActivityPages(ctx).load(key);
    return { ...page, items: page.notifications };
  };
const accountPages =
  (ctx: Context, a: WhatsappAccountRecord): Fetch =>
  async (token, pageSize) => {
    const key = { projectId: a.projectId, pageToken: token, pageSize };
    const page = await whatsappAccountActivityPages(ctx).load(key);
    return { ...page, items: page.notifications };
  };

const isComment = (a: ActivityRecord) => a.type === 'COMMENT_ADDED' && typeof a.comment === 'string';
const activities = (fetch: Fetch, args: { first?: number | null; after?: string | null }) =>
  paginate(fetch, { first: checkFirst(args.first), after: args.after });
const comments = async (fetch: Fetch, args: { first?: number | null; after?: string | null }) =>
  (await paginate(fetch, {
    first: checkFirst(args.first),
    after: args.after,
    pageSize: MAX_FIRST,
    filter: isComment,
  })) as unknown as ConnectionResult<CommentRecord>;

const ACTIVITIES = (whose: string, path: string) =>
  `${whose} activity log, newest first. One upstream call (GET ${path}) per page read.`;
const COMMENTS = (whose: string) =>
  `${whose} COMMENT_ADDED activities, newest first. Reads activity pages of ${MAX_FIRST} (one upstream call each) until \`first\` comments are found or the log ends, at most ${MAX_PAGES_PER_FIELD} pages: when that stops it short, hasNextPage is true and pageInfo.endCursor (even without edges) continues after the activities read.`;
const COMMENTS_FIRST = `Comments per page, 1 to ${MAX_FIRST} (default ${DEFAULT_FIRST}).`;
// How many pages hold `first` comments is not in the query: the page cap is the cost.
const COMMENTS_COST = upstreamCost({ calls: MAX_PAGES_PER_FIELD, size: 'first' });
const PAGES_COST = upstreamCost({ calls: 'pages', size: 'first' });

builder.objectFields(WhatsappSender, (t) => ({
  activities: t.field({
    type: WhatsappSenderActivityConnection,
    nullable: true,
    description: ACTIVITIES("The sender's", '.../whatsapp/senders/{senderId}/activities'),
    args: {
      first: t.arg.int({ defaultValue: DEFAULT_FIRST, description: FIRST_ARG }),
      after: t.arg.string({ description: AFTER_ARG }),
    },
    extensions: PAGES_COST,
    resolve: (s, args, ctx) => activities(senderPages(ctx, s), args),
  }),
  comments: t.field({
    type: WhatsappCommentConnection,
    nullable: true,
    description: COMMENTS("The sender's"),
    args: {
      first: t.arg.int({ defaultValue: DEFAULT_FIRST, description: COMMENTS_FIRST }),
      after: t.arg.string({ description: AFTER_ARG }),
    },
    extensions: COMMENTS_COST,
    resolve: (s, args, ctx) => comments(senderPages(ctx, s), args),
  }),
}));

builder.objectFields(WhatsappAccount, (t) => ({
  activities: t.field({
    type: WhatsappAccountActivityConnection,
    nullable: true,
    description: ACTIVITIES("The account's", '.../whatsapp/activities'),
    args: {
      first: t.arg.int({ defaultValue: DEFAULT_FIRST, description: FIRST_ARG }),
      after: t.arg.string({ description: AFTER_ARG }),
    },
    extensions: PAGES_COST,
    resolve: (a, args, ctx) => activities(accountPages(ctx, a), args),
  }),
  comments: t.field({
    type: WhatsappCommentConnection,
    nullable: true,
    description: COMMENTS("The account's"),
    args: {
      first: t.arg.int({ defaultValue: DEFAULT_FIRST, description: COMMENTS_FIRST }),
      after: t.arg.string({ description: AFTER_ARG }),
    },
    extensions: COMMENTS_COST,
    resolve: (a, args, ctx) => comments(accountPages(ctx, a), args),
  }),
}));
