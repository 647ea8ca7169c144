import { builder } from '../../builder.ts';
import type { Maybe } from '../../lib/validation.ts';
import { WhatsappVertical } from '../enums.ts';

// The inputs of the mutations on an existing WhatsApp sender. Patch semantics as for RCS: a key that is
// absent was not sent, a key whose value is null was sent as null (a delete); nothing here fills defaults.

export interface SenderDetailsPatch {
  displayName?: Maybe<string>;
  vertical?: Maybe<string>;
  description?: Maybe<string>;
  email?: Maybe<string>;
  address?: Maybe<string>;
  websiteOne?: Maybe<string>;
  websiteTwo?: Maybe<string>;
  about?: Maybe<string>;
  photoUrl?: Maybe<string>;
  username?: Maybe<string>;
}
export interface UpdateSenderInput {
  id: string;
  projectId?: Maybe<string>;
  submit?: Maybe<boolean>;
  details?: Maybe<SenderDetailsPatch>;
}

export const PROJECT_ID = 'The Sinch project id. Required when the sender is given by its upstream id.';
export const SENDER_ID =
  "The sender's global id (WhatsappSender.id) or its upstream id (then projectId is required).";
const URL_TEXT = 'An http or https URL, at most 256 characters; null deletes it.';

export const WhatsappRegistrationMethod = builder.enumType('WhatsappRegistrationMethod', {
  description: 'How Meta sends the registration code (OTP) of a sender: by SMS or by a voice call.',
  values: {
    SMS: { value: 'SMS', description: 'A text message with the code.' },
    VOICE: { value: 'VOICE', description: 'An automated voice call reading the code.' },
  } as const,
});

export const WhatsappSenderDetailsPatchInput = builder.inputType('WhatsappSenderDetailsPatchInput', {
  description:
    'Business-profile fields to change (WhatsappUpdateSenderInputDetailsDto). Absent: left alone; null: deleted (not displayName or vertical). On an ACTIVE sender displayName and username go to metadata for review; the rest to the pending changes.',
  fields: (t) => ({
    displayName: t.string({
      description: 'Display name, 1 to 128 characters (reviewed by Meta; cannot be deleted).',
    }),
    vertical: t.field({ type: WhatsappVertical.ref, description: 'Business category (cannot be deleted).' }),
    description: t.string({
      description: 'Description in the Business Info, 1 to 512 characters; null deletes it.',
    }),
    email: t.string({ description: 'Contact e-mail, at most 128 characters; null deletes it.' }),
    address: t.string({ description: 'Business address, 1 to 256 characters; null deletes it.' }),
    websiteOne: t.string({ description: URL_TEXT }),
    websiteTwo: t.string({ description: URL_TEXT }),
    about: t.string({ description: 'The "About" text, 1 to 139 characters; null deletes it.' }),
    photoUrl: t.string({
      description: `Profile photo (JPEG, PNG or WebP, at most 5 MB, 192 to 640 px). ${URL_TEXT}`,
    }),
    username: t.string({ description: 'WhatsApp username (only on an ACTIVE sender); null deletes it.' }),
  }),
});

export const UpdateWhatsappSenderInput = builder.inputType('UpdateWhatsappSenderInput', {
  description:
    'Patch semantics: an absent field is left alone, an explicit null deletes the value. Changes are saved as a DRAFT unless submit is true.',
  fields: (t) => ({
    id: t.id({ required: true, description: SENDER_ID }),
    projectId: t.id({ description: PROJECT_ID }),
    submit: t.boolean({
      description:
        'true: submit the changes (and any pending DRAFT or REJECTED ones) for review (status SUBMIT); else they are saved as a DRAFT (status DRAFT).',
    }),
    details: t.field({
      type: WhatsappSenderDetailsPatchInput,
      description:
        'The fields to change. Without submit, at least one effective field (a value, or null to delete one), else a ValidationError at input.details before any upstream call.',
    }),
  }),
});

const senderOnly = (name: string, description: string) =>
  builder.inputType(name, {
    description,
    fields: (t) => ({
      id: t.id({ required: true, description: SENDER_ID }),
      projectId: t.id({ description: PROJECT_ID }),
    }),
  });

export const DeleteWhatsappSenderInput = senderOnly(
  'DeleteWhatsappSenderInput',
  'The sender to delete: it stays active for 30 days (to send final messages), then is removed.',
);
export const DiscardWhatsappSenderChangesInput = senderOnly(
  'DiscardWhatsappSenderChangesInput',
  'The sender whose pending changes to discard (only DRAFT, REJECTED or ERROR changes).',
);

export const RegisterWhatsappSenderInput = builder.inputType('RegisterWhatsappSenderInput', {
  description: 'A sender in PENDING_VERIFICATION whose number Meta should send a verification code (OTP) to.',
  fields: (t) => ({
    id: t.id({ required: true, description: SENDER_ID }),
    projectId: t.id({ description: PROJECT_ID }),
    method: t.field({ type: WhatsappRegistrationMethod, required: true, description: 'SMS or VOICE.' }),
  }),
});

export const VerifyWhatsappSenderInput = builder.inputType('VerifyWhatsappSenderInput', {
  description: 'The verification code (OTP) Meta sent after registerWhatsappSender.',
  fields: (t) => ({
    id: t.id({ required: true, description: SENDER_ID }),
    projectId: t.id({ description: PROJECT_ID }),
    code: t.string({
      description:
        'The code: exactly 6 characters, no spaces. May be left out when Meta already verified the number.',
    }),
  }),
});

const COMMENT = 'The comment text, 1 to 65535 characters (Unicode code points, as the upstream counts them).';

export const AddWhatsappSenderCommentInput = builder.inputType('AddWhatsappSenderCommentInput', {
  description: 'A comment on a WhatsApp sender, for Sinch support.',
  fields: (t) => ({
    senderId: t.id({ required: true, description: SENDER_ID }),
    projectId: t.id({ description: PROJECT_ID }),
    comment: t.string({ required: true, description: COMMENT }),
  }),
});

export const AddWhatsappAccountCommentInput = builder.inputType('AddWhatsappAccountCommentInput', {
  description: "A comment on the project's WhatsApp account, for Sinch support.",
  fields: (t) => ({
    projectId: t.id({ required: true, description: 'The Sinch project id.' }),
    comment: t.string({ required: true, description: COMMENT }),
  }),
});
