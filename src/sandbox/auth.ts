// Upstream authentication: Basic with a project's access key, or a Bearer token from /oauth2/token.
// A credential reaches only its own project; everything else is 401 unauthorized_error.
import { apiError } from './errors.ts';
import type { ProjectRecord } from './model.ts';
import { parseBasic } from './oauth.ts';
import type { Store } from './store.ts';
import type { TokenStore } from './tokens.ts';

const CHALLENGE = 'Basic realm="sinch", Bearer realm="sinch"';

function unauthorized(challenge: string) {
  return apiError(401, 'unauthorized_error', undefined, { 'www-authenticate': challenge });
}

export function authenticate(
  store: Store,
  tokens: TokenStore,
  header: string | undefined,
  projectId: string,
): ProjectRecord {
  if (!header) throw unauthorized(CHALLENGE);
  let ownerId: string | undefined;
  if (/^bearer /i.test(header)) {
    ownerId = tokens.lookup(header.slice(7).trim());
    if (!ownerId) throw unauthorized('Bearer realm="sinch", error="invalid_token"');
  } else {
    const basic = parseBasic(header);
    const project = basic ? store.findProjectByKey(basic.user) : undefined;
    if (!basic || !project || project.keySecret !== basic.pass) throw unauthorized(CHALLENGE);
    ownerId = project.id;
  }
  const project = store.projects.get(projectId);
  if (ownerId !== projectId || !project) throw unauthorized(CHALLENGE);
  return project;
}
