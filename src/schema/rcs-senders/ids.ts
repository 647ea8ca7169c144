import { encodeGlobalID } from '@pothos/plugin-relay';

// A sender's global id is the Relay id of "projectId:senderId": the upstream addresses a sender only
// within its project, so the id must carry both for `node`/`nodes` to work without extra arguments.

export const SENDER_TYPENAME = 'RcsSender';

export interface SenderRef {
  projectId: string;
  senderId: string;
}

/** The raw (pre-base64) node id: "projectId:senderId". */
export function rawSenderId(projectId: string, senderId: string): string {
  return `${projectId}:${senderId}`;
}

/** Splits a raw node id at the first ':' (project ids never contain one). Null when malformed. */
export function parseRawSenderId(raw: string): SenderRef | null {
  const at = raw.indexOf(':');
  if (at <= 0 || at === raw.length - 1) return null;
  return { projectId: raw.slice(0, at), senderId: raw.slice(at + 1) };
}

export function encodeSenderId(projectId: string, senderId: string): string {
  return encodeGlobalID(SENDER_TYPENAME, rawSenderId(projectId, senderId));
}

const BASE64 = /^(?:[\d+/A-Za-z]{4})*(?:[\d+/A-Za-z]{2}==|[\d+/A-Za-z]{3}=)?$/;
const PREFIX = `${SENDER_TYPENAME}:`;

/**
 * Decodes a sender global id; null when `id` is not one (wrong type, not base64, no project part). The same
 * format as the relay plugin's decodeGlobalID, without its exception: an upstream sender id (a UUID) is the
 * common input here, and a thrown error's stack capture costs more than the whole check.
 */
export function decodeSenderId(id: string): SenderRef | null {
  if (id === '' || !BASE64.test(id)) return null;
  const decoded = Buffer.from(id, 'base64').toString();
  return decoded.startsWith(PREFIX) ? parseRawSenderId(decoded.slice(PREFIX.length)) : null;
}

/**
 * Accepts a sender global id, or an upstream sender id together with its project id. A global id wins;
 * when `projectId` is also given it must match (a global id of another project is not this project's
 * sender). Null when neither form resolves.
 */
export function resolveSenderRef(id: string, projectId?: string | null): SenderRef | null {
  const decoded = decodeSenderId(id);
  if (decoded) {
    if (projectId && decoded.projectId !== projectId) return null;
    return decoded;
  }
  if (!projectId || id.trim() === '') return null;
  return { projectId, senderId: id };
}
