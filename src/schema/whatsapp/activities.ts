import { builder } from '../builder.ts';
import type { ConnectionResult } from '../lib/pagination.ts';
import {
  Activity,
  ActivityConnection,
  ActivityEdge,
  type ActivityRecord,
  Comment,
  CommentConnection,
  CommentEdge,
} from '../sender-interface.ts';
import { WhatsappAccountActivityType, WhatsappSenderActivityType } from './enums.ts';

// The types of the activity logs of a WhatsApp sender and of the WhatsApp account, and of their comments (the
// COMMENT_ADDED entries), as for RCS (src/schema/rcs-senders/activities.ts); log-fields.ts puts them on the
// sender and the account.

export type { ActivityRecord };
export type CommentRecord = ActivityRecord & { readonly comment: string };

function activityType<T extends { ref: never; map: (v: string) => string | null }>(
  name: string,
  what: string,
  kind: T,
) {
  return builder.objectRef<ActivityRecord>(name).implement({
    description: `An entry of ${what} (upstream notifications[]).`,
    interfaces: [Activity],
    fields: (t) => ({
      type: t.field({
        type: kind.ref,
        nullable: false,
        description: 'What happened (notifications[].type).',
        resolve: (a) => (kind.map(a.type) ?? 'UNRECOGNIZED') as never,
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

export const WhatsappSenderActivity = activityType(
  'WhatsappSenderActivity',
  "a WhatsApp sender's activity log",
  WhatsappSenderActivityType as never,
);
export const WhatsappAccountActivity = activityType(
  'WhatsappAccountActivity',
  "the WhatsApp account's activity log",
  WhatsappAccountActivityType as never,
);

export const WhatsappComment = builder.objectRef<CommentRecord>('WhatsappComment').implement({
  description: 'A comment on a WhatsApp sender or the WhatsApp account: the channel to Sinch support.',
  interfaces: [Comment],
  fields: (t) => ({
    comment: t.exposeString('comment', { nullable: false, description: 'The comment text.' }),
    author: t.string({
      nullable: true,
      description:
        'Who wrote it ("Provisioning API user" for API comments, else e.g. Sinch); null when not reported.',
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

function activityConnection(name: string, node: typeof WhatsappSenderActivity, what: string) {
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

export const WhatsappSenderActivityConnection = activityConnection(
  'WhatsappSenderActivity',
  WhatsappSenderActivity,
  "a WhatsApp sender's activity log",
);
export const WhatsappAccountActivityConnection = activityConnection(
  'WhatsappAccountActivity',
  WhatsappAccountActivity,
  "the WhatsApp account's activity log",
);
export const WhatsappCommentConnection = builder.connectionObject(
  {
    type: WhatsappComment,
    name: 'WhatsappCommentConnection',
    description:
      'A page of comments, newest first (the COMMENT_ADDED entries of the activity log). No totalCount: the upstream counts activities, not comments.',
    interfaces: [CommentConnection] as never,
  },
  {
    name: 'WhatsappCommentEdge',
    description: 'A comment with its cursor.',
    interfaces: [CommentEdge] as never,
  },
);
