import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'graphql-yoga';

// GraphiQL, inlined from our own dependencies (no CDN), is a ~9 MB page. It is the same bytes for the life of
// the process, so it is compressed once (brotli ~1.9 MB, gzip ~2.4 MB, off the event loop) and served with an
// ETag: a browser revalidates each visit and gets a body-less 304 while nothing changed.

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

interface Page {
  etag: string;
  identity: Buffer;
  br: Buffer;
  gzip: Buffer;
}

async function compress(html: string): Promise<Page> {
  const identity = Buffer.from(html);
  const etag = `"${createHash('sha256').update(identity).digest('base64url').slice(0, 27)}"`;
  const [br, gz] = await Promise.all([
    brotli(identity, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 9,
        [constants.BROTLI_PARAM_SIZE_HINT]: identity.length,
      },
    }),
    gzipAsync(identity, { level: 6 }),
  ]);
  return { etag, identity, br, gzip: gz };
}

/** The best encoding the client accepts (q=0 refuses one); identity when it names none of ours. */
export function pickEncoding(acceptEncoding: string | null): 'br' | 'gzip' | 'identity' {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
    if (name) accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return 'identity';
}

const isGraphiQL = (request: Request, response: Response) =>
  request.method === 'GET' &&
  response.status === 200 &&
  (response.headers.get('content-type') ?? '').startsWith('text/html') &&
  !response.headers.has('content-encoding');

/** Must come first among the plugins whose onResponse replaces or reads the response. */
export function useGraphiQLCache(): Plugin {
  let page: { html: string; ready: Promise<Page> } | undefined;
  return {
    // Not async: a hook that returns a promise puts every response on the slow path.
    onResponse({ request, response, setResponse, fetchAPI }) {
      if (!isGraphiQL(request, response)) return;
      return serve(request, response, setResponse, fetchAPI);
    },
  };

  async function serve(
    request: Request,
    response: Response,
    setResponse: (response: Response) => void,
    fetchAPI: { Headers: typeof Headers; Response: typeof Response },
  ): Promise<void> {
    const html = await response.text();
    if (page?.html !== html) page = { html, ready: compress(html) };
    const { etag, ...bodies } = await page.ready;
    const headers = new fetchAPI.Headers(response.headers);
    headers.set('content-type', 'text/html; charset=utf-8');
    headers.set('cache-control', 'no-cache');
    headers.set('etag', etag);
    headers.append('vary', 'Accept-Encoding');
    const matches = request.headers
      .get('if-none-match')
      ?.split(',')
      .some((tag) => tag.trim().replace(/^W\//, '') === etag);
    if (matches) {
      headers.delete('content-length');
      setResponse(new fetchAPI.Response(null, { status: 304, headers }));
      return;
    }
    const encoding = pickEncoding(request.headers.get('accept-encoding'));
    const body = bodies[encoding];
    if (encoding !== 'identity') headers.set('content-encoding', encoding);
    headers.set('content-length', String(body.length));
    setResponse(new fetchAPI.Response(new Uint8Array(body), { status: 200, headers }));
  }
}
