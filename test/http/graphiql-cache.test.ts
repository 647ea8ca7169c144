import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pickEncoding } from '../../src/http/graphiql-cache.ts';
import { type RunningServer, startServer } from '../../src/server.ts';

// The GraphiQL page (~9 MB inlined) goes out compressed, with an ETag a browser revalidates to a 304.

describe('GraphiQL page: compressed, cacheable', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ env: {}, config: { port: 0, host: '127.0.0.1', logLevel: 'silent' } });
  });
  afterAll(() => server?.close());

  const get = (headers: Record<string, string>) =>
    fetch(server.url, { headers: { accept: 'text/html', ...headers } });

  it('brotli, gzip or plain by Accept-Encoding, the same page each way; 304 on a matching ETag', async () => {
    // undici's fetch decodes transparently; read the raw bytes through node:http semantics instead.
    const raw = async (encoding: string) => {
      const { request } = await import('node:http');
      return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
        (resolve, reject) => {
          const req = request(
            server.url,
            { headers: { accept: 'text/html', 'accept-encoding': encoding } },
            (res) => {
              const chunks: Buffer[] = [];
              res.on('data', (c: Buffer) => chunks.push(c));
              res.on('end', () =>
                resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
              );
            },
          );
          req.on('error', reject);
          req.end();
        },
      );
    };
    const plain = await raw('identity');
    const br = await raw('gzip, deflate, br');
    const gz = await raw('gzip');
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(5_000_000);
    expect(plain.body.toString()).toContain('ProjectSenders');
    expect(br.headers['content-encoding']).toBe('br');
    expect(gz.headers['content-encoding']).toBe('gzip');
    // At most a quarter of the page goes over the wire.
    expect(br.body.length).toBeLessThan(plain.body.length / 4);
    expect(gz.body.length).toBeLessThan(plain.body.length / 3);
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);
    for (const r of [plain, br, gz]) {
      expect(r.headers['cache-control']).toBe('no-cache');
      expect(r.headers.etag).toBe(plain.headers.etag);
      expect(String(r.headers.vary)).toContain('Accept-Encoding');
      expect(r.headers['content-length']).toBe(String(r.body.length));
    }

    const etag = String(plain.headers.etag);
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    const revalidated = await get({ 'if-none-match': etag });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get('etag')).toBe(etag);
    expect((await revalidated.arrayBuffer()).byteLength).toBe(0);
    expect((await get({ 'if-none-match': '"something-else"' })).status).toBe(200);
  });

  it('a GraphQL answer is untouched', async () => {
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'br' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('etag')).toBeNull();
    // Every executed answer reports its upstream cost (docs/operations.md); this one has none.
    expect(await res.json()).toEqual({
      data: { __typename: 'Query' },
      extensions: { cost: { estimated: 0, actual: 0, budget: 250 } },
    });
  });

  it('picks the best accepted encoding', () => {
    expect(pickEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(pickEncoding('gzip')).toBe('gzip');
    expect(pickEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(pickEncoding('*')).toBe('br');
    expect(pickEncoding('identity')).toBe('identity');
    expect(pickEncoding(null)).toBe('identity');
  });
});
