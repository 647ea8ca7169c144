import { builder } from '../builder.ts';
import { RcsAccountEvent } from './event-interfaces.ts';
import { type AccountEventRecord, bodyString } from './records.ts';

// The events of a project's RCS account, one type per trigger (the interface is in event-interfaces.ts).

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
