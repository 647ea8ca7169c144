import type { CORSOptions } from 'graphql-yoga';

// Which browser origins may call the server (CORS_ORIGINS). The server never sends
// Access-Control-Allow-Credentials: the API authenticates by an Authorization header the page sets itself,
// so no cookie or cached HTTP credential ever needs to cross origins. Without an allowed origin the
// response has no CORS headers at all, so the browser neither lets the page read it nor sends the
// preflighted request (every JSON POST, hence every mutation) in the first place.

/** An origin pattern: exact (`https://app.example.com`), any port (`http://localhost:*`), one subdomain level
 * (`https://*.example.com`), or `*` (any origin). */
export type OriginPattern = string;

export const DEVELOPMENT_ORIGINS: readonly OriginPattern[] = ['http://localhost:*', 'http://127.0.0.1:*'];

const PATTERN = /^(https?):\/\/(\*\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::(\d{1,5}|\*))?$/;

/** Checks one CORS_ORIGINS entry; returns a problem or undefined. */
export function originPatternProblem(pattern: string): string | undefined {
  if (pattern === '*') return undefined;
  if (!PATTERN.test(pattern)) {
    return `"${pattern}" is not an origin (scheme://host[:port], lower case, no path; "*" allowed as the port, as the first label of the host, or alone)`;
  }
  return undefined;
}

function matcher(pattern: OriginPattern): (origin: string) => boolean {
  if (pattern === '*') return () => true;
  const m = PATTERN.exec(pattern);
  if (!m) return () => false;
  const [, scheme, wildcardLabel, host, port] = m;
  const defaultPort = scheme === 'https' ? '443' : '80';
  return (origin) => {
    const o = PATTERN.exec(origin);
    if (!o || o[2] || o[4] === '*') return false;
    const [, oScheme, , oHost = '', oPort = defaultPort] = o;
    if (oScheme !== scheme) return false;
    if (wildcardLabel ? !oHost.endsWith(`.${host}`) : oHost !== host) return false;
    return port === '*' || oPort === (port ?? defaultPort);
  };
}

/** The request headers a browser client sends: content type, auth, request id, CSRF and GraphQL-over-HTTP ones. */
const ALLOWED_HEADERS = [
  'accept',
  'authorization',
  'content-type',
  'x-request-id',
  'x-graphql-csrf',
  'x-graphql-yoga-csrf',
  'traceparent',
];

/** yoga's `cors` option for an allowlist: the request's origin echoed when it is allowed, nothing otherwise. */
export function corsFor(patterns: readonly OriginPattern[]): (request: Request) => CORSOptions | false {
  const allowed = patterns.map(matcher);
  return (request) => {
    const origin = request.headers.get('origin');
    if (!origin || !allowed.some((match) => match(origin.toLowerCase()))) return false;
    return {
      origin,
      credentials: false,
      methods: ['GET', 'POST'],
      allowedHeaders: ALLOWED_HEADERS,
      exposedHeaders: ['x-request-id'],
      maxAge: 600,
    };
  };
}
