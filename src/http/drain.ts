import type { IncomingMessage, ServerResponse } from 'node:http';

// Graceful shutdown bookkeeping: which requests are in flight, and a drain that waits for them. The server
// keeps listening while draining, so a load balancer's probe still reaches /readyz and sees 503 (traffic
// moves away); responses sent while draining close their connection instead of keeping it alive.

export interface DrainResult {
  /** Requests still running when the timeout hit (their connections are then closed). */
  cutOff: number;
  durationMs: number;
}

export interface Drain {
  readonly draining: boolean;
  readonly inFlight: number;
  /** Counts the request until its response finishes or its connection closes. */
  track(req: IncomingMessage, res: ServerResponse): void;
  /** Starts draining (idempotent) and resolves when no request is in flight or after timeoutMs. */
  drain(timeoutMs: number): Promise<DrainResult>;
}

export function createDrain(): Drain {
  const active = new Set<ServerResponse>();
  let draining = false;
  let idle: (() => void) | undefined;
  let pending: Promise<DrainResult> | undefined;

  const settle = (res: ServerResponse) => {
    if (!active.delete(res)) return;
    if (active.size === 0) idle?.();
  };

  return {
    get draining() {
      return draining;
    },
    get inFlight() {
      return active.size;
    },
    track(_req, res) {
      if (draining) res.shouldKeepAlive = false;
      active.add(res);
      res.once('finish', () => settle(res));
      res.once('close', () => settle(res));
    },
    drain(timeoutMs) {
      if (pending) return pending;
      draining = true;
      for (const res of active) res.shouldKeepAlive = false;
      const started = performance.now();
      pending = new Promise<DrainResult>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          idle = undefined;
          resolve({ cutOff: active.size, durationMs: Math.round(performance.now() - started) });
        };
        const timer = setTimeout(done, timeoutMs);
        timer.unref();
        idle = done;
        if (active.size === 0) done();
      });
      return pending;
    },
  };
}
