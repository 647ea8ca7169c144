// The wire details of one call that need no connection: the call's description (CallSpec), the path and
// query as sent, the route template used in errors and logs, the credential fingerprint, and reading a
// success body and response headers.
import { createHash } from 'node:crypto';
import { UpstreamBadRequestError, UpstreamProtocolError } from './errors.ts';
import type { CallAuth } from './types.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type QueryValue = string | number | boolean | readonly (string | number)[] | null | undefined;

/** Everything that describes one operation call, independent of auth and transport. */
export interface CallSpec {
  operationId: string;
  method: HttpMethod;
  /** Path template from the OpenAPI document, e.g. '/v1/projects/{projectId}/rcs/senders/{senderId}'. */
  path: string;
  params: Record<string, string>;
  query?: Record<string, QueryValue> | undefined;
  /** JSON body, serialised exactly as given (explicit nulls stay, absent keys stay absent). */
  body?: unknown;
  /** Safe to repeat automatically: only these are retried (the resend-invite GET is not). */
  idempotent: boolean;
  /** 'none' for operations documented without a response body (204). */
  response: 'json' | 'none';
}

/** Which credential a call uses, as a fingerprint: pools and flights are per credential, never shared. */
export function credentialOf(auth: CallAuth | undefined): string {
  if (auth?.kind !== 'passthrough') return 'service';
  return `caller:${createHash('sha256').update(auth.authorization).digest('base64url').slice(0, 22)}`;
}

export function routeOf(spec: Pick<CallSpec, 'method' | 'path'>): string {
  return `${spec.method} ${spec.path}`;
}

/** A path template split once into literal text and parameter names: ['/v1/projects/', {name}, ...]. */
const templates = new Map<string, readonly (string | { name: string })[]>();

function compile(path: string): readonly (string | { name: string })[] {
  let parts = templates.get(path);
  if (!parts) {
    parts = path.split(/\{(\w+)\}/).map((text, i) => (i % 2 === 1 ? { name: text } : text));
    templates.set(path, parts);
  }
  return parts;
}

export function buildPath(
  spec: CallSpec,
  meta: { method: string; route: string; operationId: string },
): string {
  let out = '';
  for (const part of compile(spec.path)) {
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    const value = spec.params[part.name];
    if (value === undefined || value === '') {
      throw new UpstreamBadRequestError({
        ...meta,
        errorCode: 'invalid_path_parameter',
        message: `Path parameter ${part.name} must be a non-empty string.`,
      });
    }
    // '.' and '..' are kept literally by encodeURIComponent and would be resolved away by URL parsing.
    out += value === '.' || value === '..' ? value.replaceAll('.', '%2E') : encodeURIComponent(value);
  }
  return out;
}

/** Arrays become repeated parameters (form/explode); null and undefined are omitted. */
export function buildQuery(query: Record<string, QueryValue> | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) for (const item of value) params.append(name, String(item));
    else params.append(name, String(value));
  }
  const s = params.toString();
  return s === '' ? '' : `?${s}`;
}

export function parseSuccess<T>(
  text: string,
  meta: Record<string, unknown> & { method: string; route: string },
): T {
  if (text.trim() === '') {
    throw new UpstreamProtocolError({
      ...meta,
      errorCode: 'invalid_response_body',
      message: 'Upstream answered with an empty body.',
    });
  }
  try {
    return JSON.parse(text) as T;
  } catch {
    // No cause: V8's SyntaxError quotes the body, which may hold a sender's authToken.
    throw new UpstreamProtocolError({
      ...meta,
      errorCode: 'invalid_response_body',
      message: 'Upstream answered with a body that is not valid JSON.',
    });
  }
}

export function headerValue(
  headers: Record<string, string | string[] | undefined>,
  names: string[],
): string | undefined {
  for (const name of names) {
    const v = headers[name];
    const first = Array.isArray(v) ? v[0] : v;
    if (first !== undefined && first !== '') return first;
  }
  return undefined;
}

/** Retry-After as delta-seconds or an HTTP date (RFC 9110 §10.2.3); undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.ceil(Number(trimmed));
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now) / 1000));
}
