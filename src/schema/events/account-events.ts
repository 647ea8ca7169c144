import { builder } from '../builder.ts';
import { RcsAccountEventType } from './event-kinds.ts';
import { type AccountEventRecord, bodyString } from './records.ts';

// The events of a project's RCS account.

export const RcsAccountEvent = builder.interfaceRef<AccountEventRecord>('RcsAccountEvent').implement({
  description: "Something happened to the project's RCS account (a verified webhook delivery from Sinch).",
  resolveType: (e) =>
    e.type === 'RCS_ACCOUNT_COMMENT_ADDED' ? 'RcsAccountCommentAdded' : 'RcsUnknownAccountEvent',
  fields: (t) => ({
    type: t.field({
      type: RcsAccountEventType,
      nullable: false,
      description: 'The kind of event (UNRECOGNIZED for a type this version does not know).',
      resolve: (e) => e.type,
    }),
    projectId: t.exposeID('projectId', { nullable: false, description: 'The project of the account.' }),
    occurredAt: t.field({
      type: 'DateTime',
      nullable: false,
      description: "When Sinch sent it (the delivery's signature timestamp).",
      resolve: (e) => e.occurredAt,
    }),
  }),
});

builder.objectRef<AccountEventRecord>('RcsAccountCommentAdded').implement({
  description: 'A comment was added to the RCS account (RCS_ACCOUNT_COMMENT_ADDED).',
  interfaces: [RcsAccountEvent],
  fields: (t) => ({
    comment: t.string({
      nullable: false,
      description: 'The comment text.',
      resolve: (e) => bodyString(e, 'comment') ?? '',
    }),
  }),
});

builder.objectRef<AccountEventRecord>('RcsUnknownAccountEvent').implement({
  description: 'An RCS account event of a type this version of the graph does not know, delivered as is.',
  interfaces: [RcsAccountEvent],
  fields: (t) => ({
    rawType: t.exposeString('rawType', { nullable: false, description: 'The type as Sinch sent it.' }),
  }),
});
