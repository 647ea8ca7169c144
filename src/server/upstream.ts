import { randomBytes } from 'node:crypto';
import type { Config } from '../config.ts';
import type { Closer } from './types.ts';

// The upstream the server talks to: the configured SINCH_API_URL, or with none an embedded sandbox whose
// demo project the server acts for, so GraphiQL works with no header at all.

export interface Upstream {
  baseUrl: string;
  authUrl: string | undefined;
  credentials: Config['credentials'];
  /** Set with the embedded sandbox only. */
  sandboxUrl: string | undefined;
  demoAuthorization: string | undefined;
  defaultProjectId: string | undefined;
  webhookSecrets: string[];
}

/** Starts the embedded sandbox when no upstream is configured; its closer goes onto `closers`. */
export async function resolveUpstream(config: Config, closers: Closer[]): Promise<Upstream> {
  const configured: Upstream = {
    baseUrl: config.sinchApiUrl ?? '',
    authUrl: config.sinchAuthUrl,
    credentials: config.credentials,
    sandboxUrl: undefined,
    demoAuthorization: undefined,
    defaultProjectId: undefined,
    webhookSecrets: config.webhookSecrets,
  };
  if (config.sinchApiUrl) return configured;
  const { startSandbox, DEMO } = await import('../sandbox/index.ts');
  const sandbox = await startSandbox({ host: '127.0.0.1', port: config.sandboxPort, seed: 'demo' });
  closers.push(() => sandbox.close());
  return {
    baseUrl: sandbox.url,
    authUrl: config.sinchAuthUrl ?? `${sandbox.url}/oauth2/token`,
    credentials: config.credentials ?? { keyId: DEMO.keyId, keySecret: DEMO.keySecret, mode: 'oauth2' },
    sandboxUrl: sandbox.url,
    demoAuthorization: `Basic ${Buffer.from(`${DEMO.keyId}:${DEMO.keySecret}`).toString('base64')}`,
    defaultProjectId: DEMO.projectId,
    // So that webhooks registered with the embedded sandbox work end to end with no setup. Never printed
    // or logged: whoever needs to sign must set SINCH_WEBHOOK_SECRET.
    webhookSecrets:
      config.webhookSecrets.length === 0 ? [randomBytes(32).toString('base64url')] : config.webhookSecrets,
  };
}
