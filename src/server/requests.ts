import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Drain } from '../http/drain.ts';
import type { WebhookReceiver } from '../webhooks/receiver.ts';
import type { createYoga } from '../yoga.ts';

// Who answers a request: the probes (/healthz, /readyz), then the webhook receiver, then GraphQL (yoga).

export interface RequestRoutes {
  /** The upstream /readyz probes. */
  upstreamOrigin: string;
  drain: Drain;
  receiver: WebhookReceiver;
  /** Undefined until the port is bound (startServer builds yoga then). */
  yoga: () => ReturnType<typeof createYoga> | undefined;
}

export function requestHandler(r: RequestRoutes) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/healthz') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    if (path === '/readyz') {
      if (r.drain.draining) {
        res.writeHead(503, { 'content-type': 'text/plain', connection: 'close' }).end('shutting down');
        return;
      }
      // Reachable = the upstream answers HTTP at all (any status); a refused or hanging connection is not.
      fetch(r.upstreamOrigin, { method: 'HEAD', signal: AbortSignal.timeout(2000) }).then(
        () => res.writeHead(200, { 'content-type': 'text/plain' }).end('ready'),
        () => res.writeHead(503, { 'content-type': 'text/plain' }).end('upstream unreachable'),
      );
      return;
    }
    r.drain.track(req, res);
    if (r.receiver.handle(req, res)) return;
    const yoga = r.yoga();
    if (!yoga) {
      // Not reachable in practice (yoga is built before the event loop turns after listen), kept explicit.
      res.writeHead(503, { 'content-type': 'text/plain' }).end('starting');
      return;
    }
    void yoga.handle(req, res);
  };
}
