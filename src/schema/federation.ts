// Federation 2 entity declarations. Kept out of the type files: the types stay what the plain graph
// needs, and this file says how another subgraph's representation turns back into one of them.
import type { Context } from '../context.ts';
import { builder } from './builder.ts';
import { Project } from './project.ts';
import { decodeSenderId } from './rcs-senders/ids.ts';
import { loadSender, RcsSender, type SenderRecord } from './rcs-senders/rcs-sender.ts';

/** The federation spec the subgraph links (and `subgraph.graphql` prints). */
export const FEDERATION_LINK_URL = 'https://specs.apollo.dev/federation/v2.6';

// A project is a handle for its id, here as everywhere: resolving one costs no upstream call.
builder.asEntity(Project, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }) => ({ id: String(id) }),
});

type SenderRepresentation = { id: string } | { projectId: string; senderId: string };

/**
 * A sender representation → the sender, through the request's sender loader (the same batch, cache and
 * concurrency cap as `node`, `nodes` and list items): 100 representations cost one GET per distinct
 * sender. Null, not an error, when the sender does not exist for this caller or the key is malformed.
 */
export function resolveSenderReference(
  ref: SenderRepresentation,
  ctx: Context,
): Promise<SenderRecord | null> | null {
  if ('id' in ref && typeof ref.id === 'string') {
    const decoded = decodeSenderId(ref.id);
    return decoded ? loadSender(ctx, decoded.projectId, decoded.senderId) : null;
  }
  if ('projectId' in ref && typeof ref.projectId === 'string' && typeof ref.senderId === 'string') {
    if (ref.projectId === '' || ref.senderId === '') return null;
    return loadSender(ctx, ref.projectId, ref.senderId);
  }
  return null;
}

builder.asEntity(RcsSender, {
  key: [
    builder.selection<{ id: string }>('id'),
    builder.selection<{ projectId: string; senderId: string }>('projectId senderId'),
  ],
  resolveReference: (ref, ctx) => resolveSenderReference(ref, ctx),
});
