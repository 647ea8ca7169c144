import type {
  WhatsappConversationApiApp as AppDto,
  WhatsappSenderChanges as ChangesDto,
  WhatsappSenderDetails as DetailsDto,
  WhatsappSenderMetadata as MetadataDto,
  WhatsappSenderChangesDetails,
  WhatsappSenderMetadataField,
} from '../../upstream/whatsapp-types.ts';
import { builder } from '../builder.ts';
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

type ProfileFields = 'description' | 'email' | 'address' | 'websiteOne' | 'websiteTwo' | 'about' | 'photoUrl';

const PROFILE_DOCS: Record<ProfileFields | 'username', string> = {
  description: 'Description of the business (1 to 512 chars).',
  email: 'Contact email (at most 128 chars).',
  address: 'Address of the business (1 to 256 chars).',
  websiteOne: 'First website URL.',
  websiteTwo: 'Second website URL.',
  about: 'The "About" text of the profile (1 to 139 chars).',
  photoUrl: 'URL of the profile picture (jpeg, png or webp, at most 5 MB, 192 to 640 px).',
  username: 'The WhatsApp username.',
};

type AnyDetails = DetailsDto | WhatsappSenderChangesDetails;

/** What `profileFields` needs of a field builder: its `string` field. */
interface StringFields<F> {
  string(options: { nullable: true; description: string; resolve: (d: AnyDetails) => string | null }): F;
}

/** The optional profile fields, the same on the profile and on its pending changes. */
function profileFields<F>(t: StringFields<F>): Record<keyof typeof PROFILE_DOCS, F> {
  const names = Object.keys(PROFILE_DOCS) as (keyof typeof PROFILE_DOCS)[];
  const field = (name: keyof typeof PROFILE_DOCS) =>
    t.string({
      nullable: true,
      description: `${PROFILE_DOCS[name]} Null when not set.`,
      resolve: (d) => d[name] ?? null,
    });
  return Object.fromEntries(names.map((n) => [n, field(n)])) as Record<keyof typeof PROFILE_DOCS, F>;
}

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
    ...profileFields(t as unknown as StringFields<ReturnType<typeof t.string>>),
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
      ...profileFields(t as unknown as StringFields<ReturnType<typeof t.string>>),
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
