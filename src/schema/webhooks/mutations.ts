import { type Context, callOptions } from '../../context.ts';
import { UpstreamError } from '../../upstream/errors.ts';
import type { WebhookDto, WebhookPatch } from '../../upstream/types.ts';
import { MAX_WEBHOOKS_PER_PROJECT, RCS_WEBHOOK_TRIGGERS } from '../../upstream/webhooks.ts';
import { builder } from '../builder.ts';
import { ConflictError, LimitReachedError, NotFoundError, ValidationError } from '../errors.ts';
import { eventDeps, publicUrlOf } from '../events/deps.ts';
import { ensureValid, inputMutation, upstreamCall } from '../lib/mutations.ts';
import { type MappingContext, toDomainError } from '../upstream-errors.ts';
import { docs } from './docs.ts';
import { CreateWebhookInput, DeleteWebhookInput, UpdateWebhookInput } from './inputs.ts';
import {
  asTriggers,
  validateCreateWebhook,
  validateDeleteWebhook,
  validateUpdateWebhook,
  webhookFieldPath,
} from './validation.ts';
import { Webhook } from './webhook.ts';

/** This server's own receiver for a project (the path the webhook receiver serves). */
export function receiverUrl(publicUrl: string, projectId: string): string {
  return `${publicUrl}/webhooks/sinch/${encodeURIComponent(projectId)}`;
}

export const CreateWebhookSuccess = builder
  .objectRef<{ webhook: WebhookDto; created: boolean }>('CreateWebhookSuccess')
  .implement({
    description: 'The webhook is registered: now, or already before with the same target.',
    fields: (t) => ({
      webhook: t.field({
        type: Webhook,
        nullable: false,
        description: 'The registered webhook, as the upstream has it.',
        resolve: (p) => p.webhook,
      }),
      created: t.exposeBoolean('created', {
        nullable: false,
        description:
          'True when this call registered it; false when a webhook with this target already existed (it is returned as it is, triggers included: change it with updateWebhook).',
      }),
    }),
  });

export const UpdateWebhookSuccess = builder
  .objectRef<{ webhook: WebhookDto }>('UpdateWebhookSuccess')
  .implement({
    description: 'The webhook was changed.',
    fields: (t) => ({
      webhook: t.field({
        type: Webhook,
        nullable: false,
        description: 'The webhook after the change.',
        resolve: (p) => p.webhook,
      }),
    }),
  });

export const DeleteWebhookSuccess = builder
  .objectRef<{ projectId: string; id: string }>('DeleteWebhookSuccess')
  .implement({
    description: 'The webhook was deleted; Sinch sends it nothing more.',
    fields: (t) => ({
      projectId: t.exposeID('projectId', { nullable: false, description: 'The project it belonged to.' }),
      deletedId: t.exposeID('id', { nullable: false, description: 'The id of the deleted webhook.' }),
    }),
  });

/** An upstream 400 invalid_id_format names no field; in these inputs it can only be `id`. */
function pinIdFormat(error: Error): Error {
  if (
    error instanceof ValidationError &&
    error.code === 'invalid_id_format' &&
    error.fieldErrors.length === 0
  )
    error.fieldErrors.push({ path: ['input', 'id'], message: error.message });
  return error;
}

/** The webhook of the project with this exact target, read from the list (at most 15, one page). */
async function findByTarget(ctx: Context, projectId: string, target: string): Promise<WebhookDto | null> {
  let token: string | undefined;
  for (let page = 0; page < 3; page += 1) {
    const list = await ctx.deps.client.webhooks.list(
      projectId,
      { pageSize: MAX_WEBHOOKS_PER_PROJECT, ...(token ? { pageToken: token } : {}) },
      callOptions(ctx),
    );
    const found = (list.webhooks ?? []).find((w) => w.target === target);
    if (found || !list.nextPageToken) return found ?? null;
    token = list.nextPageToken;
  }
  return null;
}

inputMutation(docs, 'createWebhook', {
  input: CreateWebhookInput,
  success: CreateWebhookSuccess,
  errors: [ValidationError, ConflictError, LimitReachedError, NotFoundError],
  // The create, plus one list call when the target is already registered.
  calls: 2,
  resolve: async (input, ctx, allowed) => {
    const deps = eventDeps(ctx);
    const publicUrl = publicUrlOf(deps);
    const target = input.target ?? (publicUrl ? receiverUrl(publicUrl, input.projectId) : undefined);
    const secret = input.secret ?? deps.webhookSecrets?.[0];
    const triggers = input.triggers ?? RCS_WEBHOOK_TRIGGERS;
    const fields = { projectId: input.projectId, target, secret, triggers };
    const defaults = { target: input.target == null, secret: input.secret == null };
    ensureValid(validateCreateWebhook(fields, defaults), allowed);
    const mapping: MappingContext = {
      allowed: allowed,
      ids: { project: input.projectId },
      fieldPath: webhookFieldPath,
    };
    const body = { target: target as string, secret: secret as string, triggers: asTriggers(triggers) };
    try {
      const webhook = await ctx.deps.client.webhooks.create(input.projectId, body, callOptions(ctx));
      return { webhook, created: true };
    } catch (error) {
      if (!(error instanceof UpstreamError && error.status === 409 && error.errorCode === 'webhook_exists'))
        throw toDomainError(error, mapping);
      const existing = await findByTarget(ctx, input.projectId, body.target).catch((e: unknown) => {
        throw toDomainError(e, mapping);
      });
      if (existing) return { webhook: existing, created: false };
      throw toDomainError(error, mapping);
    }
  },
});

inputMutation(docs, 'updateWebhook', {
  input: UpdateWebhookInput,
  success: UpdateWebhookSuccess,
  errors: [ValidationError, ConflictError, NotFoundError],
  resolve: async (input, ctx, allowed) => {
    ensureValid(validateUpdateWebhook(input), allowed);
    const patch: WebhookPatch = {};
    if (input.target != null) patch.target = input.target;
    if (input.secret != null) patch.secret = input.secret;
    if (input.triggers != null) patch.triggers = asTriggers(input.triggers);
    const mapping = {
      allowed: allowed,
      ids: { project: input.projectId, webhook: input.id },
      fieldPath: webhookFieldPath,
    };
    const webhook = await upstreamCall(ctx, mapping, (opts) =>
      ctx.deps.client.webhooks.update(input.projectId, input.id, patch, opts),
    ).catch((e: Error) => {
      throw pinIdFormat(e);
    });
    return { webhook };
  },
});

inputMutation(docs, 'deleteWebhook', {
  input: DeleteWebhookInput,
  success: DeleteWebhookSuccess,
  errors: [ValidationError, NotFoundError],
  resolve: async (input, ctx, allowed) => {
    ensureValid(validateDeleteWebhook(input), allowed);
    const mapping = { allowed: allowed, ids: { project: input.projectId, webhook: input.id } };
    await upstreamCall(ctx, mapping, (opts) =>
      ctx.deps.client.webhooks.delete(input.projectId, input.id, opts),
    ).catch((e: Error) => {
      throw pinIdFormat(e);
    });
    return { projectId: input.projectId, id: input.id };
  },
});
