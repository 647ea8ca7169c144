import { builder } from '../builder.ts';
import { UNRECOGNIZED_DOC } from '../rcs-senders/enums/docs.ts';
import { describedValues, UNRECOGNIZED } from '../rcs-senders/enums/types.ts';

// The kinds of event a subscription delivers (the webhook triggers), as enums.

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
