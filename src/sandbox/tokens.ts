// The bearer tokens /oauth2/token issues (oauth.ts), held by the runtime and checked by auth.ts.
// Tokens are random (they are secrets) and expire on the wall clock after tokenTtlSeconds.
import { createHmac, randomBytes } from 'node:crypto';
import type { ProjectRecord } from './model.ts';

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
