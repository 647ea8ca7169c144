// The in-process event bus and nonce store: one server instance, no REDIS_URL. Nothing is shared with
// another process (src/events/redis.ts is the shared variant).
import { createSubscriber, DEFAULT_BUFFER_SIZE, type Subscriber } from './subscriber.ts';
import type { EventBus, NonceStore, SinchEvent } from './types.ts';

export interface MemoryEventBus extends EventBus {
  /** Live subscribers, of one project or of all (the leak checks read it). */
  subscriberCount(projectId?: string): number;
}

export function createMemoryEventBus(): MemoryEventBus {
  const topics = new Map<string, Set<Subscriber<SinchEvent>>>();
  let closed = false;

  return {
    async publish(event) {
      const subscribers = topics.get(event.projectId);
      if (!subscribers) return;
      // One copy per event, so no subscriber shares objects with the publisher (as with Redis, where every
      // subscriber gets its own parse). Iterate a snapshot: an overflow unsubscribes during the loop.
      const copy = structuredClone(event);
      for (const subscriber of [...subscribers]) subscriber.push(copy);
    },
    subscribe(projectId, opts = {}) {
      let set = topics.get(projectId);
      if (!set) {
        set = new Set();
        topics.set(projectId, set);
      }
      const own = set;
      const subscriber = createSubscriber<SinchEvent>(opts.bufferSize ?? DEFAULT_BUFFER_SIZE, () => {
        own.delete(subscriber);
        if (own.size === 0 && topics.get(projectId) === own) topics.delete(projectId);
      });
      if (closed) subscriber.end();
      else own.add(subscriber);
      return subscriber.iterator;
    },
    subscriberCount(projectId) {
      if (projectId !== undefined) return topics.get(projectId)?.size ?? 0;
      let n = 0;
      for (const set of topics.values()) n += set.size;
      return n;
    },
    async close() {
      closed = true;
      for (const set of [...topics.values()]) for (const subscriber of [...set]) subscriber.end();
      topics.clear();
    },
  };
}

/** Nonces remembered at most; past it the oldest go first (a replay that old is then published again). */
export const MEMORY_NONCE_CAPACITY = 100_000;

export function createMemoryNonceStore(
  opts: { capacity?: number; now?: () => number } = {},
): NonceStore & { readonly size: number } {
  const capacity = opts.capacity ?? MEMORY_NONCE_CAPACITY;
  const now = opts.now ?? Date.now;
  // nonce → expiry (epoch ms). Insertion order is claim order, so the first entries are the oldest.
  const seen = new Map<string, number>();

  const sweep = (t: number) => {
    for (const [nonce, expires] of seen) if (expires <= t) seen.delete(nonce);
  };

  return {
    get size() {
      return seen.size;
    },
    async claim(nonce, ttlSeconds) {
      const t = now();
      const expires = seen.get(nonce);
      if (expires !== undefined && expires > t) return false;
      seen.delete(nonce);
      if (seen.size >= capacity) {
        sweep(t);
        // Still full of live nonces: forget the oldest (bounded memory beats remembering every replay).
        for (const oldest of seen.keys()) {
          if (seen.size < capacity) break;
          seen.delete(oldest);
        }
      }
      seen.set(nonce, t + ttlSeconds * 1000);
      return true;
    },
    async close() {
      seen.clear();
    },
  };
}
