import type { Context } from '../../../context.ts';
import type { SchemaTypes } from '../../builder.ts';
import { upstreamCost } from '../../cost.ts';
import type { DomainErrorClass } from '../../errors.ts';
import { rejectInput } from '../../lib/mutations.ts';
import type { SenderRef } from '../../rcs-senders/ids.ts';
import { encodeWhatsappSenderId, resolveWhatsappSenderRef } from '../ids.ts';
import { loadWhatsappSender, WhatsappSender, type WhatsappSenderRecord, whatsappSenders } from '../sender.ts';

// The WhatsApp sender a mutation names, and reading it back after a write whose answer lacks it (204s,
// register, comments), as src/schema/rcs-senders/mutations/sender-ref.ts does for RCS.

/** The sender an input names: a WhatsappSender global id, or an upstream id with projectId. */
export function whatsappSenderRefOf(
  id: string,
  projectId: string | null | undefined,
  idField: 'id' | 'senderId',
  allowed: readonly DomainErrorClass[],
): SenderRef {
  const ref = resolveWhatsappSenderRef(id, projectId);
  if (ref) return ref;
  if (id.trim() === '') rejectInput([{ path: ['input', idField], message: 'Must not be empty.' }], allowed);
  const message = projectId
    ? 'Does not match the project of the sender global id.'
    : 'Required when the sender is given by its upstream id (not a global id).';
  return rejectInput([{ path: ['input', 'projectId'], message }], allowed);
}

/** The ids a NotFoundError reports. */
export function whatsappSenderIds(ref: SenderRef): { sender: string; project: string } {
  return { sender: encodeWhatsappSenderId(ref.projectId, ref.senderId), project: ref.projectId };
}

/** After a write whose answer lacks the sender: selecting it costs one fresh GET, none when not selected. */
export function forgetWhatsappSender(ctx: Context, ref: SenderRef): void {
  WhatsappSender.getDataloader(ctx).clear(whatsappSenders.key(ctx, ref.projectId, ref.senderId));
}

async function reloadWhatsappSender(ctx: Context, ref: SenderRef): Promise<WhatsappSenderRecord> {
  const sender = await loadWhatsappSender(ctx, ref.projectId, ref.senderId);
  if (!sender) throw new Error('The sender disappeared right after a successful write.');
  return sender;
}

type SuccessFields<P extends { ref: SenderRef }> = PothosSchemaTypes.ObjectFieldBuilder<
  PothosSchemaTypes.ExtendDefaultTypes<SchemaTypes>,
  P
>;

/**
 * `sender` on a success type whose upstream answer lacks it: one GET when selected, none otherwise.
 * Nullable: the write happened before this read-back, so a failed GET is an error on this field alone and
 * never makes a write that happened look failed (inviting a duplicating retry).
 */
export function readBackWhatsappSenderField<P extends { ref: SenderRef }>(t: SuccessFields<P>, what: string) {
  return t.field({
    type: WhatsappSender,
    nullable: true,
    description: `${what} The upstream response does not include it, so selecting it costs one GET of the sender. Null, with an error at this path, when that GET fails: the change itself was made, so do not retry the mutation.`,
    extensions: upstreamCost({ calls: 1 }),
    resolve: (p, _args, ctx) => reloadWhatsappSender(ctx, p.ref),
  });
}
