import { createContextCache } from '@pothos/core';
import type DataLoader from 'dataloader';
import { callOptions } from '../context.ts';
import { UpstreamBadRequestError, UpstreamNotFoundError } from '../upstream/errors.ts';
import type { ListSendersQuery, RcsSender, RcsSenderList } from '../upstream/types.ts';
import { asError, type LoaderContext, makeKey, parseKey } from './keys.ts';
import { senderListPages } from './pages.ts';

// The sender read path of a request, in one place: the sender loader's keys and batch function, the list
// pages and what they prime, so a sender is fetched at most once per request whichever way it is reached
// (`node`, `nodes`, `Project.rcsSender`, list items, entities, mutation results).

/**
 * A sender as the graph holds it: the upstream DTO plus the project it belongs to (the DTO does not say).
 * `authToken` is removed on the way in: it is a secret the graph never serves, so it is not kept either.
 */
export type SenderRecord = Omit<RcsSender, 'authToken'> & { readonly projectId: string };

export function toSenderRecord(projectId: string, dto: RcsSender): SenderRecord {
  const { authToken: _secret, ...rest } = dto;
  return { ...rest, projectId };
}

/**
 * The sender loader's key. A string, not an object: the loader is the RcsSender node's, and Pothos takes
 * only string, number or bigint keys there (a node id parses to one).
 */
export function senderKey(authKey: string, projectId: string, senderId: string): string {
  return makeKey(authKey, projectId, senderId);
}

function parseSenderKey(key: string): { projectId: string; senderId: string } | null {
  const [projectId, senderId] = parseKey(key);
  if (typeof projectId !== 'string' || typeof senderId !== 'string' || !projectId || !senderId) return null;
  return { projectId, senderId };
}

/** Upstream answers that mean "there is no such sender for this caller": the graph answers null. */
function isAbsent(error: unknown): boolean {
  if (error instanceof UpstreamNotFoundError) {
    return error.errorCode === 'sender_not_found' || error.errorCode === 'project_not_found';
  }
  return error instanceof UpstreamBadRequestError && error.errorCode === 'invalid_id_format';
}

/**
 * Senders that arrived in list pages of this request, and the list calls still in flight. A sibling
 * `rcsSender`/`node` resolves before the list answers, so the batch function waits for the lists first
 * and serves what they carried: a sender that arrived in a list is never fetched again in the request.
 */
const listedSenders = createContextCache(() => ({
  pending: new Set<Promise<unknown>>(),
  byKey: new Map<string, SenderRecord>(),
}));

/**
 * Batch function of the sender loader. The upstream has no batch get, so each key is one
 * GET .../senders/{senderId}, all asked at once (the client's fair pool bounds them). Order-preserving; an
 * absent sender is null, any other failure an Error in that key's place only.
 */
export async function loadRcsSendersById(
  ctx: LoaderContext,
  keys: readonly string[],
): Promise<(SenderRecord | null | Error)[]> {
  const seen = listedSenders(ctx);
  if (seen.pending.size > 0) await Promise.allSettled([...seen.pending]);
  return Promise.all(
    keys.map(async (key) => {
      const listed = seen.byKey.get(key);
      if (listed) return listed;
      const ref = parseSenderKey(key);
      if (!ref) return null;
      try {
        const dto = await ctx.deps.client.rcsSenders.get(ref.projectId, ref.senderId, callOptions(ctx));
        return toSenderRecord(ref.projectId, dto);
      } catch (error) {
        return isAbsent(error) ? null : asError(error);
      }
    }),
  );
}

/** The request's sender loader: the RcsSender node's, which Pothos keeps on the context. */
export type SenderLoader = DataLoader<string, SenderRecord | null, string>;

/** A page of the sender list, its senders as records (`items`), already in the request's sender loader. */
export type SenderListPage = RcsSenderList & { readonly items: SenderRecord[] };

/** The sender reads of a request, over the node's loader (`loaderOf`, src/schema/rcs-senders/sender.ts). */
export function senderReads(loaderOf: (ctx: LoaderContext) => SenderLoader) {
  const key = (ctx: LoaderContext, projectId: string, senderId: string) =>
    senderKey(ctx.authKey, projectId, senderId);
  return {
    /** The loader key of a sender for this request's caller. */
    key,
    /**
     * Loads one sender through the request's loader: null when it does not exist; shares the batch and
     * the cache with `node`, `nodes` and list items.
     */
    load: (ctx: LoaderContext, projectId: string, senderId: string): Promise<SenderRecord | null> =>
      loaderOf(ctx).load(key(ctx, projectId, senderId)),
    /**
     * Puts a sender the upstream just returned into this request's loader and returns the record. A
     * fresher copy (a mutation result) replaces what the request had loaded before.
     */
    prime(ctx: LoaderContext, projectId: string, dto: RcsSender): SenderRecord {
      const record = toSenderRecord(projectId, dto);
      const k = key(ctx, projectId, dto.id);
      loaderOf(ctx).clear(k).prime(k, record);
      return record;
    },
    /**
     * One page of the project's sender list (one upstream call per distinct query in the request). Its
     * senders are primed without replacing an entry the request already holds, and are never fetched again
     * in this request; a sender load started meanwhile waits for the page.
     */
    async listPage(ctx: LoaderContext, projectId: string, query: ListSendersQuery): Promise<SenderListPage> {
      const seen = listedSenders(ctx);
      const call = senderListPages(ctx).load({ projectId, query });
      seen.pending.add(call);
      const done = () => {
        seen.pending.delete(call);
      };
      call.then(done, done);
      const page = await call;
      const loader = loaderOf(ctx);
      const items = page.senders.map((dto) => {
        const record = toSenderRecord(projectId, dto);
        const k = key(ctx, projectId, dto.id);
        if (!seen.byKey.has(k)) seen.byKey.set(k, record);
        loader.prime(k, record);
        return record;
      });
      return { ...page, items };
    },
  };
}
