import { builder } from '../builder.ts';
import { WhatsappMetadataField, WhatsappSenderChanges } from '../whatsapp/details.ts';
import { WhatsappDailyLimit, WhatsappQualityRating, WhatsappSenderState } from '../whatsapp/enums.ts';
import { commentField, rawTypeField } from './whatsapp-event-fields.ts';
import { type ResolvedWhatsappSenderEvent, WhatsappSenderEvent } from './whatsapp-interfaces.ts';
import { bodyField } from './whatsapp-records.ts';

// The WhatsApp sender events, one type per kind of trigger (the interface is in whatsapp-interfaces.ts).
// Each reads from the callback payload: the sender at the time of the event (`sender` on the interface).

const interfaces = [WhatsappSenderEvent];
const object = (name: string) => builder.objectRef<ResolvedWhatsappSenderEvent>(name);

object('WhatsappSenderStateChanged').implement({
  description:
    'The sender reached a state (WHATSAPP_SENDER_ACTIVE, _INACTIVE, _PENDING_VERIFICATION). The callback names only the state reached, not the one before.',
  interfaces,
  fields: (t) => ({
    state: t.field({
      type: WhatsappSenderState.ref,
      nullable: false,
      description: 'The state the trigger names (sender.state holds what the payload says).',
      resolve: (e) => WhatsappSenderState.map(e.type.replace('WHATSAPP_SENDER_', '')) ?? 'UNRECOGNIZED',
    }),
  }),
});

const changes = {
  type: WhatsappSenderChanges,
  nullable: true,
  description: 'The pending changes of the payload (changes); null when it carried none.',
  resolve: (e: ResolvedWhatsappSenderEvent) => e.sender.changes ?? null,
} as const;

object('WhatsappSenderRejected').implement({
  description: 'The pending changes of the sender were rejected (WHATSAPP_SENDER_REJECTED).',
  interfaces,
  fields: (t) => ({ changes: t.field(changes) }),
});

object('WhatsappSenderFailed').implement({
  description: 'The sender or its pending changes went to ERROR (WHATSAPP_SENDER_ERROR).',
  interfaces,
  fields: (t) => ({
    changes: t.field(changes),
    errorReason: t.string({
      nullable: true,
      description: 'Why, as Sinch wrote it (changes.errorReason); null when not reported.',
      resolve: (e) => bodyField(e, ['payload', 'changes'], 'errorReason'),
    }),
  }),
});

object('WhatsappSenderCommentAdded').implement({
  description: 'A comment was added to the sender (WHATSAPP_SENDER_COMMENT_ADDED).',
  interfaces,
  fields: (t) => ({ comment: t.string(commentField) }),
});

object('WhatsappSenderQualityRatingChanged').implement({
  description: "Meta's quality rating of the sender changed (WHATSAPP_SENDER_QUALITY_RATING_CHANGED).",
  interfaces,
  fields: (t) => ({
    qualityRating: t.field({
      type: WhatsappQualityRating.ref,
      nullable: true,
      description: 'The rating now (qualityRating); null when the payload named none.',
      resolve: (e) => WhatsappQualityRating.map(e.sender.qualityRating),
    }),
  }),
});

object('WhatsappSenderDisplayNameUpdated').implement({
  description: 'Meta reviewed a requested display name (WHATSAPP_SENDER_DISPLAY_NAME_UPDATED).',
  interfaces,
  fields: (t) => ({
    displayName: t.field({
      type: WhatsappMetadataField,
      nullable: true,
      description: 'The requested display name and its status now (metadata.displayName).',
      resolve: (e) => e.sender.metadata?.displayName ?? null,
    }),
  }),
});

object('WhatsappSenderUsernameUpdated').implement({
  description: 'Meta reviewed a requested username (WHATSAPP_SENDER_USERNAME_UPDATED).',
  interfaces,
  fields: (t) => ({
    username: t.field({
      type: WhatsappMetadataField,
      nullable: true,
      description: 'The requested username and its status now (metadata.username).',
      resolve: (e) => e.sender.metadata?.username ?? null,
    }),
  }),
});

object('WhatsappSenderDeleted').implement({
  description:
    'The sender was deleted (WHATSAPP_SENDER_DELETED). Its payload is minimal: `sender` has little more than its id.',
  interfaces,
});

object('WhatsappSenderDailyLimitChanged').implement({
  description: 'The messaging limit tier changed (WHATSAPP_SENDER_DAILY_LIMIT_CHANGED, deprecated upstream).',
  interfaces,
  fields: (t) => ({
    dailyLimit: t.field({
      type: WhatsappDailyLimit.ref,
      nullable: true,
      description: 'The tier now (dailyLimit); null when the payload named none.',
      resolve: (e) => WhatsappDailyLimit.map(bodyField(e, ['payload'], 'dailyLimit')),
    }),
  }),
});

object('WhatsappUnknownSenderEvent').implement({
  description:
    'A WhatsApp sender event of a type this version of the graph does not know (a newer upstream trigger), delivered as is.',
  interfaces,
  fields: (t) => ({ rawType: t.exposeString('rawType', rawTypeField) }),
});
