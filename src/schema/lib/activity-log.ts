import type { EnumRef, ObjectRef } from '@pothos/core';
import type { Context } from '../../context.ts';
import { builder, type SchemaTypes } from '../builder.ts';
import { upstreamCost } from '../cost.ts';
import {
  Activity,
  ActivityConnection,
  ActivityEdge,
  type ActivityRecord,
  Comment,
  CommentConnection,
  CommentEdge,
} from '../sender-interface.ts';
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
} from './pagination.ts';

// An activity log and its comments, whatever the channel: the entry, comment and connection types that
// implement the channel-neutral interfaces (src/schema/sender-interface.ts), and the `activities` and
// `comments` fields over a log's token pages. `comments` reads the same pages (through the request's page
// loader) and keeps the COMMENT_ADDED entries. The channel gives names, its type enum and its page loader.

type Types = PothosSchemaTypes.ExtendDefaultTypes<SchemaTypes>;

/** A comment: a COMMENT_ADDED entry of a log, or what a comment mutation stored. */
export interface CommentRecord {
  readonly comment: string;
  readonly author?: string | null | undefined;
  readonly created?: string | null | undefined;
}
/** A comment as a log page holds it. */
export type LoggedComment = ActivityRecord & { readonly comment: string };

/** The pages of one log, as `paginate` reads them. */
export type LogPages = (token: string | undefined, pageSize: number) => Promise<UpstreamPage<ActivityRecord>>;

/** A page of a log as the upstream answers it: its entries are `notifications`. */
type LogPage = Omit<UpstreamPage<ActivityRecord>, 'items'> & {
  readonly notifications: readonly ActivityRecord[];
};

/** A log's pages through the request's page loader of it; `key` says whose log. */
export function logPages<K extends object>(
  loader: { load(key: K & { pageToken: string | undefined; pageSize: number }): Promise<LogPage> },
  key: K,
): LogPages {
  return async (pageToken, pageSize) => {
    const page = await loader.load({ ...key, pageToken, pageSize });
    return { ...page, items: page.notifications };
  };
}

/** `name`, an entry of `what` ("a sender's activity log"); `kind` is the channel's enum of entry types. */
export function activityType(
  name: string,
  what: string,
  kind: { ref: EnumRef<Types, string>; map: (value: string) => string | null },
) {
  return builder.objectRef<ActivityRecord>(name).implement({
    description: `An entry of ${what} (upstream notifications[]).`,
    interfaces: [Activity],
    fields: (t) => ({
      type: t.field({
        type: kind.ref,
        nullable: false,
        description: 'What happened (notifications[].type).',
        resolve: (a) => kind.map(a.type) ?? 'UNRECOGNIZED',
      }),
      createdAt: t.field({
        type: 'DateTime',
        nullable: true,
        description: 'When it happened (created); null when not reported.',
        resolve: (a) => a.created ?? null,
      }),
      author: t.string({
        nullable: true,
        description: 'Who caused it; API calls show up as "Provisioning API user".',
        resolve: (a) => a.author ?? null,
      }),
      comment: t.string({
        nullable: true,
        description: 'Comment text, for COMMENT_ADDED entries.',
        resolve: (a) => a.comment ?? null,
      }),
    }),
  });
}

/** `name`, a comment type of a channel; `docs` say what it is, what its text holds and when it has no author. */
export function commentType(name: string, docs: { description: string; text: string; author: string }) {
  return builder.objectRef<CommentRecord>(name).implement({
    description: docs.description,
    interfaces: [Comment],
    fields: (t) => ({
      comment: t.string({ nullable: false, description: docs.text, resolve: (c) => c.comment }),
      author: t.string({
        nullable: true,
        description: `Who wrote it ("Provisioning API user" for API comments, else e.g. Sinch); ${docs.author}`,
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
}

/** `<name>Connection` and `<name>Edge` of the entries of `what` ("an activity log"), with the log's total. */
export function activityConnection(name: string, node: ObjectRef<Types, ActivityRecord>, what: string) {
  return builder.connectionObject(
    {
      type: node,
      name: `${name}Connection`,
      description: `A page of ${what}, newest first, read from the upstream token pagination.`,
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
      name: `${name}Edge`,
      description: 'An activity-log entry with its cursor.',
      interfaces: [ActivityEdge] as never,
    },
  );
}

/** `<name>Connection` and `<name>Edge` of a page of `what` ("comments, newest first (…)"). */
export function commentConnection(name: string, node: ObjectRef<Types, CommentRecord>, what: string) {
  return builder.connectionObject(
    {
      type: node,
      name: `${name}Connection`,
      description: `A page of ${what}. No totalCount: the upstream counts activities, not comments.`,
      interfaces: [CommentConnection] as never,
    },
    { name: `${name}Edge`, description: 'A comment with its cursor.', interfaces: [CommentEdge] as never },
  );
}

type Fields<P> = PothosSchemaTypes.ObjectFieldBuilder<Types, P>;

/** What the log fields of a parent `P` are made of: `whose` log ("The sender's"), at upstream `path`. */
export interface Log<P> {
  readonly whose: string;
  readonly path: string;
  readonly pages: (ctx: Context, parent: P) => LogPages;
}

/** `activities`: the log, newest first, a page of it per upstream call. */
export function activitiesField<P>(t: Fields<P>, type: ReturnType<typeof activityConnection>, log: Log<P>) {
  return t.field({
    type,
    nullable: true,
    description: `${log.whose} activity log, newest first. One upstream call (GET ${log.path}) per page read.`,
    args: {
      first: t.arg.int({ defaultValue: DEFAULT_FIRST, description: FIRST_ARG }),
      after: t.arg.string({ description: AFTER_ARG }),
    },
    extensions: upstreamCost({ calls: 'pages', size: 'first' }),
    resolve: (parent, args, ctx) =>
      paginate(log.pages(ctx, parent), { first: checkFirst(args.first), after: args.after }),
  });
}

const isComment = (a: ActivityRecord) => a.type === 'COMMENT_ADDED' && typeof a.comment === 'string';

/** `activities` and `comments`: the log, and its COMMENT_ADDED entries read from full pages of it. */
export function logFields<P>(
  t: Fields<P>,
  types: {
    activities: ReturnType<typeof activityConnection>;
    comments: ReturnType<typeof commentConnection>;
  },
  log: Log<P>,
) {
  return {
    activities: activitiesField(t, types.activities, log),
    comments: t.field({
      type: types.comments,
      nullable: true,
      description: `${log.whose} COMMENT_ADDED activities, newest first. Reads activity pages of ${MAX_FIRST} (one upstream call each) until \`first\` comments are found or the log ends, at most ${MAX_PAGES_PER_FIELD} pages: when that stops it short, hasNextPage is true and pageInfo.endCursor (even without edges) continues after the activities read.`,
      args: {
        first: t.arg.int({
          defaultValue: DEFAULT_FIRST,
          description: `Comments per page, 1 to ${MAX_FIRST} (default ${DEFAULT_FIRST}).`,
        }),
        after: t.arg.string({ description: AFTER_ARG }),
      },
      // How many pages hold `first` comments is not in the query: the page cap is the cost.
      extensions: upstreamCost({ calls: MAX_PAGES_PER_FIELD, size: 'first' }),
      resolve: async (parent, args, ctx) => {
        const result = await paginate(log.pages(ctx, parent), {
          first: checkFirst(args.first),
          after: args.after,
          pageSize: MAX_FIRST,
          filter: isComment,
        });
        return result as unknown as ConnectionResult<LoggedComment>;
      },
    }),
  };
}
