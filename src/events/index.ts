// The server's event bus and nonce store: Redis when REDIS_URL is set (several instances share deliveries
// and replays), else in process.
//
// Redis down (at start or later): the server starts and serves GraphQL as usual; ioredis reconnects in the
// background (backoff up to 2 s) and one error line is logged per outage (host and port only, never the
// URL's password), one info line when it is back. Meanwhile a webhook delivery cannot be de-duplicated, so
// the receiver answers 503 (Sinch delivers it again later); live subscriptions stay open and get events
// again once their connection resubscribes (Redis pub/sub keeps nothing: what was published in between is
// not replayed).
import { Redis } from 'ioredis';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import { createMemoryEventBus, createMemoryNonceStore } from './memory.ts';
import { createRedisEventBus, createRedisNonceStore } from './redis.ts';
import type { EventBus, NonceStore } from './types.ts';

export interface Events {
  readonly kind: 'memory' | 'redis';
  readonly bus: EventBus;
  readonly nonces: NonceStore;
  /** Ends every subscription and closes the Redis connections (idempotent). */
  close(): Promise<void>;
}

/** How long one Redis command (PUBLISH, the nonce SET) may take, offline queue included, before it fails. */
export const REDIS_COMMAND_TIMEOUT_MS = 2000;

export function createEvents(config: Pick<Config, 'redisUrl'>, logger: Logger): Events {
  if (!config.redisUrl) {
    const bus = createMemoryEventBus();
    const nonces = createMemoryNonceStore();
    return {
      kind: 'memory',
      bus,
      nonces,
      close: once(async () => {
        await bus.close();
        await nonces.close();
      }),
    };
  }
  const where = redisAddress(config.redisUrl);
  const watch = (client: Redis, role: string) => {
    let down = false;
    client.on('error', (error: Error & { code?: string }) => {
      if (down) return;
      down = true;
      logger.error(
        { redis: where, role, code: error.code, error: error.message },
        'redis: connection failed; live events and webhook deliveries wait for it (retrying)',
      );
    });
    client.on('ready', () => {
      if (!down) return;
      down = false;
      logger.info({ redis: where, role }, 'redis: connected again');
    });
    return client;
  };
  const retryStrategy = (times: number) => Math.min(times * 100, 2000);
  // Commands fail fast while Redis is away (the receiver answers 503), instead of queueing without end.
  const commands = watch(
    new Redis(config.redisUrl, {
      connectionName: 'sinch-graphql',
      maxRetriesPerRequest: 1,
      commandTimeout: REDIS_COMMAND_TIMEOUT_MS,
      retryStrategy,
    }),
    'commands',
  );
  // Subscriber mode: SUBSCRIBE waits for the connection, and ioredis subscribes again after a reconnect.
  const subscriptions = watch(
    new Redis(config.redisUrl, {
      connectionName: 'sinch-graphql-subscriber',
      maxRetriesPerRequest: null,
      autoResubscribe: true,
      retryStrategy,
    }),
    'subscriptions',
  );
  const bus = createRedisEventBus(commands, subscriptions, (error, what) =>
    logger.warn({ redis: where, error: (error as Error)?.message }, `redis: ${what} failed`),
  );
  const nonces = createRedisNonceStore(commands);
  return {
    kind: 'redis',
    bus,
    nonces,
    close: once(async () => {
      await bus.close();
      await Promise.all([quit(commands), quit(subscriptions)]);
    }),
  };
}

/** host:port of a Redis URL, for logs: never its user or password. */
export function redisAddress(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.hostname}:${u.port || '6379'}`;
  } catch {
    return '(invalid REDIS_URL)';
  }
}

async function quit(client: Redis): Promise<void> {
  if (client.status === 'ready') {
    try {
      await client.quit();
      return;
    } catch {
      // fall through: drop the connection
    }
  }
  client.disconnect();
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => {
    running ??= fn();
    return running;
  };
}
