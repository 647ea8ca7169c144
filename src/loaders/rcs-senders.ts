import { callOptions } from '../context.ts';
import type { RcsSender } from '../upstream/types.ts';
import type { LoaderContext } from './keys.ts';
import { senderListPages } from './pages.ts';
import { senderReadPath } from './sender-reads.ts';

// The RCS sender read path of a request: what is RCS's in it (the record, the GET, the list pages); the
// loader's keys, batch function, priming and list pages are src/loaders/sender-reads.ts's, so a sender is
// fetched at most once per request whichever way it is reached (`node`, `nodes`, `Project.rcsSender`, list
// items, entities, mutation results).

/**
 * A sender as the graph holds it: the upstream DTO plus the project it belongs to (the DTO does not say).
 * `authToken` is removed on the way in: it is a secret the graph never serves, so it is not kept either.
 */
export type SenderRecord = Omit<RcsSender, 'authToken'> & { readonly projectId: string };

export function toSenderRecord(projectId: string, dto: RcsSender): SenderRecord {
  const { authToken: _secret, ...rest } = dto;
  return { ...rest, projectId };
}

/** The RCS sender read path (its node: src/schema/rcs-senders/sender.ts). */
export const rcsSenderReadPath = senderReadPath({
  keyTag: [],
  toRecord: toSenderRecord,
  get: (ctx: LoaderContext, projectId: string, senderId: string) =>
    ctx.deps.client.rcsSenders.get(projectId, senderId, callOptions(ctx)),
  listPages: senderListPages,
});

/**
 * The sender loader's key. A string, not an object: the loader is the RcsSender node's, and Pothos takes
 * only string, number or bigint keys there (a node id parses to one).
 */
export const senderKey = rcsSenderReadPath.key;

/**
 * Batch function of the sender loader: one GET .../senders/{senderId} per key, after the list pages in
 * flight; an absent sender (sender_not_found, project_not_found, invalid_id_format) is null.
 */
export const loadRcsSendersById = rcsSenderReadPath.loadById;
