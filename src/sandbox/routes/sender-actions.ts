// Sender activities, sender comments and launch.
import { type ApiRoute, json, jsonBody } from '../http.ts';
import { launch } from '../lifecycle.ts';
import { API_AUTHOR, type JsonObject } from '../model.ts';
import { paginate } from '../pagination.ts';
import { activityDto, senderDto } from '../present.ts';
import { validateComment } from '../validation/bodies.ts';
import { checkSenderId, findSender, op, SENDER } from './shared.ts';

const activities: ApiRoute = {
  kind: 'api',
  method: 'GET',
  template: `${SENDER}/activities`,
  operationId: op('listActivities'),
  handler(ctx) {
    const s = findSender(ctx);
    const newestFirst = [...s.activities].reverse();
    const page = paginate(newestFirst, ctx.query, { sender: s.id, kind: 'activities' });
    const body: JsonObject = { totalSize: page.totalSize, pageSize: page.pageSize };
    if (page.previousPageToken) body.previousPageToken = page.previousPageToken;
    if (page.nextPageToken) body.nextPageToken = page.nextPageToken;
    body.notifications = page.items.map(activityDto);
    return json(200, body);
  },
};

const comment: ApiRoute = {
  kind: 'api',
  method: 'POST',
  template: `${SENDER}/comments`,
  operationId: op('createSenderComment'),
  handler(ctx) {
    const id = checkSenderId(ctx);
    const text = validateComment(jsonBody(ctx));
    const s = findSender(ctx, id);
    const created = ctx.rt.store.write((now) => {
      s.activities.push({ type: 'COMMENT_ADDED', created: now, author: API_AUTHOR, comment: text });
      return now;
    });
    return json(201, { type: 'CREATED', comment: text, created });
  },
};

const launchRoute: ApiRoute = {
  kind: 'api',
  method: 'POST',
  template: `${SENDER}/launch`,
  operationId: op('launchSender'),
  needsRcs: true,
  handler(ctx) {
    const s = findSender(ctx);
    launch(ctx.rt.store, s);
    return json(200, senderDto(s));
  },
};

export const senderActionRoutes: ApiRoute[] = [activities, comment, launchRoute];
