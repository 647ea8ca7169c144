import { callOptions } from '../context.ts';
import type { WhatsappSender } from '../upstream/whatsapp-types.ts';
import type { LoaderContext } from './keys.ts';
import { senderReadPath } from './sender-reads.ts';
import { whatsappSenderListPages } from './whatsapp-pages.ts';

// The WhatsApp sender read path of a request, as src/loaders/rcs-senders.ts is RCS's: what is WhatsApp's
// in it (the record, the key's tag, the GET, the list pages, one more "absent" answer); the rest is
// src/loaders/sender-reads.ts's, so a sender is fetched at most once per request whichever way it is
// reached (`node`, `nodes`, `Project.whatsappSender`, list items, entities, mutations).

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

/** The WhatsApp sender read path (its node: src/schema/whatsapp/sender.ts). */
export const whatsappSenderReadPath = senderReadPath({
  // Its own tag: a WhatsApp key is never an RCS key.
  keyTag: ['whatsapp'],
  toRecord: toWhatsappSenderRecord,
  get: (ctx: LoaderContext, projectId: string, senderId: string) =>
    ctx.deps.client.whatsappSenders.get(projectId, senderId, callOptions(ctx)),
  // A project without a WhatsApp account answers 400 project_not_initialized for every sender path
  // (contract §1): it has no senders.
  absentBadRequests: ['project_not_initialized'],
  listPages: whatsappSenderListPages,
});
