// A forwarding HTTP proxy in front of a subgraph that records each GraphQL request body it passes on, so
// a test can see what a gateway actually sent (e.g. how many representations one `_entities` call had).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordingProxy {
  url: string;
  /** The JSON bodies forwarded, in order. */
  bodies: { query?: string; variables?: Record<string, unknown> }[];
  close(): Promise<void>;
}

const FORWARDED = ['authorization', 'x-request-id', 'content-type', 'accept'];

export async function startRecordingProxy(target: string): Promise<RecordingProxy> {
  const bodies: RecordingProxy['bodies'] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    bodies.push(JSON.parse(body));
    const headers: Record<string, string> = {};
    for (const name of FORWARDED) {
      const value = req.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    const answer = await fetch(target, { method: 'POST', headers, body });
    res.writeHead(answer.status, {
      'content-type': answer.headers.get('content-type') ?? 'application/json',
    });
    res.end(await answer.text());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    bodies,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
