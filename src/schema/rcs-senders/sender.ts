import { rcsSenderReadPath } from '../../loaders/rcs-senders.ts';
import { senderFields, senderNode, senderTimestamps } from '../lib/sender-node.ts';
import { Sender } from '../sender-interface.ts';
import { RcsBrand } from './brand.ts';
import {
  RcsBillingCategory,
  RcsCountryCode,
  RcsHostingRegion,
  RcsRegion,
  RcsSenderState,
  RcsUseCase,
} from './enums/types.ts';
import { RcsCountryStatus } from './launch-status.ts';
import { RcsBrandRegistration, RcsCampaign, RcsConversationApiApp } from './registrations.ts';

export type { SenderRecord } from '../../loaders/rcs-senders.ts';

/**
 * The RcsSender node. `node`, `nodes`, `Project.rcsSender`, list items, entities and mutation results all
 * go through its one per-request loader, keyed by (credential fingerprint, project id, sender id); the keys,
 * the batch function and the reads over the loader are src/loaders/rcs-senders.ts's.
 */
export const { ref: RcsSender, reads: senders } = senderNode('RcsSender', rcsSenderReadPath);
/** The loader key of a sender for this request's caller; one sender through the request's loader (null when
 * it does not exist); a sender the upstream just returned, put into (replacing it in) the request's loader. */
export const { key: senderLoaderKey, load: loadSender, prime: primeSender } = senders;

RcsSender.implement({
  description:
    'An RCS sender (a Google RBM agent) of a project. Read from GET .../rcs/senders/{senderId} or a list page.',
  interfaces: [Sender],
  fields: (t) => ({
    ...senderFields(t, 'The upstream sender id (a UUID).'),
    state: t.field({
      nullable: false,
      type: RcsSenderState.ref,
      description: 'Lifecycle state. UNKNOWN when the upstream did not report one.',
      resolve: (s) => RcsSenderState.map(s.state) ?? 'UNKNOWN',
    }),
    region: t.field({
      nullable: false,
      type: RcsRegion.ref,
      description: 'Sinch region the sender is provisioned in (region); fixed at creation.',
      resolve: (s) => RcsRegion.map(s.region) ?? 'UNRECOGNIZED',
    }),
    billingCategory: t.field({
      nullable: false,
      type: RcsBillingCategory.ref,
      description: 'RBM billing category (billingCategory); fixed at creation.',
      resolve: (s) => RcsBillingCategory.map(s.billingCategory) ?? 'UNRECOGNIZED',
    }),
    useCase: t.field({
      nullable: false,
      type: RcsUseCase.ref,
      description: 'Declared use case (useCase); fixed at creation, decides the launch questionnaire.',
      resolve: (s) => RcsUseCase.map(s.useCase) ?? 'UNRECOGNIZED',
    }),
    hostingRegion: t.field({
      type: RcsHostingRegion.ref,
      nullable: true,
      description:
        'Google-side hosting region of the agent (hostingRegion); null when the upstream sent none.',
      resolve: (s) => RcsHostingRegion.map(s.hostingRegion),
    }),
    brand: t.field({
      type: RcsBrand,
      nullable: true,
      description: 'The agent profile users see (details.brand); null until any brand data is set.',
      resolve: (s) => s.details?.brand ?? null,
    }),
    countries: t.field({
      nullable: false,
      type: [RcsCountryCode.ref],
      description: 'Launch countries requested (details.countries).',
      resolve: (s) => (s.details?.countries ?? []).map((c) => RcsCountryCode.map(c) ?? 'UNRECOGNIZED'),
    }),
    countryStatuses: t.field({
      nullable: false,
      type: [RcsCountryStatus],
      description: 'Launch status per country and operator (countryStatus).',
      resolve: (s) => s.countryStatus ?? [],
    }),
    configuredTestNumbers: t.field({
      nullable: false,
      type: ['PhoneNumber'],
      description:
        'The test numbers as configured in details.testNumbers (their invite states: testNumbers).',
      resolve: (s) => s.details?.testNumbers ?? [],
    }),
    callbackUrl: t.string({
      nullable: true,
      description: 'Status callback URL (details.callbackUrl); null when none is set.',
      deprecationReason: 'Deprecated upstream (details.callbackUrl); use provisioning webhooks.',
      resolve: (s) => s.details?.callbackUrl ?? null,
    }),
    authName: t.exposeString('authName', {
      nullable: true,
      description:
        'Credential name used to link the sender to a Conversation API app (RCS channel). The paired `authToken` is a secret and deliberately not in the graph: anyone who can read a sender could otherwise take over its channel.',
    }),
    conversationApiApp: t.field({
      type: RcsConversationApiApp,
      nullable: true,
      description:
        'The linked Conversation API app (conversationApiAppDetails); null until the sender is linked.',
      resolve: (s) => s.conversationApiAppDetails ?? null,
    }),
    conversationApiAppId: t.id({
      nullable: true,
      description: 'Id of the linked Conversation API app (conversationApiApp); null until linked.',
      deprecationReason: 'Deprecated upstream (conversationApiApp); use conversationApiApp { id }.',
      resolve: (s) => s.conversationApiApp ?? null,
    }),
    googleAgentId: t.string({
      nullable: true,
      description:
        'Id of the Google RBM agent (supplierDetails.google.agentId); null until Google registered it.',
      resolve: (s) => s.supplierDetails?.google?.agentId ?? null,
    }),
    googleBrandId: t.string({
      nullable: true,
      description:
        'Id of the Google RBM brand (supplierDetails.google.brandId); null until Google registered it.',
      resolve: (s) => s.supplierDetails?.google?.brandId ?? null,
    }),
    brandRegistration: t.field({
      type: RcsBrandRegistration,
      nullable: true,
      description: 'Brand registration of the US brand/campaign flow (brandDetails); null outside that flow.',
      resolve: (s) => s.brandDetails ?? null,
    }),
    campaign: t.field({
      type: RcsCampaign,
      nullable: true,
      description: 'Campaign registration (campaignDetails); null when no campaign is registered.',
      resolve: (s) => s.campaignDetails ?? null,
    }),
    ...senderTimestamps(t),
    launchedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the sender was last launched (launched); null if it never was.',
      resolve: (s) => s.launched ?? null,
    }),
  }),
});
