// A local webhook receiver for tests: records every delivery (raw body, headers, the order of arrival)
// and answers with what `respond` decides (default 200; `'hang'` never answers).
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  raw: Buffer;
  /** The parsed JSON (undefined when not JSON); `any` like the sandbox tests' replies, for terse assertions. */
  // biome-ignore lint/suspicious/noExplicitAny: test data, asserted field by field
  body: any;
  at: number;
}

export type Respond = (r: Received, index: number) => number | 'hang';

export interface Receiver {
  /** http://127.0.0.1:PORT (no trailing slash). */
  url: string;
  received: Received[];
  /** Deliveries to one path, in arrival order. */
  at(path: string): Received[];
  respond: Respond;
  close(): Promise<void>;
}

export async function startReceiver(respond: Respond = () => 200): Promise<Receiver> {
  const received: Received[] = [];
  const hanging = new Set<import('node:http').ServerResponse>();
  const receiver: Receiver = {
    url: '',
    received,
    at: (path) => received.filter((r) => r.path === path),
    respond,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      let body: unknown;
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        body = undefined;
      }
      const r: Received = { path: req.url ?? '/', headers: req.headers, raw, body, at: performance.now() };
      received.push(r);
      const status = receiver.respond(r, received.length - 1);
      if (status === 'hang') {
        hanging.add(res);
        return;
      }
      res.writeHead(status, { 'content-type': 'text/plain' });
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return receiver;
}
