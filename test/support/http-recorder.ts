// A tiny real HTTP server for wire-level tests: records every request byte-for-byte (method, raw URL,
// headers, body) and answers from a queue of canned responses or custom responders (to hang, stall a body,
// or reset the socket). Listens on 127.0.0.1 with an ephemeral port; close() also kills open sockets.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** Raw request target as sent: path plus query, still percent-encoded. */
  url: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface CannedResponse {
  status: number;
  headers?: Record<string, string>;
  /** A string is sent verbatim; anything else as JSON. Undefined → empty body. */
  body?: unknown;
}

export type Responder = (req: RecordedRequest, res: ServerResponse) => void;
export type Reply = CannedResponse | Responder;

export interface HttpRecorder {
  url: string;
  requests: RecordedRequest[];
  /** Queue replies for the next requests, in order; when the queue is empty the fallback answers. */
  reply(...replies: Reply[]): void;
  setFallback(reply: Reply): void;
  close(): Promise<void>;
}

export async function startHttpRecorder(fallback: Reply = { status: 200, body: {} }): Promise<HttpRecorder> {
  const requests: RecordedRequest[] = [];
  const queue: Reply[] = [];
  const sockets = new Set<Socket>();
  let current = fallback;

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = req.url ?? '';
      const parsed = new URL(url, 'http://recorder.invalid');
      const recorded: RecordedRequest = {
        method: req.method ?? '',
        url,
        path: parsed.pathname,
        query: parsed.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(recorded);
      const reply = queue.shift() ?? current;
      if (typeof reply === 'function') {
        reply(recorded, res);
        return;
      }
      sendCanned(res, reply);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    reply: (...replies) => {
      queue.push(...replies);
    },
    setFallback: (reply) => {
      current = reply;
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export function sendCanned(res: ServerResponse, reply: CannedResponse): void {
  const body =
    reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
  const headers: Record<string, string> = { ...reply.headers };
  if (body !== '' && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) {
    headers['content-type'] = 'application/json';
  }
  res.writeHead(reply.status, headers);
  res.end(body);
}

/** A responder that sends headers and part of a body, then never finishes. */
export function stallBody(status = 200, partial = '{"senders":['): Responder {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': '1000' });
    res.write(partial);
  };
}

/** A responder that never answers. */
export const hang: Responder = () => {};

/** A responder that resets the TCP connection (RST), as a crashed peer or a load balancer would. */
export const resetConnection: Responder = (_req, res) => {
  res.socket?.resetAndDestroy();
};
