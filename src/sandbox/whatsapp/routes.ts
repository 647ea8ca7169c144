// The 17 WhatsApp operations (11 WhatsappSendersController_*, 6 WhatsappAccountsController_*).
import type { ApiRoute } from '../http.ts';
import { waAccountRoutes } from './routes-account.ts';
import { waSenderActionRoutes } from './routes-actions.ts';
import { waSenderRoutes } from './routes-senders.ts';
import { waUpdateRoute } from './routes-update.ts';

export const whatsappRoutes: ApiRoute[] = [
  ...waSenderRoutes,
  waUpdateRoute,
  ...waSenderActionRoutes,
  ...waAccountRoutes,
];
