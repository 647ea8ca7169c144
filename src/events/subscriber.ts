// One subscriber's bounded queue, shared by both buses. The publisher only ever appends (O(1), never waits),
// so a slow subscriber cannot delay the others; one that falls more than `bufferSize` events behind is cut
// off: its queue is dropped, its next() throws SubscriberTooSlowError once and the iterator is done.
import { SubscriberTooSlowError } from './types.ts';

/** Events a subscriber may fall behind before it is cut off, unless subscribe() says otherwise. */
export const DEFAULT_BUFFER_SIZE = 256;

export interface Subscriber<T> {
  /** Called by the bus for every event of the subscriber's topic. */
  push(value: T): void;
  /** Ends the iterator (the bus is closing); a pending next() resolves done. */
  end(): void;
  readonly iterator: AsyncIterableIterator<T>;
}

/**
 * `unsubscribe` runs exactly once, whichever way the subscriber ends: return()/throw() by the consumer, an
 * overflow, or end() by the bus.
 */
export function createSubscriber<T>(bufferSize: number, unsubscribe: () => void): Subscriber<T> {
  if (!Number.isInteger(bufferSize) || bufferSize < 1) {
    throw new RangeError(`bufferSize must be a positive integer, got ${bufferSize}`);
  }
  let queue: T[] = [];
  let waiting: ((result: IteratorResult<T>) => void) | undefined;
  let failure: SubscriberTooSlowError | undefined;
  let done = false;

  const finish = () => {
    if (done) return;
    done = true;
    queue = [];
    unsubscribe();
    const w = waiting;
    waiting = undefined;
    w?.({ value: undefined, done: true });
  };

  const iterator: AsyncIterableIterator<T> = {
    next() {
      if (queue.length > 0) return Promise.resolve({ value: queue.shift() as T, done: false });
      if (failure) {
        const error = failure;
        failure = undefined;
        return Promise.reject(error);
      }
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => {
        waiting = resolve;
      });
    },
    return() {
      failure = undefined;
      finish();
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(error?: unknown) {
      failure = undefined;
      finish();
      return Promise.reject(error);
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };

  return {
    push(value) {
      if (done) return;
      if (waiting) {
        const w = waiting;
        waiting = undefined;
        w({ value, done: false });
        return;
      }
      if (queue.length >= bufferSize) {
        // Behind by the queued events plus this one. What was queued is dropped: the consumer has to
        // re-read the state anyway, and a stale backlog would only delay that.
        failure = new SubscriberTooSlowError(queue.length + 1);
        finish();
        return;
      }
      queue.push(value);
    },
    end: finish,
    iterator,
  };
}
