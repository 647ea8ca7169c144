// The process-wide cap on concurrent upstream requests (every request of every GraphQL operation), on top of
// each operation's own cap. Waiting is FIFO and abortable: a caller whose deadline passes while queued
// leaves the queue with the signal's reason and never sends.

export interface Semaphore {
  /** Resolves with a release function once a slot is free; rejects with `signal.reason` on abort. */
  acquire(signal?: AbortSignal): Promise<() => void>;
  snapshot(): { active: number; waiting: number; max: number; peak: number };
}

export function createSemaphore(max: number): Semaphore {
  if (!Number.isInteger(max) || max < 1) throw new RangeError(`max must be an integer >= 1, got ${max}`);
  let active = 0;
  let peak = 0;
  const waiting: { grant: () => void }[] = [];

  const releaser = () => {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = waiting.shift();
      // The slot passes straight to the next waiter: `active` stays the same.
      if (next) next.grant();
      else active -= 1;
    };
  };

  return {
    acquire(signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      if (active < max) {
        active += 1;
        peak = Math.max(peak, active);
        return Promise.resolve(releaser());
      }
      return new Promise((resolve, reject) => {
        const entry = {
          grant: () => {
            signal?.removeEventListener('abort', onAbort);
            resolve(releaser());
          },
        };
        const onAbort = () => {
          const i = waiting.indexOf(entry);
          if (i >= 0) waiting.splice(i, 1);
          reject(signal?.reason);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        waiting.push(entry);
      });
    },
    snapshot: () => ({ active, waiting: waiting.length, max, peak }),
  };
}
