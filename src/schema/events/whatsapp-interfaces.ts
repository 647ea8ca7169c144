import { builder } from '../builder.ts';
import { describedValues, UNRECOGNIZED, UNRECOGNIZED_DOC } from '../lib/enums.ts';
import { WhatsappAccount, type WhatsappAccountRecord } from '../whatsapp/account.ts';
import { WhatsappSender, type WhatsappSenderRecord } from '../whatsapp/sender.ts';
import type { WhatsappAccountEventRecord, WhatsappSenderEventRecord } from './whatsapp-records.ts';

// The WhatsApp event interfaces and the enums of their kinds (the callback triggers, contract
// whatsapp-and-webhooks.md §5), as event-interfaces.ts is RCS's. An event's `sender` / `account` is the
// payload of the callback (primed into the event's loader for a sender): selecting it costs nothing.

export const WhatsappSenderEventType = builder.enumType('WhatsappSenderEventType', {
  description: 'Kind of a WhatsApp sender event (the webhook trigger that delivered it).',
  values: describedValues({
    WHATSAPP_SENDER_ACTIVE: 'The sender became ACTIVE: WhatsappSenderStateChanged.',
    WHATSAPP_SENDER_INACTIVE: 'The sender became INACTIVE: WhatsappSenderStateChanged.',
    WHATSAPP_SENDER_PENDING_VERIFICATION:
      'The sender awaits registration and verification of its number: WhatsappSenderStateChanged.',
    WHATSAPP_SENDER_REJECTED: 'The pending changes were rejected: WhatsappSenderRejected.',
    WHATSAPP_SENDER_ERROR: 'The sender or its pending changes went to ERROR: WhatsappSenderFailed.',
    WHATSAPP_SENDER_COMMENT_ADDED: 'A comment was added to the sender: WhatsappSenderCommentAdded.',
    WHATSAPP_SENDER_QUALITY_RATING_CHANGED:
      "Meta's quality rating changed: WhatsappSenderQualityRatingChanged.",
    WHATSAPP_SENDER_DISPLAY_NAME_UPDATED:
      'Meta reviewed a display name change: WhatsappSenderDisplayNameUpdated.',
    WHATSAPP_SENDER_USERNAME_UPDATED: 'Meta reviewed a username change: WhatsappSenderUsernameUpdated.',
    WHATSAPP_SENDER_DELETED:
      'The sender was deleted (its payload is minimal: most sender fields are null): WhatsappSenderDeleted.',
    WHATSAPP_SENDER_DAILY_LIMIT_CHANGED:
      'The messaging limit tier changed (deprecated upstream): WhatsappSenderDailyLimitChanged.',
    [UNRECOGNIZED]: `${UNRECOGNIZED_DOC} Delivered as WhatsappUnknownSenderEvent; as a \`types\` filter it selects those.`,
  }),
});

export const WhatsappAccountEventType = builder.enumType('WhatsappAccountEventType', {
  description: "Kind of an event of the project's WhatsApp account.",
  values: describedValues({
    WHATSAPP_ACCOUNT_ONBOARDED: 'The account was onboarded: WhatsappAccountChanged.',
    WHATSAPP_ACCOUNT_PENDING_VERIFICATION:
      'The account (or its changes) awaits Meta verification: WhatsappAccountChanged.',
    WHATSAPP_ACCOUNT_REJECTED: 'The account (or its changes) was rejected: WhatsappAccountChanged.',
    WHATSAPP_ACCOUNT_COMMENT_ADDED: 'A comment was added to the account: WhatsappAccountCommentAdded.',
    WHATSAPP_ACCOUNT_DAILY_LIMIT_CHANGED: 'The messaging limit tier changed: WhatsappAccountChanged.',
    WHATSAPP_WABA_ACCOUNT_CHANGED: 'The WhatsApp Business Account at Meta changed: WhatsappAccountChanged.',
    [UNRECOGNIZED]: `${UNRECOGNIZED_DOC} Delivered as WhatsappUnknownAccountEvent.`,
  }),
});

export type ResolvedWhatsappSenderEvent = WhatsappSenderEventRecord & {
  readonly sender: WhatsappSenderRecord;
};
export type ResolvedWhatsappAccountEvent = WhatsappAccountEventRecord & {
  readonly account: WhatsappAccountRecord | null;
};

const SENDER_TYPENAMES: Record<ResolvedWhatsappSenderEvent['type'], string> = {
  WHATSAPP_SENDER_ACTIVE: 'WhatsappSenderStateChanged',
  WHATSAPP_SENDER_INACTIVE: 'WhatsappSenderStateChanged',
  WHATSAPP_SENDER_PENDING_VERIFICATION: 'WhatsappSenderStateChanged',
  WHATSAPP_SENDER_REJECTED: 'WhatsappSenderRejected',
  WHATSAPP_SENDER_ERROR: 'WhatsappSenderFailed',
  WHATSAPP_SENDER_COMMENT_ADDED: 'WhatsappSenderCommentAdded',
  WHATSAPP_SENDER_QUALITY_RATING_CHANGED: 'WhatsappSenderQualityRatingChanged',
  WHATSAPP_SENDER_DISPLAY_NAME_UPDATED: 'WhatsappSenderDisplayNameUpdated',
  WHATSAPP_SENDER_USERNAME_UPDATED: 'WhatsappSenderUsernameUpdated',
  WHATSAPP_SENDER_DELETED: 'WhatsappSenderDeleted',
  WHATSAPP_SENDER_DAILY_LIMIT_CHANGED: 'WhatsappSenderDailyLimitChanged',
  UNRECOGNIZED: 'WhatsappUnknownSenderEvent',
};

const occurredAt = {
  type: 'DateTime',
  nullable: false,
  description: "When Sinch sent it (the delivery's signature timestamp).",
  resolve: (e: { occurredAt: Date }) => e.occurredAt,
} as const;

export const WhatsappSenderEvent = builder
  .interfaceRef<ResolvedWhatsappSenderEvent>('WhatsappSenderEvent')
  .implement({
    description: 'Something happened to a WhatsApp sender (a verified webhook delivery from Sinch).',
    resolveType: (e) => SENDER_TYPENAMES[e.type],
    fields: (t) => ({
      type: t.field({
        type: WhatsappSenderEventType,
        nullable: false,
        description: 'The kind of event (UNRECOGNIZED for a type this version does not know).',
        resolve: (e) => e.type,
      }),
      occurredAt: t.field(occurredAt),
      sender: t.field({
        type: WhatsappSender,
        nullable: false,
        description:
          'The sender as it was at the event (the callback payload); no upstream call. Its bearerToken is never served.',
        resolve: (e) => e.sender,
      }),
    }),
  });

export const WhatsappAccountEvent = builder
  .interfaceRef<ResolvedWhatsappAccountEvent>('WhatsappAccountEvent')
  .implement({
    description:
      "Something happened to the project's WhatsApp account (a verified webhook delivery from Sinch).",
    resolveType: (e) =>
      e.type === 'UNRECOGNIZED'
        ? 'WhatsappUnknownAccountEvent'
        : e.type === 'WHATSAPP_ACCOUNT_COMMENT_ADDED'
          ? 'WhatsappAccountCommentAdded'
          : 'WhatsappAccountChanged',
    fields: (t) => ({
      type: t.field({
        type: WhatsappAccountEventType,
        nullable: false,
        description: 'The kind of event (UNRECOGNIZED for a type this version does not know).',
        resolve: (e) => e.type,
      }),
      projectId: t.exposeID('projectId', { nullable: false, description: 'The project of the account.' }),
      occurredAt: t.field(occurredAt),
      account: t.field({
        type: WhatsappAccount,
        nullable: true,
        description:
          'The account as it was at the event (the callback payload); no upstream call. Null when the delivery carried none.',
        resolve: (e) => e.account,
      }),
    }),
  });
