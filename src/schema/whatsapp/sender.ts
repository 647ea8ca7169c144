import { whatsappSenderReadPath } from '../../loaders/whatsapp-senders.ts';
import { senderFields, senderNode, senderTimestamps } from '../lib/sender-node.ts';
import { Sender } from '../sender-interface.ts';
import {
  WhatsappConversationApiApp,
  WhatsappSenderChanges,
  WhatsappSenderDetails,
  WhatsappSenderMetadata,
} from './details.ts';
import {
  mapCompatibleRegions,
  WhatsappBusinessManager,
  WhatsappMetaLocalStorage,
  WhatsappNumberProvider,
  WhatsappQualityRating,
  WhatsappRegion,
  WhatsappSenderState,
} from './enums.ts';

export type { WhatsappSenderRecord } from '../../loaders/whatsapp-senders.ts';

/**
 * The WhatsappSender node (a WhatsApp Business Profile). `node`, `nodes`, `Project.whatsappSender`, list
 * items, entities and mutation results all go through its one per-request loader, keyed by (credential
 * fingerprint, project id, sender id); keys, batch function and reads are src/loaders/whatsapp-senders.ts's.
 */
export const { ref: WhatsappSender, reads: whatsappSenders } = senderNode(
  'WhatsappSender',
  whatsappSenderReadPath,
);
/** One sender through the request's loader (null when absent); a sender the upstream just returned (a
 * mutation result), put into (replacing it in) the request's loader. */
export const { load: loadWhatsappSender, prime: primeWhatsappSender } = whatsappSenders;

WhatsappSender.implement({
  description:
    'A WhatsApp sender (a WhatsApp Business Profile) of a project. Read from GET .../whatsapp/senders/{senderId} or a list page. Its bearerToken (a credential) is deliberately not in the graph.',
  interfaces: [Sender],
  fields: (t) => ({
    ...senderFields(t, 'The upstream sender id.'),
    state: t.field({
      type: WhatsappSenderState.ref,
      nullable: true,
      description:
        'Lifecycle state (state); UNRECOGNIZED for a state this version does not know, null when the upstream sent none.',
      resolve: (s) => WhatsappSenderState.map(s.state),
    }),
    details: t.field({
      type: WhatsappSenderDetails,
      nullable: true,
      description: 'The business profile (details); null until set.',
      resolve: (s) => s.details ?? null,
    }),
    changes: t.field({
      type: WhatsappSenderChanges,
      nullable: true,
      description: 'Pending changes (changes), with their status; null when there are none.',
      resolve: (s) => s.changes ?? null,
    }),
    metadata: t.field({
      type: WhatsappSenderMetadata,
      nullable: true,
      description: 'Display-name and username requests Meta reviews (metadata); null when there are none.',
      resolve: (s) => s.metadata ?? null,
    }),
    conversationApiApp: t.field({
      type: WhatsappConversationApiApp,
      nullable: true,
      description: 'The linked Conversation API app (conversationApiAppDetails); null until linked.',
      resolve: (s) => s.conversationApiAppDetails ?? null,
    }),
    qualityRating: t.field({
      type: WhatsappQualityRating.ref,
      nullable: true,
      description: "Meta's quality rating of the sender (qualityRating); null when not reported.",
      resolve: (s) => WhatsappQualityRating.map(s.qualityRating),
    }),
    region: t.field({
      type: WhatsappRegion.ref,
      nullable: false,
      description: 'Sinch region of the sender (region).',
      resolve: (s) => WhatsappRegion.map(s.region) ?? 'UNRECOGNIZED',
    }),
    compatibleRegions: t.field({
      type: [WhatsappRegion.ref],
      nullable: false,
      description: 'Regions of Conversation API apps the sender can be linked to (compatibleRegions).',
      resolve: (s) => mapCompatibleRegions(s.compatibleRegions),
    }),
    metaLocalStorage: t.field({
      type: WhatsappMetaLocalStorage.ref,
      nullable: false,
      description: "Where Meta stores the sender's data (metaLocalStorage).",
      resolve: (s) => WhatsappMetaLocalStorage.map(s.metaLocalStorage) ?? 'UNRECOGNIZED',
    }),
    businessManager: t.field({
      type: WhatsappBusinessManager.ref,
      nullable: false,
      description: 'The Sinch business manager of the sender (businessManager).',
      resolve: (s) => WhatsappBusinessManager.map(s.businessManager) ?? 'UNRECOGNIZED',
    }),
    countryCode: t.string({
      nullable: true,
      description: 'Country calling code of the phone number, without "+" (countryCode); null when not set.',
      resolve: (s) => s.countryCode ?? null,
    }),
    phoneNumber: t.string({
      nullable: true,
      description: 'The phone number without its country code (phoneNumber); null when not set.',
      resolve: (s) => s.phoneNumber ?? null,
    }),
    numberProvider: t.field({
      type: WhatsappNumberProvider.ref,
      nullable: true,
      description: 'Who provides the phone number (numberProvider); null when not reported.',
      resolve: (s) => WhatsappNumberProvider.map(s.numberProvider),
    }),
    maxTps: t.int({
      nullable: true,
      description: 'Messages per second the sender may send (maxTps); null when not reported.',
      resolve: (s) => s.maxTps ?? null,
    }),
    ...senderTimestamps(t),
  }),
});
