import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import { callOptions } from '../context.ts';
import type {
  ListSendersQuery,
  RcsAccountNotificationList,
  RcsSenderList,
  RcsSenderNotificationList,
} from '../upstream/types.ts';
import { makeKey, parseKey } from './keys.ts';
import type { LoaderContext } from './rcs-senders.ts';

// Page loaders: one upstream call per distinct (caller, resource, query, page token, page size) per
// request, so aliases and repeated paths (and `comments` reading the pages `activities` read) cost nothing.

export function senderActivityPageKey(
  authKey: string,
  projectId: string,
  senderId: string,
  pageToken: string | undefined,
  pageSize: number,
): string {
  return makeKey(authKey, projectId, senderId, pageToken ?? null, pageSize);
}

export async function loadRcsSenderActivityPagesByToken(
  ctx: LoaderContext,
  keys: readonly string[],
): Promise<(RcsSenderNotificationList | Error)[]> {
  return Promise.all(
    keys.map(async (key) => {
      const [projectId, senderId, pageToken, pageSize] = parseKey(key) as [
        string,
        string,
        string | null,
        number,
      ];
      try {
        return await ctx.deps.client.rcsSenders.listActivities(
          projectId,
          senderId,
          { pageSize, ...(pageToken === null ? {} : { pageToken }) },
          callOptions(ctx),
        );
      } catch (error) {
        return error instanceof Error ? error : new Error(String(error));
      }
    }),
  );
}

export function senderListPageKey(authKey: string, projectId: string, query: ListSendersQuery): string {
  // Sorted entries: the same query written in another key order is the same page.
  const entries = Object.entries(query)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return makeKey(authKey, projectId, entries);
}

export async function loadRcsSenderPagesByQuery(
  ctx: LoaderContext,
  keys: readonly string[],
): Promise<(RcsSenderList | Error)[]> {
  return Promise.all(
    keys.map(async (key) => {
      const [projectId, entries] = parseKey(key) as [string, [string, unknown][]];
      const query = Object.fromEntries(entries) as ListSendersQuery;
      try {
        return await ctx.deps.client.rcsSenders.list(projectId, query, callOptions(ctx));
      } catch (error) {
        return error instanceof Error ? error : new Error(String(error));
      }
    }),
  );
}

export function accountActivityPageKey(
  authKey: string,
  projectId: string,
  pageToken: string | undefined,
  pageSize: number,
): string {
  return makeKey(authKey, projectId, pageToken ?? null, pageSize);
}

export async function loadRcsAccountActivityPagesByToken(
  ctx: LoaderContext,
  keys: readonly string[],
): Promise<(RcsAccountNotificationList | Error)[]> {
  return Promise.all(
    keys.map(async (key) => {
      const [projectId, pageToken, pageSize] = parseKey(key) as [string, string | null, number];
      try {
        return await ctx.deps.client.rcsAccounts.listActivities(
          projectId,
          { pageSize, ...(pageToken === null ? {} : { pageToken }) },
          callOptions(ctx),
        );
      } catch (error) {
        return error instanceof Error ? error : new Error(String(error));
      }
    }),
  );
}

/** Per-request loaders (created on first use, kept on the request's context object). */
export const senderActivityPages = createContextCache(
  (ctx: LoaderContext) =>
    new DataLoader((keys: readonly string[]) => loadRcsSenderActivityPagesByToken(ctx, keys)),
);
export const senderListPages = createContextCache(
  (ctx: LoaderContext) => new DataLoader((keys: readonly string[]) => loadRcsSenderPagesByQuery(ctx, keys)),
);
export const accountActivityPages = createContextCache(
  (ctx: LoaderContext) =>
    new DataLoader((keys: readonly string[]) => loadRcsAccountActivityPagesByToken(ctx, keys)),
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
