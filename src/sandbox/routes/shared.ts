// Helpers shared by the route files: path templates, sender lookup in the documented check order, list
// answers, and the activity logs (of a sender, of the account) with their comments.
import { apiError } from '../errors.ts';
import { type ApiContext, type ApiRoute, type HandlerResult, json } from '../http.ts';
import { UUID_PATTERN } from '../ids.ts';
import { type ActivityRecord, API_AUTHOR, type JsonObject, type SenderRecord } from '../model.ts';
import { type Page, paginate } from '../pagination.ts';
import { activityDto } from '../present.ts';

export const SENDERS = '/v1/projects/{projectId}/rcs/senders';
export const SENDER = `${SENDERS}/{senderId}`;
export const TEST_NUMBER = `${SENDER}/testNumbers/{testNumber}`;

export const op = (name: string) => `RcsSendersController_${name}_v1`;

/** 400 invalid_id_format for a malformed senderId; checked before any lookup or body validation. */
export function checkSenderId(ctx: ApiContext): string {
  const id = ctx.params.senderId ?? '';
  if (!UUID_PATTERN.test(id)) throw apiError(400, 'invalid_id_format');
  return id;
}

export function findSender(ctx: ApiContext, id = checkSenderId(ctx)): SenderRecord {
  const s = ctx.project.senders.get(id.toLowerCase());
  if (!s) throw apiError(404, 'sender_not_found');
  return s;
}

/** Test-number operations need the sender's Google RBM agent (400 no_google_supplier otherwise). */
export function requireGoogleSupplier(s: SenderRecord): void {
  if (!s.hasGoogleSupplier) throw apiError(400, 'no_google_supplier');
}

/**
 * GET of one record: `find` makes the lookup's checks in their documented order (and throws their errors),
 * then 200 with the record's DTO. `needsRcs`: see ApiRoute.
 */
export function getRoute<T>(
  template: string,
  operationId: string,
  find: (ctx: ApiContext) => T,
  dto: (record: T) => unknown,
  needsRcs = false,
): ApiRoute {
  const route: ApiRoute = {
    kind: 'api',
    method: 'GET',
    template,
    operationId,
    handler: (ctx) => json(200, dto(find(ctx))),
  };
  if (needsRcs) route.needsRcs = true;
  return route;
}

export function listParam(query: URLSearchParams, name: string): string[] {
  return query
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/**
 * A list's 200 answer: `totalSize`, `pageSize`, the page tokens present, then the items under `key` (the RCS lists'
 * key order). `tokensFirst`: the tokens, `pageSize`, `totalSize`, then the items (the webhook list's, as in
 * its published examples).
 */
export function pageAnswer<T>(
  page: Page<T>,
  key: string,
  dto: (item: T) => JsonObject,
  tokensFirst = false,
): HandlerResult {
  const tokens: JsonObject = {};
  if (page.previousPageToken) tokens.previousPageToken = page.previousPageToken;
  if (page.nextPageToken) tokens.nextPageToken = page.nextPageToken;
  const body: JsonObject = tokensFirst
    ? { ...tokens, pageSize: page.pageSize, totalSize: page.totalSize }
    : { totalSize: page.totalSize, pageSize: page.pageSize, ...tokens };
  body[key] = page.items.map(dto);
  return json(200, body);
}

/** GET …/activities: one page of the log, newest first. `scope` tells the log's page tokens apart. */
export function activitiesPage(ctx: ApiContext, log: ActivityRecord[], scope: JsonObject): HandlerResult {
  const page = paginate([...log].reverse(), ctx.query, scope);
  return pageAnswer(page, 'notifications', activityDto);
}

/** POST …/comments: the comment goes onto the log, by the API, at the time of the write. */
export function addComment(ctx: ApiContext, log: ActivityRecord[], text: string): HandlerResult {
  const created = ctx.rt.store.write((now) => {
    log.push({ type: 'COMMENT_ADDED', created: now, author: API_AUTHOR, comment: text });
    return now;
  });
  return json(201, { type: 'CREATED', comment: text, created });
}
