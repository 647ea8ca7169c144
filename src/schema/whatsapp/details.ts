import type {
  WhatsappConversationApiApp as AppDto,
  WhatsappSenderChanges as ChangesDto,
  WhatsappSenderDetails as DetailsDto,
  WhatsappSenderMetadata as MetadataDto,
  WhatsappSenderChangesDetails,
  WhatsappSenderMetadataField,
} from '../../upstream/whatsapp-types.ts';
import { builder } from '../builder.ts';
import { optionalStrings } from '../lib/string-fields.ts';
import {
  WhatsappChannelStatus,
  WhatsappMetadataStatus,
  WhatsappRegion,
  WhatsappSenderChangeStatus,
  WhatsappSenderErrorCode,
  WhatsappVertical,
} from './enums.ts';

// The plain data of a WhatsApp sender DTO (contract whatsapp-and-webhooks.md §2): its business profile
// (`details`), the pending `changes`, what Meta reviews (`metadata`) and the linked Conversation API app.

/** The optional profile fields, the same on the profile and on its pending changes. */
const PROFILE_DOCS = {
  description: 'Description of the business (1 to 512 chars). Null when not set.',
  email: 'Contact email (at most 128 chars). Null when not set.',
  address: 'Address of the business (1 to 256 chars). Null when not set.',
  websiteOne: 'First website URL. Null when not set.',
  websiteTwo: 'Second website URL. Null when not set.',
  about: 'The "About" text of the profile (1 to 139 chars). Null when not set.',
  photoUrl: 'URL of the profile picture (jpeg, png or webp, at most 5 MB, 192 to 640 px). Null when not set.',
  username: 'The WhatsApp username. Null when not set.',
} as const;

export const WhatsappSenderDetails = builder.objectRef<DetailsDto>('WhatsappSenderDetails').implement({
  description: 'The business profile users see on WhatsApp (details).',
  fields: (t) => ({
    displayName: t.exposeString('displayName', {
      nullable: false,
      description:
        'The approved display name (1 to 128 chars); a requested new one is in metadata.displayName.',
    }),
    vertical: t.field({
      type: WhatsappVertical.ref,
      nullable: false,
      description: 'Business vertical (vertical).',
      resolve: (d) => WhatsappVertical.map(d.vertical) ?? 'UNRECOGNIZED',
    }),
    ...optionalStrings(t, PROFILE_DOCS),
  }),
});

export const WhatsappSenderChangeDetails = builder
  .objectRef<WhatsappSenderChangesDetails>('WhatsappSenderChangeDetails')
  .implement({
    description: 'The profile as the pending changes would make it (changes.details); unset fields are null.',
    fields: (t) => ({
      displayName: t.string({
        nullable: true,
        description: 'Display name the changes carry; null when they do not change it.',
        resolve: (d) => d.displayName ?? null,
      }),
      vertical: t.field({
        type: WhatsappVertical.ref,
        nullable: true,
        description: 'Business vertical the changes carry; null when they do not change it.',
        resolve: (d) => WhatsappVertical.map(d.vertical),
      }),
      ...optionalStrings(t, PROFILE_DOCS),
    }),
  });

export const WhatsappSenderChanges = builder.objectRef<ChangesDto>('WhatsappSenderChanges').implement({
  description:
    'Pending changes of a sender (changes): saved as DRAFT by an update, or submitted for review; discardWhatsappSenderChanges removes DRAFT, REJECTED and ERROR ones.',
  fields: (t) => ({
    status: t.field({
      type: WhatsappSenderChangeStatus.ref,
      nullable: false,
      description: 'Where the changes stand (changes.status).',
      resolve: (c) => WhatsappSenderChangeStatus.map(c.status) ?? 'UNRECOGNIZED',
    }),
    details: t.field({
      type: WhatsappSenderChangeDetails,
      nullable: true,
      description: 'The changed profile (changes.details); null when not reported.',
      resolve: (c) => c.details ?? null,
    }),
    errorCode: t.field({
      type: WhatsappSenderErrorCode.ref,
      nullable: true,
      description: 'Why the changes failed (changes.errorCode); null unless ERROR.',
      resolve: (c) => WhatsappSenderErrorCode.map(c.errorCode),
    }),
    errorReason: t.string({
      nullable: true,
      description: 'Why the changes failed, in words (changes.errorReason); null unless reported.',
      resolve: (c) => c.errorReason ?? null,
    }),
  }),
});

export const WhatsappMetadataField = builder
  .objectRef<WhatsappSenderMetadataField>('WhatsappMetadataField')
  .implement({
    description:
      'A requested value Meta reviews, with its approval status (metadata.displayName, metadata.username).',
    fields: (t) => ({
      value: t.string({
        nullable: true,
        description: 'The requested value (value); null when not reported.',
        resolve: (f) => f.value ?? null,
      }),
      status: t.field({
        type: WhatsappMetadataStatus.ref,
        nullable: false,
        description: 'Approval status (status).',
        resolve: (f) => WhatsappMetadataStatus.map(f.status) ?? 'UNRECOGNIZED',
      }),
      rejectionReason: t.string({
        nullable: true,
        description: 'Why it was rejected (rejectionReason); null unless REJECTED.',
        resolve: (f) => f.rejectionReason ?? null,
      }),
    }),
  });

export const WhatsappSenderMetadata = builder.objectRef<MetadataDto>('WhatsappSenderMetadata').implement({
  description:
    'What Meta reviews separately from the profile: display-name and username requests (metadata).',
  fields: (t) => ({
    displayName: t.field({
      type: WhatsappMetadataField,
      nullable: true,
      description:
        'The requested display name (an update of details.displayName lands here); null when none.',
      resolve: (m) => m.displayName ?? null,
    }),
    username: t.field({
      type: WhatsappMetadataField,
      nullable: true,
      description: 'The requested username; null when none.',
      resolve: (m) => m.username ?? null,
    }),
  }),
});

export const WhatsappConversationApiApp = builder.objectRef<AppDto>('WhatsappConversationApiApp').implement({
  description: 'The Conversation API app this sender is linked to (conversationApiAppDetails).',
  fields: (t) => ({
    id: t.exposeID('id', { nullable: false, description: 'The Conversation API app id.' }),
    projectId: t.exposeID('projectId', { nullable: false, description: 'Project that owns the app.' }),
    region: t.field({
      type: WhatsappRegion.ref,
      nullable: false,
      description: "The app's region.",
      resolve: (a) => WhatsappRegion.map(a.region) ?? 'UNRECOGNIZED',
    }),
    channelStatus: t.field({
      type: WhatsappChannelStatus.ref,
      nullable: true,
      description: "Health of the app's WhatsApp channel credentials; null when not reported.",
      resolve: (a) => WhatsappChannelStatus.map(a.channelStatus),
    }),
  }),
});
