// Routes of the sandbox: the 15 RCS operations, the 17 WhatsApp ones, the 6 webhook-registration ones, the OAuth token endpoint and /_sandbox/*.
import type { Route } from '../http.ts';
import { tokenHandler } from '../oauth.ts';
import type { SandboxRuntime } from '../runtime.ts';
import { whatsappRoutes } from '../whatsapp/routes.ts';
import { accountRoutes } from './account.ts';
import { adminRoutes } from './admin.ts';
import { senderActionRoutes } from './sender-actions.ts';
import { senderRoutes } from './senders.ts';
import { testNumberRoutes } from './test-numbers.ts';
import { webhookRoutes } from './webhooks.ts';

export function allRoutes(rt: SandboxRuntime): Route[] {
  return [
    ...senderRoutes,
    ...senderActionRoutes,
    ...testNumberRoutes,
    ...accountRoutes,
    ...webhookRoutes,
    ...whatsappRoutes,
    {
      kind: 'raw',
      method: 'POST',
      template: '/oauth2/token',
      counted: true,
      handler: (ctx) => tokenHandler(ctx.rt.store, ctx.rt.tokens, () => ctx.rt.tokenTtlSeconds)(ctx),
    },
    ...adminRoutes(rt),
  ];
}
