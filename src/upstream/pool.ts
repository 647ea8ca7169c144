// A pool of upstream slots shared fairly between the requests waiting for it. A request alone may use every
// slot (no per-request cap serialises a lone dashboard's fan-out), and as soon as another request waits, each
// freed slot goes to the waiting request that holds the fewest slots, ties in round-robin order. So two
// requests fanning out at once converge to half the pool each, and a small request started behind a large
// one gets every other freed slot instead of waiting for the whole fan-out. Waiting is abortable: a caller
// whose signal fires leaves the queue with the signal's reason and never holds a slot.

export interface PoolSnapshot {
  active: number;
  waiting: number;
  max: number;
  /** Most slots held at once since the pool was created. */
  peak: number;
}

export interface FairPool {
  /**
   * Resolves with a release function once `owner` (a request's identity, e.g. its CallMeter) is granted a
   * slot; rejects with `signal.reason` on abort. Releasing twice is a no-op.
   */
  acquire(owner: object, signal?: AbortSignal): Promise<() => void>;
  /** Slots `owner` holds right now. */
  held(owner: object): number;
  /** True when no slot is held and nobody waits (the pool can be dropped). */
  idle(): boolean;
  snapshot(): PoolSnapshot;
}

interface Entry {
  grant: () => void;
}

export function createFairPool(max: number): FairPool {
  if (!Number.isInteger(max) || max < 1) throw new RangeError(`max must be an integer >= 1, got ${max}`);
  let active = 0;
  let peak = 0;
  let waiting = 0;
  const holding = new Map<object, number>();
  // Insertion order is the round-robin ring: an owner that is served moves to the back.
  const queues = new Map<object, Entry[]>();

  const take = (owner: object) => {
    active += 1;
    peak = Math.max(peak, active);
    holding.set(owner, (holding.get(owner) ?? 0) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      active -= 1;
      const left = (holding.get(owner) ?? 1) - 1;
      if (left === 0) holding.delete(owner);
      else holding.set(owner, left);
      dispatch();
    };
  };

  /** The waiting owner holding the fewest slots; the first in ring order among equals. */
  const next = (): object | undefined => {
    let best: object | undefined;
    let fewest = Number.POSITIVE_INFINITY;
    for (const owner of queues.keys()) {
      const n = holding.get(owner) ?? 0;
      if (n < fewest) {
        best = owner;
        fewest = n;
      }
    }
    return best;
  };

  const dispatch = () => {
    while (active < max) {
      const owner = next();
      if (owner === undefined) return;
      const queue = queues.get(owner) as Entry[];
      const entry = queue.shift() as Entry;
      queues.delete(owner);
      if (queue.length > 0) queues.set(owner, queue);
      waiting -= 1;
      entry.grant();
    }
  };

  return {
    acquire(owner, signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      if (active < max && waiting === 0) return Promise.resolve(take(owner));
      return new Promise((resolve, reject) => {
        const entry: Entry = {
          grant: () => {
            signal?.removeEventListener('abort', onAbort);
            resolve(take(owner));
          },
        };
        const onAbort = () => {
          const queue = queues.get(owner);
          const i = queue ? queue.indexOf(entry) : -1;
          if (queue && i >= 0) {
            queue.splice(i, 1);
            waiting -= 1;
            if (queue.length === 0) queues.delete(owner);
          }
          reject(signal?.reason);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        const queue = queues.get(owner);
        if (queue) queue.push(entry);
        else queues.set(owner, [entry]);
        waiting += 1;
      });
    },
    held: (owner) => holding.get(owner) ?? 0,
    idle: () => active === 0 && waiting === 0,
    snapshot: () => ({ active, waiting, max, peak }),
  };
}

export interface UpstreamSlots {
  /** A slot of `credential`'s pool, then one of the process-wide cap (always in this order: no deadlock). */
  acquire(owner: object, credential: string, signal?: AbortSignal): Promise<() => void>;
  snapshot(): {
    /** The process-wide cap. */
    concurrency: PoolSnapshot;
    /** The per-credential pools: in use and waiting summed; `peak` the most slots one credential held. */
    pool: PoolSnapshot & { credentials: number };
  };
}

/** One fair pool of `poolSize` per credential (dropped when idle) under one process-wide pool of `overallMax`. */
export function createUpstreamSlots(poolSize: number, overallMax: number): UpstreamSlots {
  if (!Number.isInteger(poolSize) || poolSize < 1)
    throw new RangeError(`poolSize must be an integer >= 1, got ${poolSize}`);
  const overall = createFairPool(overallMax);
  // Passthrough auth sees one credential per caller: a pool lives only while it is in use.
  const pools = new Map<string, FairPool>();
  let peak = 0;

  return {
    async acquire(owner, credential, signal) {
      let pool = pools.get(credential);
      if (!pool) {
        pool = createFairPool(poolSize);
        pools.set(credential, pool);
      }
      const p = pool;
      const dropIfIdle = () => {
        if (p.idle() && pools.get(credential) === p) pools.delete(credential);
      };
      let releasePool: () => void;
      try {
        releasePool = await p.acquire(owner, signal);
      } catch (reason) {
        dropIfIdle();
        throw reason;
      }
      peak = Math.max(peak, p.snapshot().active);
      const done = () => {
        releasePool();
        dropIfIdle();
      };
      try {
        const releaseOverall = await overall.acquire(owner, signal);
        let released = false;
        return () => {
          if (released) return;
          released = true;
          releaseOverall();
          done();
        };
      } catch (reason) {
        done();
        throw reason;
      }
    },
    snapshot() {
      let active = 0;
      let waiting = 0;
      for (const p of pools.values()) {
        const s = p.snapshot();
        active += s.active;
        waiting += s.waiting;
      }
      return {
        concurrency: overall.snapshot(),
        pool: { active, waiting, max: poolSize, peak, credentials: pools.size },
      };
    },
  };
}
