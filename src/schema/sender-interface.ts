import { builder } from './builder.ts';
import { upstreamCost } from './cost.ts';
import { AFTER_ARG, DEFAULT_FIRST, FIRST_ARG, MAX_PAGES_PER_FIELD } from './lib/pagination.ts';

// What every sender has, whatever its channel: the `Sender` interface (RcsSender, WhatsappSender), and the
// channel-neutral shapes of its activity log and comments (`ActivityConnection`, `CommentConnection`, each
// implemented by the channel's own connection, edge and entry types), so one fragment on `Sender` renders
// both kinds. The fields are resolved by each implementing type; `channel` by the interface.

/** What the interface reads of a sender record: a WhatsApp record says its channel, an RCS one does not. */
export interface SenderShape {
  readonly id: string;
  readonly projectId: string;
  readonly channel?: 'WHATSAPP';
  readonly created?: string | undefined;
}

/** An activity-log entry (sender or account level), whatever its channel. */
export interface ActivityRecord {
  readonly type: string;
  readonly created?: string | undefined;
  readonly author?: string | undefined;
  readonly comment?: string | undefined;
}

export const SenderChannel = builder.enumType('SenderChannel', {
  description: 'The messaging channel of a sender.',
  values: {
    RCS: { value: 'RCS', description: 'An RCS sender (a Google RBM agent): RcsSender.' },
    WHATSAPP: { value: 'WHATSAPP', description: 'A WhatsApp sender (a Business Profile): WhatsappSender.' },
  } as const,
});

export const Activity = builder.interfaceRef<{ created?: string | undefined }>('Activity').implement({
  description: 'An entry of an activity log, whatever its channel (RcsActivity, WhatsappSenderActivity, …).',
  fields: (t) => ({
    createdAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When it happened (created); null when not reported.',
    }),
    author: t.string({
      nullable: true,
      description: 'Who caused it; API calls show up as "Provisioning API user".',
    }),
    comment: t.string({
      nullable: true,
      description: 'Comment text, for COMMENT_ADDED entries.',
    }),
  }),
});

export const Comment = builder.interfaceRef<{ comment: string }>('Comment').implement({
  description: 'A comment on a sender or an account, whatever its channel (RcsComment, WhatsappComment).',
  fields: (t) => ({
    comment: t.exposeString('comment', { nullable: false, description: 'The comment text.' }),
    author: t.string({
      nullable: true,
      description: 'Who wrote it ("Provisioning API user" for API comments); null when not reported.',
    }),
    createdAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When it was stored (created); null when not reported.',
    }),
  }),
});

type EdgeShape<T> = { cursor: string; node: T };

function edgeInterface<T extends object>(name: string, node: typeof Activity | typeof Comment, what: string) {
  return builder.interfaceRef<EdgeShape<T>>(name).implement({
    description: `${what} with its cursor, whatever its channel.`,
    fields: (t) => ({
      cursor: t.exposeString('cursor', {
        nullable: false,
        description: 'Opaque cursor of this item: pass it as `after` to continue after it.',
      }),
      node: t.field({
        type: node as typeof Activity,
        nullable: false,
        description: 'The item.',
      }),
    }),
  });
}

export const ActivityEdge = edgeInterface('ActivityEdge', Activity, 'An activity-log entry');
export const CommentEdge = edgeInterface('CommentEdge', Comment, 'A comment');

type ConnectionShape = { edges: EdgeShape<never>[]; totalCount?: number };

function connectionInterface(
  name: string,
  edge: typeof ActivityEdge,
  node: typeof Activity | typeof Comment,
  description: string,
  counted: boolean,
) {
  return builder.interfaceRef<ConnectionShape>(name).implement({
    description,
    fields: (t) => ({
      edges: t.field({
        type: [edge],
        nullable: false,
        description: 'The items of this page in upstream order, each with the cursor to continue after it.',
      }),
      nodes: t.field({
        type: [node as typeof Activity],
        nullable: false,
        description: 'The items of this page, as in `edges` but without cursors.',
      }),
      pageInfo: t.field({
        type: builder.pageInfoRef(),
        nullable: false,
        description: 'Pagination state of this page.',
      }),
      ...(counted
        ? {
            totalCount: t.int({
              nullable: false,
              description: 'Entries in the whole log (upstream totalSize).',
            }),
          }
        : {}),
    }),
  });
}

export const ActivityConnection = connectionInterface(
  'ActivityConnection',
  ActivityEdge,
  Activity,
  'A page of an activity log, newest first, whatever its channel.',
  true,
);
export const CommentConnection = connectionInterface(
  'CommentConnection',
  CommentEdge as unknown as typeof ActivityEdge,
  Comment,
  "A page of a sender's or an account's comments, newest first, whatever its channel.",
  false,
);

export const Sender = builder.interfaceRef<SenderShape>('Sender').implement({
  description:
    'A sender of a project, whatever its channel: RcsSender or WhatsappSender. One fragment on Sender renders both kinds; `channel` says which.',
  interfaces: [builder.nodeInterfaceRef()],
  fields: (t) => ({
    senderId: t.id({ nullable: false, description: 'The upstream sender id.' }),
    projectId: t.id({ nullable: false, description: 'The Sinch project the sender belongs to.' }),
    channel: t.field({
      type: SenderChannel,
      nullable: false,
      description: 'The messaging channel of the sender (no upstream call).',
      resolve: (s) => s.channel ?? 'RCS',
    }),
    createdAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the sender was created (created).',
    }),
    activities: t.field({
      type: ActivityConnection,
      nullable: true,
      description: "The sender's activity log, newest first; one upstream call per page read.",
      // The implementations' costs, declared here too: the estimate prices `... on Sender` by these.
      extensions: upstreamCost({ calls: 'pages', size: 'first' }),
      args: {
        first: t.arg.int({ defaultValue: DEFAULT_FIRST, description: FIRST_ARG }),
        after: t.arg.string({ description: AFTER_ARG }),
      },
    }),
    comments: t.field({
      type: CommentConnection,
      nullable: true,
      description: "The sender's COMMENT_ADDED activities, newest first.",
      extensions: upstreamCost({ calls: MAX_PAGES_PER_FIELD, size: 'first' }),
      args: {
        first: t.arg.int({ defaultValue: DEFAULT_FIRST, description: FIRST_ARG }),
        after: t.arg.string({ description: AFTER_ARG }),
      },
    }),
  }),
});
