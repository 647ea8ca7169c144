import { decodeSenderId, type SenderRef } from './rcs-senders/ids.ts';
import { decodeWhatsappSenderId } from './whatsapp/ids.ts';

// What a federation representation refers to, decided the same way by the `_entities` resolver (which
// loads it) and by the upstream-call estimate (which counts what loading it will cost). No GraphQL here.

/** The entities this subgraph resolves, by `__typename`. */
export const ENTITY_TYPENAMES = ['Project', 'RcsSender', 'WhatsappSender'] as const;

/** The sender entities, by `__typename`, with the decoder of their global ids. */
const SENDER_DECODERS = {
  RcsSender: decodeSenderId,
  WhatsappSender: decodeWhatsappSenderId,
} as const;
export type SenderTypename = keyof typeof SENDER_DECODERS;

export type EntityKey =
  | { kind: 'sender'; typename: SenderTypename; sender: SenderRef }
  | { kind: 'project'; projectId: string }
  /** A known entity type whose key is malformed: resolves to null, with no upstream call. */
  | { kind: 'malformed' }
  /** Not a representation of one of our entities at all (no or another `__typename`, not an object). */
  | { kind: 'unusable' };

const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value !== '';

export function entityKeyOf(representation: unknown): EntityKey {
  if (!representation || typeof representation !== 'object' || Array.isArray(representation)) {
    return { kind: 'unusable' };
  }
  const rep = representation as Record<string, unknown>;
  if (rep.__typename === 'Project') {
    return nonEmpty(rep.id) ? { kind: 'project', projectId: rep.id } : { kind: 'malformed' };
  }
  if (rep.__typename !== 'RcsSender' && rep.__typename !== 'WhatsappSender') return { kind: 'unusable' };
  const typename: SenderTypename = rep.__typename;
  // A global id wins over the upstream key, as in `node`: it names both the project and the sender.
  if (typeof rep.id === 'string') {
    const sender = SENDER_DECODERS[typename](rep.id);
    return sender ? { kind: 'sender', typename, sender } : { kind: 'malformed' };
  }
  if (nonEmpty(rep.projectId) && nonEmpty(rep.senderId)) {
    return { kind: 'sender', typename, sender: { projectId: rep.projectId, senderId: rep.senderId } };
  }
  return { kind: 'malformed' };
}

/** Distinct senders and projects among the representations: what one `_entities` call will load. */
export function distinctEntities(representations: readonly unknown[]): { senders: number; projects: number } {
  const senders = new Set<string>();
  const projects = new Set<string>();
  for (const rep of representations) {
    const key = entityKeyOf(rep);
    // The sender loader's key is (credential, project, sender): both key forms of a sender meet here.
    if (key.kind === 'sender') {
      senders.add(`${key.typename}\u0000${key.sender.projectId}\u0000${key.sender.senderId}`);
    } else if (key.kind === 'project') projects.add(key.projectId);
  }
  return { senders: senders.size, projects: projects.size };
}

/**
 * A `nodes(ids)` id as the representation it loads like: a WhatsApp sender global id as a WhatsappSender,
 * anything else as an RcsSender (which decodes only RCS ids; the rest loads nothing).
 */
export function globalIdRepresentation(id: unknown): { __typename: SenderTypename; id: unknown } {
  const whatsapp = typeof id === 'string' && decodeWhatsappSenderId(id) !== null;
  return { __typename: whatsapp ? 'WhatsappSender' : 'RcsSender', id };
}
