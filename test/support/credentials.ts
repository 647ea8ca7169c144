// The seeded projects' credentials as Authorization header values: Basic with the project's access key,
// the way a caller of the API (and of the sandbox) authenticates.
import { DEMO, DISABLED, OTHER } from '../../src/sandbox/index.ts';

export const basicAuth = (keyId: string, keySecret: string) =>
  `Basic ${Buffer.from(`${keyId}:${keySecret}`).toString('base64')}`;
export const DEMO_AUTH = basicAuth(DEMO.keyId, DEMO.keySecret);
export const OTHER_AUTH = basicAuth(OTHER.keyId, OTHER.keySecret);
export const DISABLED_AUTH = basicAuth(DISABLED.keyId, DISABLED.keySecret);
