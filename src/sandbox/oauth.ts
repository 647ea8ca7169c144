// POST /oauth2/token (client-credentials grant), issuing bearer tokens into the runtime's TokenStore
// (tokens.ts), and reading a Basic credential (also used by auth.ts).
import type { HandlerResult, RawContext } from './http.ts';
import { contentTypeOf } from './http.ts';
import type { Store } from './store.ts';
import type { TokenStore } from './tokens.ts';

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
