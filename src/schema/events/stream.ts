import { GraphQLError } from 'graphql';
import { SubscriberTooSlowError } from '../../events/types.ts';

// The plumbing between an event source and a GraphQL subscription. Sources are pulled, never pumped: an
// event is taken from the bus only when the client is ready for it, so a slow client backs up into the
// bus's bounded buffer (and is ended there) instead of an unbounded one here.
//
// A stream that must end with an error (too slow, credential rejected, poller gave up) yields one last
// `end` payload; the field's resolver throws its error, so the client gets a final result with that error
// (data null) and then the stream completes. A rejected iterator would instead tear the SSE response or
// WebSocket operation down with no reason given.

export type Payload<T> =
  | { readonly kind: 'event'; readonly value: T }
  | { readonly kind: 'end'; readonly error: GraphQLError };

/** The subscription field's resolve: the event, or the error that ends the stream. */
export function unwrap<T>(payload: Payload<T>): T {
  if (payload.kind === 'end') throw payload.error;
  return payload.value;
}

export interface Source<T> {
  next(): Promise<IteratorResult<T>>;
  return?(): unknown;
}

export function subscriptionError(message: string, code: string, extra: Record<string, unknown> = {}) {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const TOO_SLOW_MESSAGE =
  'This subscription fell too far behind the events and was ended; subscribe again (and read faster).';

/** What ends a stream, as the error its last payload carries. */
export function endingError(error: unknown): GraphQLError {
  if (error instanceof GraphQLError) return error;
  if (error instanceof SubscriberTooSlowError)
    return subscriptionError(TOO_SLOW_MESSAGE, 'SUBSCRIBER_TOO_SLOW', { buffered: error.buffered });
  return subscriptionError('The event stream failed.', 'INTERNAL_SERVER_ERROR');
}

export interface StreamOptions<S, T> {
  source: Source<S>;
  /** Settles with the error that ends the stream early (credential rejected, server closing). */
  stopped: Promise<GraphQLError>;
  /** Called before each event is mapped and delivered (a fresh per-event scope). */
  beforeEvent?: () => void;
  /** The event to deliver, or null to skip it (another sender, another type). */
  map: (item: S) => T | null;
  /** Runs once, however the stream ends: finished, ended with an error, or given up by the client. */
  release: () => void;
}

type Step<S> =
  | { kind: 'item'; result: IteratorResult<S> }
  | { kind: 'failed'; error: unknown }
  | { kind: 'stop'; error: GraphQLError };

async function* run<S, T>(opts: StreamOptions<S, T>): AsyncGenerator<Payload<T>> {
  const stop = opts.stopped.then((error): Step<S> => ({ kind: 'stop', error }));
  for (;;) {
    const step = await Promise.race([
      opts.source.next().then(
        (result): Step<S> => ({ kind: 'item', result }),
        (error: unknown): Step<S> => ({ kind: 'failed', error }),
      ),
      stop,
    ]);
    if (step.kind === 'stop') {
      yield { kind: 'end', error: step.error };
      return;
    }
    if (step.kind === 'failed') {
      yield { kind: 'end', error: endingError(step.error) };
      return;
    }
    if (step.result.done) return;
    opts.beforeEvent?.();
    const value = opts.map(step.result.value);
    if (value !== null) yield { kind: 'event', value };
  }
}

/**
 * The subscription's iterator. A plain async generator that is given up before its first `next()` never
 * runs its `finally`, so the release is tied to the iterator's own return() as well (idempotent).
 */
export function eventStream<S, T>(opts: StreamOptions<S, T>): AsyncIterableIterator<Payload<T>> {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    opts.release();
    void Promise.resolve(opts.source.return?.()).catch(() => {});
  };
  const inner = run(opts);
  const iterator: AsyncIterableIterator<Payload<T>> = {
    async next() {
      try {
        const result = await inner.next();
        if (result.done) release();
        return result;
      } catch (error) {
        release();
        throw error;
      }
    },
    async return() {
      release();
      await inner.return(undefined);
      return { done: true, value: undefined };
    },
    async throw(error?: unknown) {
      release();
      return inner.throw(error);
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}

/** A pushed source with a bounded buffer: past `bufferSize` undelivered items it fails as too slow. */
export function createQueueSource<T>(bufferSize: number) {
  const queue: T[] = [];
  let failure: unknown;
  let ended = false;
  let waiter: { resolve: (r: IteratorResult<T>) => void; reject: (e: unknown) => void } | undefined;
  const settle = () => {
    if (!waiter) return;
    const w = waiter;
    if (queue.length > 0) {
      waiter = undefined;
      w.resolve({ done: false, value: queue.shift() as T });
    } else if (failure !== undefined) {
      waiter = undefined;
      w.reject(failure);
    } else if (ended) {
      waiter = undefined;
      w.resolve({ done: true, value: undefined });
    }
  };
  return {
    push(item: T): void {
      if (ended || failure !== undefined) return;
      if (queue.length >= bufferSize) {
        queue.length = 0;
        failure = new SubscriberTooSlowError(bufferSize);
      } else queue.push(item);
      settle();
    },
    /** Ends the source with an error, after what is already queued. */
    fail(error: unknown): void {
      if (ended || failure !== undefined) return;
      failure = error;
      settle();
    },
    next(): Promise<IteratorResult<T>> {
      return new Promise((resolve, reject) => {
        waiter = { resolve, reject };
        settle();
      });
    },
    return(): void {
      ended = true;
      queue.length = 0;
      settle();
    },
  };
}
