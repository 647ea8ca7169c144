// An upstream whose answers the test releases one by one: a node:http server on 127.0.0.1:0 that holds
// every request it is told to hold until the test releases it (oldest first), then answers it itself or
// forwards it to `target` (the sandbox). It counts requests in flight and their peak, so tests of upstream
// concurrency assert exact counts and orders without measuring time.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HeldRequest {
  method: string;
  /** Path and query as received. */
  url: string;
}

export interface HeldUpstreamOptions {
  /** Forward released requests here (with method, path, body, authorization); else `answer` them. */
  target?: string;
  /** Which requests wait for a release; default all. The others are answered at once. */
  hold?: (req: HeldRequest) => boolean;
  /** The answer when there is no target; default 200 `{}`. */
  answer?: (req: HeldRequest) => { status: number; body?: unknown };
}

export interface HeldUpstream {
  url: string;
  /** Every request received, in arrival order. */
  readonly received: HeldRequest[];
  /** Requests held right now, oldest first. */
  held(): HeldRequest[];
  /** Requests received and not yet answered (held or being forwarded). */
  inFlight(): number;
  peak(): number;
  /** Answers the oldest held request; resolves with it once its answer is written. */
  releaseOldest(): Promise<HeldRequest>;
  /** Releases everything held now and whatever is held later (the server stops holding). */
  releaseAll(): void;
  /** Resolves once `predicate` holds (checked on every arrival and answer). */
  until(predicate: () => boolean): Promise<void>;
  close(): Promise<void>;
}

interface Parked {
  req: HeldRequest;
  answer: () => Promise<void>;
}

export async function startHeldUpstream(opts: HeldUpstreamOptions = {}): Promise<HeldUpstream> {
  const received: HeldRequest[] = [];
  const parked: Parked[] = [];
  const watchers = new Set<{ predicate: () => boolean; resolve: () => void }>();
  let inFlight = 0;
  let peak = 0;
  let holding = true;

  const check = () => {
    for (const w of watchers) {
      if (w.predicate()) {
        watchers.delete(w);
        w.resolve();
      }
    }
  };

  const respond = async (incoming: IncomingMessage, res: ServerResponse, req: HeldRequest, body: string) => {
    if (opts.target) {
      const headers: Record<string, string> = {};
      for (const name of ['authorization', 'content-type', 'accept']) {
        const value = incoming.headers[name];
        if (typeof value === 'string') headers[name] = value;
      }
      const upstream = await fetch(`${opts.target}${req.url}`, {
        method: req.method,
        headers,
        body: body === '' ? undefined : body,
      });
      const text = await upstream.text();
      const type = upstream.headers.get('content-type') ?? 'application/json';
      if (!res.destroyed) res.writeHead(upstream.status, { 'content-type': type }).end(text);
    } else {
      const { status, body: answer = {} } = opts.answer?.(req) ?? { status: 200 };
      if (!res.destroyed)
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    }
  };

  const server = createServer(async (incoming, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const req: HeldRequest = { method: incoming.method ?? 'GET', url: incoming.url ?? '/' };
    received.push(req);
    inFlight += 1;
    peak = Math.max(peak, inFlight);
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      inFlight -= 1;
      const i = parked.findIndex((p) => p.req === req);
      if (i >= 0) parked.splice(i, 1);
      check();
    };
    // A client that gives up (abort) closes the socket: the request is no longer in flight.
    res.on('close', finish);
    const answer = () => respond(incoming, res, req, body).finally(finish);
    if (holding && (opts.hold?.(req) ?? true)) parked.push({ req, answer });
    else void answer();
    check();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    received,
    held: () => parked.map((p) => p.req),
    inFlight: () => inFlight,
    peak: () => peak,
    async releaseOldest() {
      const next = parked.shift();
      if (!next) throw new Error('nothing is held');
      await next.answer();
      return next.req;
    },
    releaseAll() {
      holding = false;
      for (const p of parked.splice(0)) void p.answer();
    },
    until(predicate) {
      if (predicate()) return Promise.resolve();
      return new Promise((resolve) => watchers.add({ predicate, resolve }));
    },
    close: () =>
      new Promise<void>((resolve) => {
        holding = false;
        for (const p of parked.splice(0)) void p.answer();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
