// Sender activities, sender comments and launch.
import { type ApiRoute, json, jsonBody } from '../http.ts';
import { launch } from '../lifecycle.ts';
import { senderDto } from '../present.ts';
import { validateComment } from '../validation/bodies.ts';
import { activitiesPage, addComment, checkSenderId, findSender, op, SENDER } from './shared.ts';

const activities: ApiRoute = {
  kind: 'api',
  method: 'GET',
  template: `${SENDER}/activities`,
  operationId: op('listActivities'),
  handler(ctx) {
    const s = findSender(ctx);
    return activitiesPage(ctx, s.activities, { sender: s.id, kind: 'activities' });
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
    return addComment(ctx, findSender(ctx, id).activities, text);
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
