// Time as the resilience layer sees it. Injected so that backoff, budgets and the breaker's cool-down can be
// tested deterministically without real sleeps; production uses `systemClock`.

export interface Clock {
  /** Milliseconds on a monotonic-enough scale; only differences and comparisons with deadlines matter. */
  now(): number;
  /** Resolves after `ms`; rejects with the signal's reason as soon as `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /** Uniform in [0, 1): the jitter source. */
  random(): number;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  random: () => Math.random(),
  sleep(ms, signal) {
    return new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  },
};

/** A manual clock for tests: `sleep` records the delay and moves time forward at once (no real wait). */
export interface ManualClock extends Clock {
  advance(ms: number): void;
  /** Every delay passed to `sleep`, in call order. */
  readonly sleeps: number[];
}

export function createManualClock(start = 0, randoms: readonly number[] = [0.5]): ManualClock {
  let now = start;
  let r = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    random: () => randoms[r++ % randoms.length] ?? 0.5,
    sleep(ms, signal) {
      sleeps.push(ms);
      if (signal?.aborted) return Promise.reject(signal.reason);
      now += ms;
      return Promise.resolve();
    },
    advance(ms) {
      now += ms;
    },
  };
}
