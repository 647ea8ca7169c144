import { senderWrites } from '../../lib/sender-writes.ts';
import { encodeWhatsappSenderId, resolveWhatsappSenderRef } from '../ids.ts';
import { loadWhatsappSender, WhatsappSender, type WhatsappSenderRecord, whatsappSenders } from '../sender.ts';

// The WhatsApp sender a mutation names, and reading it back after a write whose answer lacks it (204s,
// register, comments): src/schema/lib/sender-writes.ts, as for RCS.

const whatsapp = senderWrites<WhatsappSenderRecord>({
  type: WhatsappSender,
  resolveRef: resolveWhatsappSenderRef,
  encodeId: encodeWhatsappSenderId,
  load: loadWhatsappSender,
  forget: (ctx, ref) =>
    WhatsappSender.getDataloader(ctx).clear(whatsappSenders.key(ctx, ref.projectId, ref.senderId)),
});

/** The sender an input names: a WhatsappSender global id, or an upstream id with projectId. */
export const whatsappSenderRefOf = whatsapp.refOf;
/** The ids a NotFoundError reports. */
export const whatsappSenderIds = whatsapp.ids;
/** After a write whose answer lacks the sender: selecting it costs one fresh GET, none when not selected. */
export const forgetWhatsappSender = whatsapp.forget;
/** `sender` on a success type whose upstream answer lacks it: one GET when selected, none otherwise. */
export const readBackWhatsappSenderField = whatsapp.readBackField;
