import { createContextCache } from '@pothos/core';
import type DataLoader from 'dataloader';
import { UpstreamBadRequestError, UpstreamNotFoundError } from '../upstream/errors.ts';
import { asError, type LoaderContext, makeKey, parseKey } from './keys.ts';

// The sender read path of a request, for any channel (src/loaders/rcs-senders.ts, whatsapp-senders.ts say
// what differs): the loader's batch function, the list pages and what they prime, so a sender is fetched at
// most once per request whichever way it is reached (`node`, `nodes`, `Project.*Sender`, list items,
// entities, mutation results).

/** What a channel's sender read path is made of. */
export interface SenderChannel<
  Dto extends { readonly id: string },
  Rec,
  Query,
  List extends { senders: Dto[] },
> {
  /** What the loader keys carry before (project, sender) after the fingerprint: none, or the channel's tag. */
  readonly keyTag: readonly string[];
  /** The DTO as the graph holds it (secrets removed, project added). */
  readonly toRecord: (projectId: string, dto: Dto) => Rec;
  /** One GET of a sender. */
  readonly get: (ctx: LoaderContext, projectId: string, senderId: string) => Promise<Dto>;
  /** 400 errorCodes that also mean "there is no such sender for this caller" (besides invalid_id_format). */
  readonly absentBadRequests?: readonly string[];
  /** The request's page loader of the sender list. */
  readonly listPages: (ctx: LoaderContext) => DataLoader<{ projectId: string; query: Query }, List, string>;
}

/** Upstream answers that mean "there is no such sender for this caller": the graph answers null. */
function isAbsent(error: unknown, absentBadRequests: readonly string[]): boolean {
  if (error instanceof UpstreamNotFoundError) {
    return error.errorCode === 'sender_not_found' || error.errorCode === 'project_not_found';
  }
  return (
    error instanceof UpstreamBadRequestError &&
    (error.errorCode === 'invalid_id_format' || absentBadRequests.includes(error.errorCode))
  );
}

/** A channel's loader keys, batch function and reads, over the node's loader. */
export function senderReadPath<
  Dto extends { readonly id: string },
  Rec,
  Query extends { pageSize?: number; pageToken?: string },
  List extends { senders: Dto[] },
>(channel: SenderChannel<Dto, Rec, Query, List>) {
  /** The loader key (a string, not an object: Pothos node loaders take only string, number or bigint keys). */
  const senderKey = (authKey: string, projectId: string, senderId: string): string =>
    makeKey(authKey, ...channel.keyTag, projectId, senderId);
  const parseSenderKey = (key: string): { projectId: string; senderId: string } | null => {
    const [projectId, senderId] = parseKey(key).slice(channel.keyTag.length);
    if (typeof projectId !== 'string' || typeof senderId !== 'string' || !projectId || !senderId) return null;
    return { projectId, senderId };
  };
  const absentBadRequests = channel.absentBadRequests ?? [];
  /**
   * Senders that arrived in list pages of this request, and the list calls still in flight. A sibling
   * sender field or `node` resolves before the list answers, so the batch function waits for the lists
   * first and serves what they carried: a sender that arrived in a list is never fetched again.
   */
  const listedSenders = createContextCache(() => ({
    pending: new Set<Promise<unknown>>(),
    byKey: new Map<string, Rec>(),
  }));

  /**
   * Batch function of the sender loader. The upstream has no batch get, so each key is one GET, all asked
   * at once (the client's fair pool bounds them). Order-preserving; an absent sender is null, any other
   * failure an Error in that key's place only.
   */
  async function loadById(ctx: LoaderContext, keys: readonly string[]): Promise<(Rec | null | Error)[]> {
    const seen = listedSenders(ctx);
    if (seen.pending.size > 0) await Promise.allSettled([...seen.pending]);
    return Promise.all(
      keys.map(async (key) => {
        const listed = seen.byKey.get(key);
        if (listed) return listed;
        const ref = parseSenderKey(key);
        if (!ref) return null;
        try {
          return channel.toRecord(ref.projectId, await channel.get(ctx, ref.projectId, ref.senderId));
        } catch (error) {
          return isAbsent(error, absentBadRequests) ? null : asError(error);
        }
      }),
    );
  }

  /** The sender reads of a request, over the node's loader (`loaderOf`). */
  function reads(loaderOf: (ctx: LoaderContext) => DataLoader<string, Rec | null, string>) {
    const key = (ctx: LoaderContext, projectId: string, senderId: string) =>
      senderKey(ctx.authKey, projectId, senderId);
    const senderReads = {
      /** The loader key of a sender for this request's caller. */
      key,
      /**
       * Loads one sender through the request's loader: null when it does not exist; shares the batch and
       * the cache with `node`, `nodes` and list items.
       */
      load: (ctx: LoaderContext, projectId: string, senderId: string): Promise<Rec | null> =>
        loaderOf(ctx).load(key(ctx, projectId, senderId)),
      /**
       * Puts a sender the upstream just returned into this request's loader and returns the record. A
       * fresher copy (a mutation result) replaces what the request had loaded before.
       */
      prime(ctx: LoaderContext, projectId: string, dto: Dto): Rec {
        const record = channel.toRecord(projectId, dto);
        const k = key(ctx, projectId, dto.id);
        loaderOf(ctx).clear(k).prime(k, record);
        return record;
      },
      /**
       * One page of the project's sender list (one upstream call per distinct query in the request). Its
       * senders are primed without replacing an entry the request already holds, and are never fetched
       * again in this request; a sender load started meanwhile waits for the page.
       */
      async listPage(
        ctx: LoaderContext,
        projectId: string,
        query: Query,
      ): Promise<List & { readonly items: Rec[] }> {
        const seen = listedSenders(ctx);
        const call = channel.listPages(ctx).load({ projectId, query });
        seen.pending.add(call);
        const done = () => {
          seen.pending.delete(call);
        };
        call.then(done, done);
        const page = await call;
        const loader = loaderOf(ctx);
        const items = page.senders.map((dto) => {
          const record = channel.toRecord(projectId, dto);
          const k = key(ctx, projectId, dto.id);
          if (!seen.byKey.has(k)) seen.byKey.set(k, record);
          loader.prime(k, record);
          return record;
        });
        return { ...page, items };
      },
      /** The list's pages from `base` on, as `paginate` (src/schema/lib/pagination.ts) reads them. */
      pagesOf(ctx: LoaderContext, projectId: string, base: Query) {
        return (token: string | undefined, pageSize: number) =>
          senderReads.listPage(ctx, projectId, {
            ...base,
            pageSize,
            ...(token === undefined ? {} : { pageToken: token }),
          });
      },
    };
    return senderReads;
  }

  return { key: senderKey, loadById, reads };
}
