import { createContextCache } from '@pothos/core';
import { type Context, callOptions } from '../context.ts';
import { UpstreamBadRequestError, UpstreamNotFoundError } from '../upstream/errors.ts';
import type { RcsSender } from '../upstream/types.ts';
import { makeKey, parseKey } from './keys.ts';

/** What the batch functions need from a request context. */
export type LoaderContext = Pick<
  Context,
  'auth' | 'authKey' | 'deps' | 'signal' | 'deadline' | 'requestId' | 'meter'
>;

/**
 * A sender as the graph holds it: the upstream DTO plus the project it belongs to (the DTO does not say).
 * `authToken` is removed on the way in: it is a secret the graph never serves, so it is not kept either.
 */
export type SenderRecord = Omit<RcsSender, 'authToken'> & { readonly projectId: string };

export function toSenderRecord(projectId: string, dto: RcsSender): SenderRecord {
  const { authToken: _secret, ...rest } = dto;
  return { ...rest, projectId };
}

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
export const listedSenders = createContextCache(() => ({
  pending: new Set<Promise<unknown>>(),
  byKey: new Map<string, SenderRecord>(),
}));

/** Registers an in-flight list call of this request (see listedSenders). */
export function trackListCall<T>(ctx: LoaderContext, call: Promise<T>): Promise<T> {
  const seen = listedSenders(ctx);
  seen.pending.add(call);
  const done = () => {
    seen.pending.delete(call);
  };
  call.then(done, done);
  return call;
}

/**
 * Batch function of the sender loader. The upstream has no batch get, so each key is one
 * GET .../senders/{senderId}, all asked at once (the client's fair pool bounds them). Order-preserving; an absent sender is
 * null, any other failure an Error in that key's place only.
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
        if (isAbsent(error)) return null;
        return error instanceof Error ? error : new Error(String(error));
      }
    }),
  );
}
