import { senderWrites } from '../../lib/sender-writes.ts';
import { encodeWhatsappSenderId, resolveWhatsappSenderRef } from '../ids.ts';
import { loadWhatsappSender, primeWhatsappSender, WhatsappSender, whatsappSenders } from '../sender.ts';

/**
 * The writes on a WhatsApp sender (src/schema/lib/sender-writes.ts, as for RCS): the sender an input names
 * (a WhatsappSender global id, or an upstream id with projectId), the success types, and the sender read
 * back after a write whose answer lacks it (204s, register, comments).
 */
export const whatsappSenderWrites = senderWrites({
  type: WhatsappSender,
  resolveRef: resolveWhatsappSenderRef,
  encodeId: encodeWhatsappSenderId,
  load: loadWhatsappSender,
  forget: (ctx, ref) =>
    WhatsappSender.getDataloader(ctx).clear(whatsappSenders.key(ctx, ref.projectId, ref.senderId)),
  prime: primeWhatsappSender,
});
