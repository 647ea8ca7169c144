// The Redis event bus and nonce store (REDIS_URL): every instance publishes to and subscribes from the same
// Redis, so a delivery received by one instance reaches the subscribers of all, and a nonce claimed by one
// is a replay for all. Channel fan-out is @graphql-yoga/redis-event-target's (one SUBSCRIBE per project
// channel however many local subscribers, UNSUBSCRIBE when the last leaves); each local subscriber has its
// own bounded queue (subscriber.ts).
//
// Not yoga's createPubSub on top: its per-subscriber Repeater throws inside the publisher's dispatch after
// 1024 unread events (instead of ending only the slow subscriber), and its publish drops ioredis's promise,
// so a PUBLISH while Redis is down would be an unhandled rejection. PUBLISH is awaited here instead.
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import type { Redis } from 'ioredis';
import { createSubscriber, DEFAULT_BUFFER_SIZE, type Subscriber } from './subscriber.ts';
import type { EventBus, NonceStore, SinchEvent } from './types.ts';

/** Every key and channel this server uses starts with it (one Redis can serve other applications too). */
export const REDIS_PREFIX = 'sinch-graphql:';
export const eventChannel = (projectId: string) => `${REDIS_PREFIX}events:${projectId}`;
export const nonceKey = (nonce: string) => `${REDIS_PREFIX}webhook-nonce:${nonce}`;

type Listener = (event: { detail: unknown }) => void;

export interface RedisEventBus extends EventBus {
  /** Live local subscribers, of one project or of all. */
  subscriberCount(projectId?: string): number;
}

/**
 * `publishClient` sends PUBLISH (and may be shared with the nonce store); `subscribeClient` is in subscriber
 * mode, used for nothing else. Neither is closed here: createEvents owns the connections.
 */
export function createRedisEventBus(
  publishClient: Redis,
  subscribeClient: Redis,
  onError: (error: unknown, what: string) => void,
): RedisEventBus {
  const target = createRedisEventTarget<CustomEvent>({
    publishClient,
    subscribeClient: guardSubscriptions(subscribeClient, onError),
    // A malformed message on our channel (another writer) must not throw inside ioredis's message handler.
    serializer: {
      stringify: JSON.stringify,
      parse: (message) => {
        try {
          return JSON.parse(message);
        } catch {
          return undefined;
        }
      },
    },
  });
  const local = new Map<string, Set<Subscriber<SinchEvent>>>();
  let closed = false;

  return {
    async publish(event) {
      await publishClient.publish(eventChannel(event.projectId), JSON.stringify(event));
    },
    subscribe(projectId, opts = {}) {
      const channel = eventChannel(projectId);
      let set = local.get(projectId);
      if (!set) {
        set = new Set();
        local.set(projectId, set);
      }
      const own = set;
      const listener: Listener = ({ detail }) => {
        if (isEvent(detail, projectId)) subscriber.push(detail);
      };
      const subscriber = createSubscriber<SinchEvent>(opts.bufferSize ?? DEFAULT_BUFFER_SIZE, () => {
        target.removeEventListener(channel, listener as unknown as EventListener);
        own.delete(subscriber);
        if (own.size === 0 && local.get(projectId) === own) local.delete(projectId);
      });
      if (closed) {
        subscriber.end();
        return subscriber.iterator;
      }
      own.add(subscriber);
      target.addEventListener(channel, listener as unknown as EventListener);
      return subscriber.iterator;
    },
    subscriberCount(projectId) {
      if (projectId !== undefined) return local.get(projectId)?.size ?? 0;
      let n = 0;
      for (const set of local.values()) n += set.size;
      return n;
    },
    async close() {
      closed = true;
      for (const set of [...local.values()]) for (const subscriber of [...set]) subscriber.end();
      local.clear();
    },
  };
}

/** `SET key 1 NX EX ttl`: the first claim of a nonce anywhere wins; Redis forgets it after the ttl. */
export function createRedisNonceStore(client: Redis): NonceStore {
  return {
    async claim(nonce, ttlSeconds) {
      const reply = await client.set(nonceKey(nonce), '1', 'EX', Math.max(1, Math.ceil(ttlSeconds)), 'NX');
      return reply === 'OK';
    },
    async close() {},
  };
}

function isEvent(value: unknown, projectId: string): value is SinchEvent {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Partial<SinchEvent>;
  return e.projectId === projectId && typeof e.type === 'string' && typeof e.body === 'object';
}

// redis-event-target calls subscribe()/unsubscribe() without awaiting them; a rejection (the connection
// closed while the command waited) would be unhandled and end the process. The proxy catches and reports.
function guardSubscriptions(client: Redis, onError: (error: unknown, what: string) => void): Redis {
  return new Proxy(client, {
    get(t, prop) {
      if (prop === 'subscribe' || prop === 'unsubscribe') {
        return (...channels: string[]) =>
          (t[prop] as (...c: string[]) => Promise<unknown>).apply(t, channels).catch((error: unknown) => {
            onError(error, prop);
          });
      }
      const value = Reflect.get(t, prop, t);
      return typeof value === 'function' ? value.bind(t) : value;
    },
  });
}
