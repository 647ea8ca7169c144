import { createContextCache } from '@pothos/core';
import type DataLoader from 'dataloader';
import { callOptions } from '../context.ts';
import { UpstreamBadRequestError, UpstreamNotFoundError } from '../upstream/errors.ts';
import type {
  WhatsappListSendersQuery,
  WhatsappSender,
  WhatsappSenderList,
} from '../upstream/whatsapp-types.ts';
import { asError, type LoaderContext, makeKey, parseKey } from './keys.ts';
import { whatsappSenderListPages } from './whatsapp-pages.ts';

// The WhatsApp sender read path of a request, as src/loaders/rcs-senders.ts is RCS's: the loader's keys and
// batch function, the list pages and what they prime, so a sender is fetched at most once per request
// whichever way it is reached (`node`, `nodes`, `Project.whatsappSender`, list items, entities, mutations).

/**
 * A WhatsApp sender as the graph holds it: the upstream DTO plus its project (the DTO does not say) and its
 * channel (what tells it from an RCS sender behind the `Sender` interface). `bearerToken` is removed on the
 * way in: a credential the graph never serves, so it is not kept either (contract §7).
 */
export type WhatsappSenderRecord = Omit<WhatsappSender, 'bearerToken'> & {
  readonly projectId: string;
  readonly channel: 'WHATSAPP';
};

export function toWhatsappSenderRecord(projectId: string, dto: WhatsappSender): WhatsappSenderRecord {
  const { bearerToken: _secret, ...rest } = dto;
  return { ...rest, projectId, channel: 'WHATSAPP' };
}

/** The loader key (a string: Pothos node loaders take only scalar keys). Its own tag: never an RCS key. */
export function whatsappSenderKey(authKey: string, projectId: string, senderId: string): string {
  return makeKey(authKey, 'whatsapp', projectId, senderId);
}

function parseWhatsappSenderKey(key: string): { projectId: string; senderId: string } | null {
  const [, projectId, senderId] = parseKey(key);
  if (typeof projectId !== 'string' || typeof senderId !== 'string' || !projectId || !senderId) return null;
  return { projectId, senderId };
}

/**
 * Answers that mean "no such sender for this caller": null in the graph. A project without a WhatsApp
 * account answers 400 project_not_initialized for every sender path (contract §1): it has no senders.
 */
function isAbsent(error: unknown): boolean {
  if (error instanceof UpstreamNotFoundError) {
    return error.errorCode === 'sender_not_found' || error.errorCode === 'project_not_found';
  }
  return (
    error instanceof UpstreamBadRequestError &&
    (error.errorCode === 'invalid_id_format' || error.errorCode === 'project_not_initialized')
  );
}

/** Senders that arrived in list pages of this request, and list calls in flight (as for RCS). */
const listedSenders = createContextCache(() => ({
  pending: new Set<Promise<unknown>>(),
  byKey: new Map<string, WhatsappSenderRecord>(),
}));

/**
 * Batch function of the WhatsApp sender loader: one GET .../whatsapp/senders/{senderId} per key (no batch
 * get upstream), after the list pages in flight, whose senders are served without a call. An absent sender
 * is null, any other failure an Error in that key's place only.
 */
export async function loadWhatsappSendersById(
  ctx: LoaderContext,
  keys: readonly string[],
): Promise<(WhatsappSenderRecord | null | Error)[]> {
  const seen = listedSenders(ctx);
  if (seen.pending.size > 0) await Promise.allSettled([...seen.pending]);
  return Promise.all(
    keys.map(async (key) => {
      const listed = seen.byKey.get(key);
      if (listed) return listed;
      const ref = parseWhatsappSenderKey(key);
      if (!ref) return null;
      try {
        const dto = await ctx.deps.client.whatsappSenders.get(ref.projectId, ref.senderId, callOptions(ctx));
        return toWhatsappSenderRecord(ref.projectId, dto);
      } catch (error) {
        return isAbsent(error) ? null : asError(error);
      }
    }),
  );
}

export type WhatsappSenderLoader = DataLoader<string, WhatsappSenderRecord | null, string>;

/** A page of the sender list, its senders as records (`items`), already in the request's sender loader. */
export type WhatsappSenderListPage = WhatsappSenderList & { readonly items: WhatsappSenderRecord[] };

/** The WhatsApp sender reads of a request, over the node's loader (src/schema/whatsapp/sender.ts). */
export function whatsappSenderReads(loaderOf: (ctx: LoaderContext) => WhatsappSenderLoader) {
  const key = (ctx: LoaderContext, projectId: string, senderId: string) =>
    whatsappSenderKey(ctx.authKey, projectId, senderId);
  return {
    key,
    /** One sender through the request's loader (shared with `node`, `nodes`, list items); null when absent. */
    load: (ctx: LoaderContext, projectId: string, senderId: string): Promise<WhatsappSenderRecord | null> =>
      loaderOf(ctx).load(key(ctx, projectId, senderId)),
    /** A sender the upstream just returned, put into (replacing it in) the request's loader. */
    prime(ctx: LoaderContext, projectId: string, dto: WhatsappSender): WhatsappSenderRecord {
      const record = toWhatsappSenderRecord(projectId, dto);
      const k = key(ctx, projectId, dto.id);
      loaderOf(ctx).clear(k).prime(k, record);
      return record;
    },
    /**
     * One page of the project's WhatsApp sender list (one upstream call per distinct query in the request);
     * its senders are primed (not replacing an entry the request holds) and never fetched again.
     */
    async listPage(
      ctx: LoaderContext,
      projectId: string,
      query: WhatsappListSendersQuery,
    ): Promise<WhatsappSenderListPage> {
      const seen = listedSenders(ctx);
      const call = whatsappSenderListPages(ctx).load({ projectId, query });
      seen.pending.add(call);
      const done = () => {
        seen.pending.delete(call);
      };
      call.then(done, done);
      const page = await call;
      const loader = loaderOf(ctx);
      const items = page.senders.map((dto) => {
        const record = toWhatsappSenderRecord(projectId, dto);
        const k = key(ctx, projectId, dto.id);
        if (!seen.byKey.has(k)) seen.byKey.set(k, record);
        loader.prime(k, record);
        return record;
      });
      return { ...page, items };
    },
  };
}
