import type { MutationDocsTable } from '../lib/mutations.ts';

// What the schema says of each mutation here (the Docs pane's text); the declarations say what they do.

export const docs = {
  createWebhook: {
    about:
      "Registers a webhook (POST .../webhooks). Idempotent by target: when the project already has a webhook with this target, that one is the answer (`created: false`), found with one list call. Defaults send the project's RCS events to this server's own receiver.",
    input: 'The project and the webhook.',
    result:
      'The webhook, or why not: invalid input or no default available (ValidationError), the 15-webhook limit (LimitReachedError), a target that conflicts but cannot be found (ConflictError), unknown project (NotFoundError).',
  },
  updateWebhook: {
    about: 'Changes a webhook (PATCH .../webhooks/{webhookId}): target, secret (rotation) or triggers.',
    input: 'The webhook and its changes.',
    result:
      'The changed webhook, or why not: invalid input (ValidationError), another webhook has that target (ConflictError "webhook_exists"), unknown webhook (NotFoundError).',
  },
  deleteWebhook: {
    about: 'Deletes a webhook (DELETE .../webhooks/{webhookId}).',
    input: 'The webhook to delete.',
    result: 'The deleted id, or why not: a malformed id (ValidationError), unknown webhook (NotFoundError).',
  },
} satisfies MutationDocsTable;
