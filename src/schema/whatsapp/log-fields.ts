import { whatsappAccountActivityPages, whatsappSenderActivityPages } from '../../loaders/whatsapp-pages.ts';
import { builder } from '../builder.ts';
import { logFields, logPages } from '../lib/activity-log.ts';
import { WhatsappAccount } from './account.ts';
import {
  WhatsappAccountActivityConnection,
  WhatsappCommentConnection,
  WhatsappSenderActivityConnection,
} from './activities.ts';
import { WhatsappSender } from './sender.ts';

// `activities` and `comments` of a WhatsApp sender and of the WhatsApp account, as for RCS: token pages
// through the request's page loaders, so `comments` reuses the pages `activities` read.

builder.objectFields(WhatsappSender, (t) =>
  logFields(
    t,
    { activities: WhatsappSenderActivityConnection, comments: WhatsappCommentConnection },
    {
      whose: "The sender's",
      path: '.../whatsapp/senders/{senderId}/activities',
      pages: (ctx, s) =>
        logPages(whatsappSenderActivityPages(ctx), { projectId: s.projectId, senderId: s.id }),
    },
  ),
);

builder.objectFields(WhatsappAccount, (t) =>
  logFields(
    t,
    { activities: WhatsappAccountActivityConnection, comments: WhatsappCommentConnection },
    {
      whose: "The account's",
      path: '.../whatsapp/activities',
      pages: (ctx, a) => logPages(whatsappAccountActivityPages(ctx), { projectId: a.projectId }),
    },
  ),
);
