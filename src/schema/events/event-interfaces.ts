import { builder } from '../builder.ts';
import { describedValues, UNRECOGNIZED, UNRECOGNIZED_DOC } from '../lib/enums.ts';
import { RcsSender, type SenderRecord } from '../rcs-senders/sender.ts';
import type { AccountEventRecord, SenderEventRecord } from './records.ts';

// What every event of a subscription has: the two event interfaces (sender, account) and the enums of their
// kinds (the webhook triggers). A sender event's `sender` is the sender of the webhook payload, primed into
// the event's loader: selecting it (and any field of it that the payload holds) costs nothing.

export const RcsSenderEventType = builder.enumType('RcsSenderEventType', {
  description: 'Kind of an RCS sender event (the webhook trigger that delivered it).',
  values: describedValues({
    RCS_SENDER_STATUS_UPDATED: 'The sender changed state: RcsSenderStatusUpdated.',
    RCS_SENDER_OPERATOR_STATUS_UPDATED:
      'The launch status with one operator changed: RcsSenderOperatorStatusUpdated.',
    RCS_BRAND_REGISTRATION_PROCESS_STATUS_UPDATED:
      'The US brand registration changed status: RcsBrandRegistrationStatusUpdated.',
    RCS_SENDER_COMMENT_ADDED: 'A comment was added to the sender: RcsSenderCommentAdded.',
    [UNRECOGNIZED]: `${UNRECOGNIZED_DOC} Delivered as RcsUnknownSenderEvent; as a \`types\` filter it selects those.`,
  }),
});

export const RcsAccountEventType = builder.enumType('RcsAccountEventType', {
  description: "Kind of an event of the project's RCS account.",
  values: describedValues({
    RCS_ACCOUNT_COMMENT_ADDED: 'A comment was added to the account: RcsAccountCommentAdded.',
    [UNRECOGNIZED]: `${UNRECOGNIZED_DOC} Delivered as RcsUnknownAccountEvent.`,
  }),
});

export type ResolvedSenderEvent = SenderEventRecord & { readonly sender: SenderRecord };

export const RcsSenderEvent = builder.interfaceRef<ResolvedSenderEvent>('RcsSenderEvent').implement({
  description: 'Something happened to an RCS sender (a verified webhook delivery from Sinch).',
  resolveType: (e) =>
    ({
      RCS_SENDER_STATUS_UPDATED: 'RcsSenderStatusUpdated',
      RCS_SENDER_OPERATOR_STATUS_UPDATED: 'RcsSenderOperatorStatusUpdated',
      RCS_BRAND_REGISTRATION_PROCESS_STATUS_UPDATED: 'RcsBrandRegistrationStatusUpdated',
      RCS_SENDER_COMMENT_ADDED: 'RcsSenderCommentAdded',
      UNRECOGNIZED: 'RcsUnknownSenderEvent',
    })[e.type],
  fields: (t) => ({
    type: t.field({
      type: RcsSenderEventType,
      nullable: false,
      description: 'The kind of event (UNRECOGNIZED for a type this version does not know).',
      resolve: (e) => e.type,
    }),
    occurredAt: t.field({
      type: 'DateTime',
      nullable: false,
      description: "When Sinch sent it (the delivery's signature timestamp).",
      resolve: (e) => e.occurredAt,
    }),
    sender: t.field({
      type: RcsSender,
      nullable: false,
      description: 'The sender as it was at the event (the webhook payload); no upstream call.',
      resolve: (e) => e.sender,
    }),
  }),
});

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
