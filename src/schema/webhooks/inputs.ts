import { builder } from '../builder.ts';
import { MAX_SECRET, MAX_TARGET } from './validation.ts';
import { WebhookTrigger } from './webhook.ts';

const SECRET = `Signs every delivery (HMAC-SHA256), 1 to ${MAX_SECRET} characters, high entropy. Write-only: never returned, logged or shown in an error.`;
const TARGET = `The URL Sinch POSTs the events to, 1 to ${MAX_TARGET} characters; unique within the project.`;

export const CreateWebhookInput = builder.inputType('CreateWebhookInput', {
  description:
    "A webhook to register. With no fields but `projectId` it sends the project's RCS events to this server's own receiver, signed with its configured secret: \"send this project's events to me\" in one call.",
  fields: (t) => ({
    projectId: t.id({ required: true, description: 'The Sinch project id.' }),
    target: t.string({
      description: `${TARGET} Default: this server's receiver for the project, PUBLIC_URL + "/webhooks/sinch/{projectId}".`,
    }),
    secret: t.string({
      description: `${SECRET} Default: the first secret of the server's SINCH_WEBHOOK_SECRET.`,
    }),
    triggers: t.field({
      type: [WebhookTrigger],
      description:
        'Event types to deliver, at least one, unique. Default: the five RCS triggers (sender status, operator status, brand registration, sender comment, account comment), i.e. what the RCS subscriptions serve; ALL would also deliver WhatsApp and KakaoTalk events.',
    }),
  }),
});

export const UpdateWebhookInput = builder.inputType('UpdateWebhookInput', {
  description: 'Changes to a webhook (PATCH): only the fields given change; at least one is required.',
  fields: (t) => ({
    projectId: t.id({ required: true, description: 'The Sinch project id.' }),
    id: t.id({ required: true, description: 'The webhook id (Webhook.id).' }),
    target: t.string({ description: `New target. ${TARGET}` }),
    secret: t.string({ description: `New secret (rotation). ${SECRET}` }),
    triggers: t.field({
      type: [WebhookTrigger],
      description: 'The new list of event types (replaces the old one), at least one, unique.',
    }),
  }),
});

export const DeleteWebhookInput = builder.inputType('DeleteWebhookInput', {
  description: 'The webhook to delete.',
  fields: (t) => ({
    projectId: t.id({ required: true, description: 'The Sinch project id.' }),
    id: t.id({ required: true, description: 'The webhook id (Webhook.id).' }),
  }),
});
