import { callOptions } from '../context.ts';
import type { WhatsappListSendersQuery } from '../upstream/whatsapp-types.ts';
import { memo, type PageKey, pageLoader } from './pages.ts';

// The WhatsApp page loaders (as src/loaders/pages.ts's for RCS): one upstream call per distinct (caller,
// resource, query, page token, page size) per request, so aliases, repeated paths and `comments` reading the
// pages `activities` read cost nothing. And the project's account: one GET per project per request.

const tokenQuery = (k: PageKey) => ({
  pageSize: k.pageSize,
  ...(k.pageToken === undefined ? {} : { pageToken: k.pageToken }),
});

export const whatsappSenderActivityPages = pageLoader(
  (k: PageKey & { projectId: string; senderId: string }) => [
    'whatsapp',
    k.projectId,
    k.senderId,
    k.pageToken ?? null,
    k.pageSize,
  ],
  (ctx, k) =>
    ctx.deps.client.whatsappSenders.listActivities(k.projectId, k.senderId, tokenQuery(k), callOptions(ctx)),
);

export const whatsappAccountActivityPages = pageLoader(
  (k: PageKey & { projectId: string }) => ['whatsapp-account', k.projectId, k.pageToken ?? null, k.pageSize],
  (ctx, k) => ctx.deps.client.whatsappAccount.listActivities(k.projectId, tokenQuery(k), callOptions(ctx)),
);

/** The query's defined entries in key order (filter lists sorted): the same query written otherwise is one page. */
function sortedEntries(query: WhatsappListSendersQuery): [string, unknown][] {
  return Object.entries(query)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]): [string, unknown] => [k, Array.isArray(v) ? [...v].sort() : v])
    .sort(([a], [b]) => (a < b ? -1 : 1));
}

export const whatsappSenderListPages = pageLoader(
  (k: { projectId: string; query: WhatsappListSendersQuery }) => [
    'whatsapp',
    k.projectId,
    sortedEntries(k.query),
  ],
  (ctx, k) =>
    ctx.deps.client.whatsappSenders.list(
      k.projectId,
      Object.fromEntries(sortedEntries(k.query)) as WhatsappListSendersQuery,
      callOptions(ctx),
    ),
);

/** The project's WhatsApp account, once per (caller, project) per request. */
export function loadWhatsappAccount(ctx: Parameters<typeof memo>[0], projectId: string) {
  return memo(ctx, ['whatsapp-account', projectId], () =>
    ctx.deps.client.whatsappAccount.get(projectId, callOptions(ctx)),
  );
}
