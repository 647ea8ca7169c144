import { decodeSenderId, type SenderRef } from './rcs-senders/ids.ts';

// What a federation representation refers to, decided the same way by the `_entities` resolver (which
// loads it) and by the upstream-call estimate (which counts what loading it will cost). No GraphQL here.

/** The entities this subgraph resolves, by `__typename`. */
export const ENTITY_TYPENAMES = ['Project', 'RcsSender'] as const;

export type EntityKey =
  | { kind: 'sender'; sender: SenderRef }
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
  if (rep.__typename !== 'RcsSender') return { kind: 'unusable' };
  // A global id wins over the upstream key, as in `node`: it names both the project and the sender.
  if (typeof rep.id === 'string') {
    const sender = decodeSenderId(rep.id);
    return sender ? { kind: 'sender', sender } : { kind: 'malformed' };
  }
  if (nonEmpty(rep.projectId) && nonEmpty(rep.senderId)) {
    return { kind: 'sender', sender: { projectId: rep.projectId, senderId: rep.senderId } };
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
    if (key.kind === 'sender') senders.add(`${key.sender.projectId}\u0000${key.sender.senderId}`);
    else if (key.kind === 'project') projects.add(key.projectId);
  }
  return { senders: senders.size, projects: projects.size };
}
