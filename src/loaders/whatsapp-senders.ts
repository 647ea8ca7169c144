import type DataLoader from 'dataloader';
import { callOptions } from '../context.ts';
import type { WhatsappSender, WhatsappSenderList } from '../upstream/whatsapp-types.ts';
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

const readPath = senderReadPath({
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

/** The loader key (a string: Pothos node loaders take only scalar keys). Its own tag: never an RCS key. */
export const whatsappSenderKey = readPath.key;

/**
 * Batch function of the WhatsApp sender loader: one GET .../whatsapp/senders/{senderId} per key (no batch
 * get upstream), after the list pages in flight, whose senders are served without a call. An absent sender
 * is null, any other failure an Error in that key's place only.
 */
export const loadWhatsappSendersById = readPath.loadById;

export type WhatsappSenderLoader = DataLoader<string, WhatsappSenderRecord | null, string>;

/** A page of the sender list, its senders as records (`items`), already in the request's sender loader. */
export type WhatsappSenderListPage = WhatsappSenderList & { readonly items: WhatsappSenderRecord[] };

/** The WhatsApp sender reads of a request, over the node's loader (src/schema/whatsapp/sender.ts). */
export const whatsappSenderReads: (
  loaderOf: (ctx: LoaderContext) => WhatsappSenderLoader,
) => ReturnType<typeof readPath.reads> = readPath.reads;
