// Webhook registration: /v1/projects/{projectId}/webhooks (WebhookWebhookController_*_v1). Check order, as
// for the RCS routes: auth (401) → webhookId is a UUID (400 invalid_id_format; the contract leaves the
// format open, the sandbox issues UUIDs) → body (400) → lookup (404) → target taken by another webhook of
// the project (409 webhook_exists) → the 15-webhook limit on create (424 webhook_limit_reached). A webhook's
// secret is stored to sign deliveries and never rendered.
import { type ApiContext, type ApiRoute, json, jsonBody } from '../http.ts';
import { UUID_PATTERN } from '../ids.ts';
import type { JsonObject, WebhookRecord } from '../model.ts';
import { paginate } from '../pagination.ts';
import { validateWebhookInput, validateWebhookPatch } from '../validation/webhooks.ts';
import { webhookError } from '../webhooks/errors.ts';
import { pageAnswer } from './shared.ts';

const WEBHOOKS = '/v1/projects/{projectId}/webhooks';
const WEBHOOK = `${WEBHOOKS}/{webhookId}`;
const op = (name: string) => `WebhookWebhookController_${name}_v1`;

export const MAX_WEBHOOKS = 15;

/** The DTO in the published examples' key order; never the secret. */
export function webhookDto(w: WebhookRecord): JsonObject {
  return { id: w.id, projectId: w.projectId, target: w.target, triggers: [...w.triggers] };
}

function checkWebhookId(ctx: ApiContext): string {
  const id = ctx.params.webhookId ?? '';
  if (!UUID_PATTERN.test(id)) throw webhookError(400, 'invalid_id_format');
  return id.toLowerCase();
}

function find(ctx: ApiContext, id: string): WebhookRecord {
  const w = ctx.project.webhooks.get(id);
  if (!w) throw webhookError(404, 'webhook_not_found');
  return w;
}

/** Targets are unique per project, compared as sent (exact string). */
function rejectTakenTarget(ctx: ApiContext, target: string | undefined, self?: string): void {
  if (target === undefined) return;
  for (const w of ctx.project.webhooks.values()) {
    if (w.id !== self && w.target === target) throw webhookError(409, 'webhook_exists');
  }
}

/** One webhook route; the operation is named as in the contract. */
function route(method: string, template: string, name: string, handler: ApiRoute['handler']): ApiRoute {
  return { kind: 'api', method, template, operationId: op(name), handler };
}

/** PUT and PATCH: id (400), body (400), lookup (404), target taken (409); then `apply` writes the change. */
function changeRoute<T extends { target?: string | undefined }>(
  method: string,
  name: string,
  validate: (body: ReturnType<typeof jsonBody>) => T,
  apply: (w: WebhookRecord, input: T) => void,
): ApiRoute {
  return route(method, WEBHOOK, name, (ctx) => {
    const id = checkWebhookId(ctx);
    const input = validate(jsonBody(ctx));
    const w = find(ctx, id);
    rejectTakenTarget(ctx, input.target, w.id);
    apply(w, input);
    return json(200, webhookDto(w));
  });
}

const list = route('GET', WEBHOOKS, 'listWebhooks', (ctx) => {
  // "Without a page token all registered webhooks (of maximum 15) are returned in alphabetical order":
  // read as sorted by target (the only human-readable field; unique per project) and a default page
  // size of 15, so a request without pageSize gets them all; pageSize 1..15 pages through the same order.
  const all = [...ctx.project.webhooks.values()].sort((a, b) =>
    a.target < b.target ? -1 : a.target > b.target ? 1 : 0,
  );
  const limits = { max: MAX_WEBHOOKS, default: MAX_WEBHOOKS };
  const page = paginate(all, ctx.query, { p: ctx.project.id, kind: 'webhooks' }, limits);
  return pageAnswer(page, 'webhooks', webhookDto, true);
});

const create = route('POST', WEBHOOKS, 'createWebhook', (ctx) => {
  const input = validateWebhookInput(jsonBody(ctx));
  rejectTakenTarget(ctx, input.target);
  if (ctx.project.webhooks.size >= MAX_WEBHOOKS) throw webhookError(424, 'webhook_limit_reached');
  const w: WebhookRecord = {
    id: ctx.rt.store.nextWebhookId(ctx.project.id),
    projectId: ctx.project.id,
    target: input.target,
    secret: input.secret,
    triggers: [...input.triggers],
  };
  ctx.project.webhooks.set(w.id, w);
  return json(201, webhookDto(w));
});

const get = route('GET', WEBHOOK, 'getWebhook', (ctx) =>
  json(200, webhookDto(find(ctx, checkWebhookId(ctx)))),
);

const replace = changeRoute('PUT', 'replaceWebhook', validateWebhookInput, (w, input) => {
  w.target = input.target;
  w.secret = input.secret;
  w.triggers = [...input.triggers];
});

// The contract does not say whether PATCH merges `triggers`: like the sender PATCH, a given array replaces
// the stored one.
const update = changeRoute('PATCH', 'updateWebhook', validateWebhookPatch, (w, patch) => {
  if (patch.target !== undefined) w.target = patch.target;
  if (patch.secret !== undefined) w.secret = patch.secret;
  if (patch.triggers !== undefined) w.triggers = [...patch.triggers];
});

const remove = route('DELETE', WEBHOOK, 'deleteWebhook', (ctx) => {
  const id = checkWebhookId(ctx);
  find(ctx, id);
  ctx.project.webhooks.delete(id);
  return { status: 204 };
});

export const webhookRoutes: ApiRoute[] = [list, create, get, replace, update, remove];
