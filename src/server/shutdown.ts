import type { Server } from 'node:http';
import type { Drain, DrainResult } from '../http/drain.ts';
import type { WebSocketEndpoint } from '../http/websocket.ts';
import type { Logger } from '../log.ts';
import type { Closer, RunningServer } from './types.ts';

// How the server stops: close() at once, shutdown() after draining the requests in flight, and the signals
// of `npm start` that trigger shutdown().

export interface Stoppable {
  server: Server;
  webSocket: WebSocketEndpoint;
  /** Run in order once the HTTP server is closed. */
  closers: Closer[];
  drain: Drain;
  logger: Logger;
  shutdownTimeoutMs: number;
  /** Ends the open subscriptions (they never end by themselves). */
  endSubscriptions(): void;
}

export function stopper(s: Stoppable): Pick<RunningServer, 'shutdown' | 'close'> {
  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      await s.webSocket.close();
      s.server.closeAllConnections();
      await new Promise<void>((resolve) => s.server.close(() => resolve()));
      for (const closer of s.closers) await closer();
    })();
    return closing;
  };
  return {
    async shutdown(): Promise<DrainResult> {
      s.logger.info({ inFlight: s.drain.inFlight, timeoutMs: s.shutdownTimeoutMs }, 'shutdown: draining');
      // Open subscriptions never end by themselves: end them (SHUTTING_DOWN) so the drain need not wait.
      s.endSubscriptions();
      const result = await s.drain.drain(s.shutdownTimeoutMs);
      const log = result.cutOff > 0 ? s.logger.warn : s.logger.info;
      log({ cutOff: result.cutOff, durationMs: result.durationMs }, 'shutdown: drained');
      await close();
      return result;
    },
    close,
  };
}

/** SIGTERM and SIGINT drain the server, then exit 0 (1 when the shutdown fails). */
export function shutdownOnSignals(running: Pick<RunningServer, 'shutdown'>): void {
  // Idempotent: `npm start` forwards the signal it gets to the server, and a terminal's Ctrl-C reaches both,
  // so a second signal must not cut the drain short.
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    running.shutdown().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
