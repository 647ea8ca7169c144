import { encodeGlobalID } from '@pothos/plugin-relay';
import { parseRawSenderId, rawSenderId, type SenderRef } from '../rcs-senders/ids.ts';

// A WhatsApp sender's global id is the Relay id of "projectId:senderId", as an RCS sender's
// (src/schema/rcs-senders/ids.ts): the upstream addresses a sender only within its project.

export const WHATSAPP_SENDER_TYPENAME = 'WhatsappSender';

export function encodeWhatsappSenderId(projectId: string, senderId: string): string {
  return encodeGlobalID(WHATSAPP_SENDER_TYPENAME, rawSenderId(projectId, senderId));
}

const BASE64 = /^(?:[\d+/A-Za-z]{4})*(?:[\d+/A-Za-z]{2}==|[\d+/A-Za-z]{3}=)?$/;
const PREFIX = `${WHATSAPP_SENDER_TYPENAME}:`;

/** Decodes a WhatsApp sender global id; null when `id` is not one (without an exception, as for RCS). */
export function decodeWhatsappSenderId(id: string): SenderRef | null {
  if (id === '' || !BASE64.test(id)) return null;
  const decoded = Buffer.from(id, 'base64').toString();
  return decoded.startsWith(PREFIX) ? parseRawSenderId(decoded.slice(PREFIX.length)) : null;
}

/**
 * A WhatsApp sender global id, or an upstream sender id together with its project id. A global id wins
 * and must name this project when `projectId` is given. Null when neither form resolves.
 */
export function resolveWhatsappSenderRef(id: string, projectId?: string | null): SenderRef | null {
  const decoded = decodeWhatsappSenderId(id);
  if (decoded) return projectId && decoded.projectId !== projectId ? null : decoded;
  if (!projectId || id.trim() === '') return null;
  return { projectId, senderId: id };
}
