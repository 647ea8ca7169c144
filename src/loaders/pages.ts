import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import { callOptions } from '../context.ts';
import type { ListSendersQuery } from '../upstream/types.ts';
import { asError, type LoaderContext, makeKey } from './keys.ts';

// Page loaders: one upstream call per distinct (caller, resource, query, page token, page size) per
// request, so aliases and repeated paths (and `comments` reading the pages `activities` read) cost nothing.

/**
 * A per-request loader (created on first use, kept on the request's context object) of one kind of page.
 * Its keys are objects; `cacheParts` says which of their values make two keys the same page. Every key is
 * one upstream call, all asked at once (the client's fair pool of upstream slots bounds them); a failure is
 * an Error in that key's place only.
 */
export function pageLoader<K, T>(
  cacheParts: (key: K) => readonly unknown[],
  fetch: (ctx: LoaderContext, key: K) => Promise<T>,
) {
  return createContextCache(
    (ctx: LoaderContext) =>
      new DataLoader<K, T, string>(
        (keys) =>
          Promise.all(
            keys.map(async (key) => {
              try {
                return await fetch(ctx, key);
              } catch (error) {
                return asError(error);
              }
            }),
          ),
        { cacheKeyFn: (key) => makeKey(ctx.authKey, ...cacheParts(key)) },
      ),
  );
}

/** A page of a token-paginated upstream list: the token it starts at (none: the first page) and its size. */
export interface PageKey {
  readonly pageToken: string | undefined;
  readonly pageSize: number;
}

export const senderActivityPages = pageLoader(
  (k: PageKey & { projectId: string; senderId: string }) => [
    k.projectId,
    k.senderId,
    k.pageToken ?? null,
    k.pageSize,
  ],
  (ctx, k) =>
    ctx.deps.client.rcsSenders.listActivities(
      k.projectId,
      k.senderId,
      { pageSize: k.pageSize, ...(k.pageToken === undefined ? {} : { pageToken: k.pageToken }) },
      callOptions(ctx),
    ),
);

export const accountActivityPages = pageLoader(
  (k: PageKey & { projectId: string }) => [k.projectId, k.pageToken ?? null, k.pageSize],
  (ctx, k) =>
    ctx.deps.client.rcsAccounts.listActivities(
      k.projectId,
      { pageSize: k.pageSize, ...(k.pageToken === undefined ? {} : { pageToken: k.pageToken }) },
      callOptions(ctx),
    ),
);

/** The query's defined entries in key order: the same query written in another order is the same page. */
function sortedEntries(query: ListSendersQuery): [string, unknown][] {
  return Object.entries(query)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
}

export const senderListPages = pageLoader(
  (k: { projectId: string; query: ListSendersQuery }) => [k.projectId, sortedEntries(k.query)],
  // Sent in the same key order as well (the query string does not depend on how the query was written).
  (ctx, k) =>
    ctx.deps.client.rcsSenders.list(
      k.projectId,
      Object.fromEntries(sortedEntries(k.query)) as ListSendersQuery,
      callOptions(ctx),
    ),
);

const memoCache = createContextCache(() => new Map<string, Promise<unknown>>());

/** One call per distinct (caller, parts) per request, for reads that have no batch loader of their own. */
export function memo<T>(ctx: LoaderContext, parts: readonly unknown[], fn: () => Promise<T>): Promise<T> {
  const cache = memoCache(ctx);
  const key = makeKey(ctx.authKey, ...parts);
  let hit = cache.get(key) as Promise<T> | undefined;
  if (!hit) {
    hit = fn();
    cache.set(key, hit);
  }
  return hit;
}
