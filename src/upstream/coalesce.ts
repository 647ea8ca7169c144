// In-flight coalescing: identical side-effect-free GETs in flight at the same time, from any GraphQL request,
// share one upstream exchange. The key holds the credential's fingerprint, so a call never joins one made
// with another credential. Each waiter keeps its own cancellation and deadline; the shared exchange stops
// only when every waiter is gone. A write that completes detaches the flights of what it touched, so no read
// that starts after a write can be answered by an exchange that began before it (read-your-writes).
import { type CallMeta, errorForAbort } from './errors.ts';

/** What a write touches, and what a read reads: the path parameters that name upstream resources. */
export interface ResourceScope {
  projectId?: string | undefined;
  senderId?: string | undefined;
}

export interface Waiter {
  signal?: AbortSignal | undefined;
  /** Epoch ms; the waiter stops waiting then, even without a signal. */
  deadline?: number | undefined;
}

/** What the exchange of a flight runs under. */
export interface Flight {
  /** Aborts when every waiter has gone. */
  readonly signal: AbortSignal;
  /** The latest deadline of the waiters still waiting; undefined when one of them has none. */
  readonly deadline: number | undefined;
}

export interface Coalescer {
  /**
   * Joins the flight for `key`, or starts one with `start`. `joined` says which (the meter counts a made or
   * a shared call). Waiters share one deeply frozen answer; each gets its own instance of an error.
   */
  run<T>(
    key: string,
    scope: ResourceScope,
    waiter: Waiter,
    meta: CallMeta,
    start: (flight: Flight) => Promise<T>,
  ): { joined: boolean; result: Promise<T> };
  /** A write to `scope` completed: later reads of what it touched start their own exchange. */
  written(scope: ResourceScope): void;
  /** Flights that can still be joined. */
  size(): number;
}

interface Pending {
  waiter: Waiter;
  settle(outcome: { ok: true; value: unknown } | { ok: false; error: unknown }): void;
}

interface FlightState {
  scope: ResourceScope;
  controller: AbortController;
  pending: Set<Pending>;
}

/** Does a write to `write` change what a read of `read` answers? Sender writes also change project lists. */
export function touches(write: ResourceScope, read: ResourceScope): boolean {
  if (write.projectId === undefined || read.projectId === undefined) return true;
  if (write.projectId !== read.projectId) return false;
  if (write.senderId === undefined || read.senderId === undefined) return true;
  return write.senderId === read.senderId;
}

export function createCoalescer(): Coalescer {
  const flights = new Map<string, FlightState>();

  function detach(key: string, flight: FlightState): void {
    if (flights.get(key) === flight) flights.delete(key);
  }

  function wait<T>(key: string, flight: FlightState, waiter: Waiter, meta: CallMeta, first: boolean) {
    return new Promise<T>((resolve, reject) => {
      const { signal, deadline } = waiter;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const leave = (reason: unknown) => {
        if (!flight.pending.delete(entry)) return;
        cleanup();
        reject(errorForAbort(reason, meta));
        if (flight.pending.size === 0) {
          // The last waiter is gone: nobody reads the answer any more.
          detach(key, flight);
          flight.controller.abort(reason);
        }
      };
      const onAbort = () => leave(signal?.reason);
      const cleanup = () => {
        signal?.removeEventListener('abort', onAbort);
        if (timer !== undefined) clearTimeout(timer);
      };
      const entry: Pending = {
        waiter,
        settle(outcome) {
          cleanup();
          if (outcome.ok) resolve(outcome.value as T);
          else if (first) reject(outcome.error);
          else reject(copyError(outcome.error));
        },
      };
      flight.pending.add(entry);
      if (signal?.aborted) return leave(signal.reason);
      signal?.addEventListener('abort', onAbort, { once: true });
      // A caller's signal aborts at its deadline (CallOptions): a timer per waiter is only needed without one.
      if (deadline !== undefined && !signal) {
        timer = setTimeout(
          () => leave(new DOMException('The request deadline passed.', 'TimeoutError')),
          Math.max(0, deadline - Date.now()),
        );
      }
    });
  }

  return {
    run(key, scope, waiter, meta, start) {
      if (waiter.signal?.aborted) {
        return { joined: false, result: Promise.reject(errorForAbort(waiter.signal.reason, meta)) };
      }
      const existing = flights.get(key);
      if (existing) return { joined: true, result: wait(key, existing, waiter, meta, false) };
      const flight: FlightState = { scope, controller: new AbortController(), pending: new Set() };
      flights.set(key, flight);
      const result = wait<never>(key, flight, waiter, meta, true);
      const control: Flight = {
        signal: flight.controller.signal,
        get deadline() {
          let latest = Number.NEGATIVE_INFINITY;
          for (const p of flight.pending) {
            if (p.waiter.deadline === undefined) return undefined;
            latest = Math.max(latest, p.waiter.deadline);
          }
          return latest === Number.NEGATIVE_INFINITY ? undefined : latest;
        },
      };
      const finish = (outcome: { ok: true; value: unknown } | { ok: false; error: unknown }) => {
        detach(key, flight);
        // Several requests read one answer: frozen, so none can change what another sees. Cheaper than a copy
        // per waiter (a structuredClone of a sender list per joined request was 12 % of a dashboard's CPU).
        if (outcome.ok && flight.pending.size > 1) deepFreeze(outcome.value);
        const waiting = [...flight.pending];
        flight.pending.clear();
        for (const p of waiting) p.settle(outcome);
      };
      let exchange: Promise<unknown>;
      try {
        exchange = start(control);
      } catch (error) {
        exchange = Promise.reject(error);
      }
      exchange.then(
        (value) => finish({ ok: true, value }),
        (error: unknown) => finish({ ok: false, error }),
      );
      return { joined: false, result };
    },
    written(scope) {
      for (const [key, flight] of flights) if (touches(scope, flight.scope)) flights.delete(key);
    },
    size: () => flights.size,
  };
}

/** Freezes a parsed JSON value and everything in it. */
export function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}

/**
 * A distinct instance of the same class with the same fields for every waiter, so that no request can
 * change (or be changed by) the error another request holds.
 */
export function copyError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const copy = Object.create(Object.getPrototypeOf(error)) as Error;
  for (const name of Object.getOwnPropertyNames(error)) {
    const descriptor = Object.getOwnPropertyDescriptor(error, name) as PropertyDescriptor;
    if ('value' in descriptor && name === 'additionalInformation' && descriptor.value !== undefined) {
      descriptor.value = structuredClone(descriptor.value);
    }
    Object.defineProperty(copy, name, descriptor);
  }
  return copy;
}
