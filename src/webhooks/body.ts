// A webhook delivery's raw body, read with a byte limit: the signature covers the exact bytes, so nothing
// may parse or re-encode them first.
import type { IncomingMessage } from 'node:http';

export type BodyRead =
  | { ok: true; body: Buffer }
  | { ok: false; reason: 'too_large' | 'bad_length' | 'aborted' };

export function readLimitedBody(req: IncomingMessage, limit: number): Promise<BodyRead> {
  const header = req.headers['content-length'];
  if (header !== undefined) {
    if (!/^\d+$/.test(header)) return Promise.resolve({ ok: false, reason: 'bad_length' });
    // Refused before a byte is read.
    if (Number(header) > limit) return Promise.resolve({ ok: false, reason: 'too_large' });
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (result: BodyRead) => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Chunked and over the limit: stop reading; the answer closes the connection.
        req.pause();
        settle({ ok: false, reason: 'too_large' });
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => settle({ ok: true, body: Buffer.concat(chunks, size) }));
    req.once('error', () => settle({ ok: false, reason: 'aborted' }));
    req.once('close', () => settle({ ok: false, reason: 'aborted' }));
  });
}
