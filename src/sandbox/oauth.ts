// POST /oauth2/token (client-credentials grant) and the bearer tokens it issues.
// Tokens are random (they are secrets) and expire on the wall clock after tokenTtlSeconds.
import { createHmac, randomBytes } from 'node:crypto';
import type { HandlerResult, RawContext } from './http.ts';
import { contentTypeOf } from './http.ts';
import type { ProjectRecord } from './model.ts';
import type { Store } from './store.ts';

interface IssuedToken {
  projectId: string;
  expiresAtMs: number;
}

export class TokenStore {
  private tokens = new Map<string, IssuedToken>();
  private readonly secret = randomBytes(32);

  issue(project: ProjectRecord, ttlSeconds: number): string {
    const exp = Date.now() + ttlSeconds * 1000;
    const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    const head = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({
      sub: project.keyId,
      project: project.id,
      exp: Math.floor(exp / 1000),
      jti: randomBytes(8).toString('hex'),
    })}`;
    const token = `${head}.${createHmac('sha256', this.secret).update(head).digest('base64url')}`;
    this.tokens.set(token, { projectId: project.id, expiresAtMs: exp });
    return token;
  }

  /** The project a live token belongs to; undefined when unknown or expired. */
  lookup(token: string): string | undefined {
    const t = this.tokens.get(token);
    if (!t) return undefined;
    if (Date.now() >= t.expiresAtMs) {
      this.tokens.delete(token);
      return undefined;
    }
    return t.projectId;
  }

  clear(): void {
    this.tokens.clear();
  }
}

export function parseBasic(header: string | undefined): { user: string; pass: string } | undefined {
  if (!header || !/^basic /i.test(header)) return undefined;
  const decoded = Buffer.from(header.slice(6).trim(), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { user: decoded.slice(0, colon), pass: decoded.slice(colon + 1) };
}

function oauthError(status: number, error: string, description: string): HandlerResult {
  const headers: Record<string, string> = { 'cache-control': 'no-store' };
  if (status === 401) headers['www-authenticate'] = 'Basic realm="sinch-oauth2"';
  return { status, body: { error, error_description: description }, headers };
}

export function tokenHandler(store: Store, tokens: TokenStore, ttlSeconds: () => number) {
  return (ctx: RawContext): HandlerResult => {
    if (contentTypeOf(ctx) !== 'application/x-www-form-urlencoded') {
      return oauthError(400, 'invalid_request', 'Body must be application/x-www-form-urlencoded.');
    }
    const form = new URLSearchParams(ctx.rawBody);
    const auth = ctx.headers.authorization;
    const basic = parseBasic(typeof auth === 'string' ? auth : undefined);
    const clientId = basic?.user ?? form.get('client_id') ?? undefined;
    const clientSecret = basic?.pass ?? form.get('client_secret') ?? undefined;
    const project = clientId ? store.findProjectByKey(clientId) : undefined;
    if (!project || clientSecret !== project.keySecret) {
      return oauthError(401, 'invalid_client', 'Client authentication failed.');
    }
    if (form.get('grant_type') !== 'client_credentials') {
      return oauthError(400, 'unsupported_grant_type', 'Only grant_type=client_credentials is supported.');
    }
    const ttl = ttlSeconds();
    const access_token = tokens.issue(project, ttl);
    return {
      status: 200,
      body: { access_token, token_type: 'Bearer', expires_in: ttl, scope: '' },
      headers: { 'cache-control': 'no-store' },
    };
  };
}
