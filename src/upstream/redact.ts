// Helpers that keep credentials out of logs. The client itself never logs headers or bodies; these are
// for callers (and our own debug paths) that want to show a request or a sender safely.

export const REDACTED = '[REDACTED]';

/** Header names whose values are credentials (lower-case). */
const SECRET_HEADERS = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'x-api-key',
  'www-authenticate',
]);

type HeaderValue = string | readonly string[] | number | undefined;

/** A copy of `headers` with credential-bearing values replaced by '[REDACTED]'. */
export function redactHeaders(
  headers: Headers | Record<string, HeaderValue>,
): Record<string, string | readonly string[] | number | undefined> {
  const out: Record<string, HeaderValue> = {};
  const entries: [string, HeaderValue][] = [];
  if (headers instanceof Headers)
    headers.forEach((value, name) => {
      entries.push([name, value]);
    });
  else entries.push(...Object.entries(headers));
  for (const [name, value] of entries) {
    out[name] = SECRET_HEADERS.has(name.toLowerCase()) && value !== undefined ? REDACTED : value;
  }
  return out;
}

/**
 * Keys whose values are secrets wherever they appear in an upstream object (RCS sender `authToken`, WhatsApp
 * sender `bearerToken` and the create-time `facebookAccessToken`/`facebookCode`/`authenticationCode`, webhook
 * `secret`).
 */
const SECRET_KEYS = new Set([
  'authToken',
  'bearerToken',
  'facebookAccessToken',
  'facebookCode',
  'authenticationCode',
  'access_token',
  'keySecret',
  'client_secret',
  'password',
  'secret',
]);

/** A deep copy of a sender (or any upstream object) with `authToken` and similar values redacted. */
export function redactSender<T>(value: T): T {
  return redactDeep(value) as T;
}

function redactDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactDeep);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] = SECRET_KEYS.has(key) && inner !== undefined && inner !== null ? REDACTED : redactDeep(inner);
  }
  return out;
}

/** Replaces every occurrence of each secret (ignoring empty ones) in `text`. */
export function redactText(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 4) out = out.split(secret).join(REDACTED);
  }
  return out;
}
