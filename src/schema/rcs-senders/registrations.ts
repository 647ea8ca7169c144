import type { RcsSender } from '../../upstream/types.ts';
import { builder } from '../builder.ts';
import { RcsBrandRegistrationStatus, RcsBrandStatus, RcsChannelStatus, RcsRegion } from './enums/types.ts';

// What a sender is registered with outside RCS itself: its Conversation API app, and for the US brand/campaign
// flow its brand registration and campaign. Plain data on the sender DTO.

type ConversationApiApp = NonNullable<RcsSender['conversationApiAppDetails']>;
type BrandRegistration = NonNullable<RcsSender['brandDetails']>;
type Campaign = NonNullable<RcsSender['campaignDetails']>;

export const RcsConversationApiApp = builder
  .objectRef<ConversationApiApp>('RcsConversationApiApp')
  .implement({
    description: 'The Conversation API app this sender is linked to (present once linked).',
    fields: (t) => ({
      id: t.exposeID('id', { nullable: false, description: 'The Conversation API app id.' }),
      projectId: t.exposeID('projectId', { nullable: false, description: 'Project that owns the app.' }),
      region: t.field({
        nullable: false,
        type: RcsRegion.ref,
        description: "The app's region; matches the sender's region.",
        resolve: (a) => RcsRegion.map(a.region) ?? 'UNRECOGNIZED',
      }),
      channelStatus: t.field({
        type: RcsChannelStatus.ref,
        nullable: true,
        description: "Health of the app's RCS channel; null when not reported.",
        resolve: (a) => RcsChannelStatus.map(a.channelStatus),
      }),
    }),
  });

export const RcsBrandRegistration = builder.objectRef<BrandRegistration>('RcsBrandRegistration').implement({
  description: 'Brand registration of the US brand/campaign flow (brandDetails).',
  fields: (t) => ({
    brandId: t.id({
      nullable: false,
      description: 'Id of the brand record (brandDetails.id).',
      resolve: (b) => b.id,
    }),
    brandStatus: t.field({
      nullable: false,
      type: RcsBrandStatus.ref,
      description: 'Status of the brand record (brandDetails.status).',
      resolve: (b) => RcsBrandStatus.map(b.status) ?? 'UNRECOGNIZED',
    }),
    registrationId: t.id({
      nullable: false,
      description: 'Id of the registration process (brandDetails.registration.id).',
      resolve: (b) => b.registration.id,
    }),
    registrationStatus: t.field({
      nullable: false,
      type: RcsBrandRegistrationStatus.ref,
      description: 'Status of the registration process (brandDetails.registration.status).',
      resolve: (b) => RcsBrandRegistrationStatus.map(b.registration.status) ?? 'UNRECOGNIZED',
    }),
  }),
});

export const RcsCampaign = builder.objectRef<Campaign>('RcsCampaign').implement({
  description: 'Campaign registration (campaignDetails).',
  fields: (t) => ({
    id: t.exposeID('id', { nullable: false, description: 'Campaign hub id (campaignDetails.id).' }),
    name: t.string({
      nullable: false,
      description: 'Campaign name (campaignDetails.campaignName).',
      resolve: (c) => c.campaignName,
    }),
    requestId: t.exposeID('requestId', {
      nullable: false,
      description: 'Id of the campaign registration request (campaignDetails.requestId).',
    }),
  }),
});
