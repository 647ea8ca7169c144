import type {
  WhatsappAccountChanges as ChangesDto,
  WhatsappAccountDetails as DetailsDto,
} from '../../upstream/whatsapp-types.ts';
import { builder } from '../builder.ts';
import {
  WhatsappAccountChangeStatus,
  WhatsappMetaLocalStorage,
  WhatsappRegion,
  WhatsappVertical,
} from './enums.ts';

// The plain data of a WhatsApp account DTO (contract whatsapp-and-webhooks.md §3): its details and pending
// changes. `changes.details` is the details DTO or its all-optional variant: one type with nullable fields.

type Details = Partial<DetailsDto>;
type SenderDetails = NonNullable<DetailsDto['senderDetails']>;

export const WhatsappAccountSenderDetails = builder
  .objectRef<Partial<SenderDetails>>('WhatsappAccountSenderDetails')
  .implement({
    description: "The first sender's profile, as given when onboarding (details.senderDetails).",
    fields: (t) => ({
      displayName: t.string({
        nullable: true,
        description: 'Display name of the sender (displayName).',
        resolve: (d) => d.displayName ?? null,
      }),
      businessCategory: t.field({
        type: WhatsappVertical.ref,
        nullable: true,
        description: 'Business vertical of the sender (businessCategory).',
        resolve: (d) => WhatsappVertical.map(d.businessCategory),
      }),
      region: t.field({
        type: WhatsappRegion.ref,
        nullable: true,
        description: 'Sinch region of the sender (region).',
        resolve: (d) => WhatsappRegion.map(d.region),
      }),
      metaLocalStorage: t.field({
        type: WhatsappMetaLocalStorage.ref,
        nullable: true,
        description: "Where Meta stores the sender's data (metaLocalStorage).",
        resolve: (d) => WhatsappMetaLocalStorage.map(d.metaLocalStorage),
      }),
    }),
  });

export const WhatsappAccountDetails = builder.objectRef<Details>('WhatsappAccountDetails').implement({
  description: 'The business behind the WhatsApp account (details); in changes, unset fields are null.',
  fields: (t) => ({
    wabaName: t.string({
      nullable: true,
      description: 'Name of the WhatsApp Business Account (wabaName).',
      resolve: (d) => d.wabaName ?? null,
    }),
    clientBusinessManagerId: t.string({
      nullable: true,
      description: "Id of the client's Meta Business Manager (clientBusinessManagerId).",
      resolve: (d) => d.clientBusinessManagerId ?? null,
    }),
    companyLegalName: t.string({
      nullable: true,
      description: 'Legal name of the company (companyLegalName).',
      deprecationReason: 'Deprecated upstream (companyLegalName); use wabaName.',
      resolve: (d) => d.companyLegalName ?? null,
    }),
    senderDetails: t.field({
      type: WhatsappAccountSenderDetails,
      nullable: true,
      description: "The first sender's profile (senderDetails); null when not given.",
      resolve: (d) => d.senderDetails ?? null,
    }),
  }),
});

export const WhatsappAccountChanges = builder.objectRef<ChangesDto>('WhatsappAccountChanges').implement({
  description: 'Pending changes of the WhatsApp account (changes).',
  fields: (t) => ({
    status: t.field({
      type: WhatsappAccountChangeStatus.ref,
      nullable: false,
      description: 'Where the changes stand (changes.status).',
      resolve: (c) => WhatsappAccountChangeStatus.map(c.status) ?? 'UNRECOGNIZED',
    }),
    details: t.field({
      type: WhatsappAccountDetails,
      nullable: true,
      description: 'The changed details (changes.details); null when not reported.',
      resolve: (c) => (c.details ?? null) as Details | null,
    }),
  }),
});
