import { builder } from '../../builder.ts';
import type { Maybe } from '../../lib/validation.ts';
import { WhatsappVertical } from '../enums.ts';
import { type ProfileFieldsInput, profileInputFields } from './profile.ts';

// The inputs of the mutations on an existing WhatsApp sender. Patch semantics as for RCS: a key that is
// absent was not sent, a key whose value is null was sent as null (a delete); nothing here fills defaults.

export interface SenderDetailsPatch extends ProfileFieldsInput {
  displayName?: Maybe<string>;
  vertical?: Maybe<string>;
  description?: Maybe<string>;
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
    ...profileInputFields(t, true),
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
