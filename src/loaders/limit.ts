/**
 * A per-request cap on concurrent upstream calls: at most `max` of the functions run at once, the rest
 * wait in FIFO order. One limiter per request, so one request's fan-out (100 senders x 10 numbers) cannot
 * open more than `max` sockets, and requests do not queue behind each other.
 */
export function createLimiter(max: number): <T>(fn: () => Promise<T>) => Promise<T> {
  if (!Number.isInteger(max) || max < 1)
    throw new RangeError(`concurrency must be an integer >= 1, got ${max}`);
  let active = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    active -= 1;
    const next = waiting.shift();
    if (next) {
      active += 1;
      next();
    }
  };
  return <T>(fn: () => Promise<T>): Promise<T> => {
    const run = () => {
      let result: Promise<T>;
      try {
        result = fn();
      } catch (error) {
        result = Promise.reject(error);
      }
      return result.finally(release);
    };
    if (active < max) {
      active += 1;
      return run();
    }
    return new Promise<T>((resolve, reject) => {
      waiting.push(() => {
        run().then(resolve, reject);
      });
    });
  };
}
