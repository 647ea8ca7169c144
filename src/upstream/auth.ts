// How a call gets its Authorization header: passthrough (the caller's own value, untouched), Basic from the
// service key, or an OAuth2 client-credentials token (contract §1, S5) cached per credential with one token
// request in flight at a time. Secrets live only in closures here, never on an object that could be logged.
import { createHash } from 'node:crypto';
import type { Dispatcher } from 'undici';
import { errorForAbort, UpstreamAuthError, UpstreamError } from './errors.ts';
import { exchange } from './exchange.ts';
import type { UpstreamLogger } from './log.ts';
import type { CallAuth } from './types.ts';

export interface ServiceCredentials {
  keyId: string;
  keySecret: string;
  mode: 'oauth2' | 'basic';
}

export interface AuthConfig {
  authUrl: string;
  credentials?: ServiceCredentials | undefined;
  dispatcher: Dispatcher;
  timeoutMs: number;
  userAgent: string;
  logger: UpstreamLogger;
  /** Clock in ms, for tests. */
  now?: () => number;
}

interface CachedToken {
  readonly accessToken: string;
  readonly refreshAt: number;
  readonly expiresAt: number;
}

/** The header for one call, plus the cached token it came from (only then a 401 may refresh and retry). */
export interface ResolvedAuth {
  readonly authorization: string;
  readonly token?: CachedToken | undefined;
}

export interface AuthProvider {
  resolve(auth: CallAuth | undefined, signal: AbortSignal | undefined, route: string): Promise<ResolvedAuth>;
  /** Forget `used.token` if it is still the cached one (after the API answered 401 to it). */
  invalidate(used: ResolvedAuth): void;
}

interface Slot {
  token?: CachedToken | undefined;
  pending?: Promise<CachedToken> | undefined;
}

/** Refresh at 90% of the lifetime or 60 s before expiry, whichever comes first, but never before half of it. */
export function refreshDelaySeconds(expiresIn: number): number {
  return Math.max(expiresIn * 0.5, Math.min(expiresIn * 0.9, expiresIn - 60));
}

export function createAuthProvider(config: AuthConfig): AuthProvider {
  const now = config.now ?? Date.now;
  const creds = config.credentials;
  const slots = new Map<string, Slot>();
  const tokenUrl = new URL(config.authUrl);
  const tokenRoute = `POST ${tokenUrl.pathname}`;

  function missing(route: string, message: string, errorCode = 'missing_credentials'): UpstreamAuthError {
    return new UpstreamAuthError({ status: 401, errorCode, message, method: route.split(' ')[0], route });
  }

  async function fetchToken(c: ServiceCredentials): Promise<CachedToken> {
    const started = now();
    const meta = { method: 'POST', route: tokenRoute };
    let res: Awaited<ReturnType<typeof exchange>>;
    try {
      res = await exchange(
        {
          origin: tokenUrl.origin,
          path: tokenUrl.pathname + tokenUrl.search,
          method: 'POST',
          headers: {
            authorization: basicHeader(c),
            'content-type': 'application/x-www-form-urlencoded',
            accept: 'application/json',
            'user-agent': config.userAgent,
          },
          body: 'grant_type=client_credentials',
        },
        { dispatcher: config.dispatcher, timeoutMs: config.timeoutMs },
        meta,
      );
    } catch (err) {
      config.logger.debug(
        { event: 'upstream.token', route: tokenRoute, ms: now() - started },
        'token failed',
      );
      const code = err instanceof UpstreamError ? err.errorCode : 'network_error';
      throw new UpstreamAuthError({
        errorCode: 'token_request_failed',
        message: `Could not obtain an access token (${code}).`,
        cause: err,
        ...meta,
      });
    }
    config.logger.debug(
      { event: 'upstream.token', route: tokenRoute, status: res.status, ms: now() - started },
      'token request',
    );
    const body = parseJson(res.text);
    if (res.status < 200 || res.status > 299) {
      // Only the OAuth2 `error` code is kept: a description could echo what we sent.
      const oauthError =
        typeof body?.error === 'string' && /^[\w.-]{1,64}$/.test(body.error) ? body.error : '';
      throw new UpstreamAuthError({
        status: res.status,
        errorCode: oauthError || 'token_request_failed',
        message: `The auth server refused the service credentials (HTTP ${res.status}${oauthError ? ` ${oauthError}` : ''}).`,
        ...meta,
      });
    }
    const accessToken = body?.access_token;
    if (typeof accessToken !== 'string' || accessToken === '') {
      throw new UpstreamAuthError({
        status: res.status,
        errorCode: 'token_response_invalid',
        message: 'The auth server answered without an access token.',
        ...meta,
      });
    }
    const expiresIn = typeof body?.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 3600;
    const issued = now();
    return {
      accessToken,
      refreshAt: issued + refreshDelaySeconds(expiresIn) * 1000,
      expiresAt: issued + expiresIn * 1000,
    };
  }

  function token(c: ServiceCredentials): Promise<CachedToken> {
    const key = credentialKey(config.authUrl, c);
    let slot = slots.get(key);
    if (!slot) {
      slot = {};
      slots.set(key, slot);
    }
    const s = slot;
    if (s.token && now() < s.token.refreshAt) return Promise.resolve(s.token);
    if (!s.pending) {
      const stale = s.token;
      s.pending = fetchToken(c)
        .then(
          (fresh) => {
            s.token = fresh;
            return fresh;
          },
          (err: unknown) => {
            // A failed early refresh keeps serving the old token until it really expires.
            if (stale && s.token === stale && now() < stale.expiresAt) return stale;
            throw err;
          },
        )
        .finally(() => {
          s.pending = undefined;
        });
    }
    return s.pending;
  }

  return {
    async resolve(auth, signal, route) {
      if (auth?.kind === 'passthrough') {
        const value = auth.authorization.trim();
        if (value === '') throw missing(route, 'No Authorization header to forward.');
        // A header with control characters would make undici throw mid-request; reject it up front.
        if (!/^[\x20-\x7e\t]+$/.test(value)) {
          throw missing(route, 'The Authorization header is malformed.', 'invalid_authorization');
        }
        return { authorization: auth.authorization };
      }
      if (!creds) throw missing(route, 'No service credentials are configured for the upstream client.');
      if (creds.mode === 'basic') return { authorization: basicHeader(creds) };
      const t = await raceAbort(token(creds), signal, route);
      return { authorization: `Bearer ${t.accessToken}`, token: t };
    },
    invalidate(used) {
      if (!used.token) return;
      for (const slot of slots.values()) if (slot.token === used.token) slot.token = undefined;
    },
  };
}

function basicHeader(c: ServiceCredentials): string {
  return `Basic ${Buffer.from(`${c.keyId}:${c.keySecret}`, 'utf8').toString('base64')}`;
}

// One hash per credentials object, not per call: the service credentials are one object for the process.
const keys = new WeakMap<ServiceCredentials, { authUrl: string; key: string }>();

function credentialKey(authUrl: string, c: ServiceCredentials): string {
  const known = keys.get(c);
  if (known?.authUrl === authUrl) return known.key;
  const key = createHash('sha256').update(`${authUrl}\0${c.keyId}\0${c.keySecret}`).digest('hex');
  keys.set(c, { authUrl, key });
  return key;
}

function parseJson(text: string): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === 'object' && v !== null && !Array.isArray(v)
      ? (v as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Lets one caller stop waiting for a shared token request without cancelling it for the others. */
function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined, route: string): Promise<T> {
  if (!signal) return promise;
  // A deadline reads as a timeout, any other abort as an abort (errorForAbort looks at the reason).
  const aborted = () => errorForAbort(signal.reason, { method: route.split(' ')[0] ?? 'GET', route });
  if (signal.aborted) return Promise.reject(aborted());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(aborted());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
