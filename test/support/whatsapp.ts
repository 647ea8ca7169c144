// WhatsApp paths, seeded ids and the published examples for the sandbox tests.
import { readdirSync, readFileSync } from 'node:fs';
import { DEMO } from '../../src/sandbox/index.ts';
import { seedWhatsappSenderId } from '../../src/sandbox/whatsapp/seed.ts';

const DIR = new URL('../../contract/upstream/examples/whatsapp/', import.meta.url);
export const whatsappExampleFiles = (sub = '') =>
  readdirSync(new URL(sub, DIR)).filter((f) => f.endsWith('.json'));
// biome-ignore lint/suspicious/noExplicitAny: published examples, read field by field
export const loadWhatsappExample = (file: string): any =>
  JSON.parse(readFileSync(new URL(file, DIR), 'utf8'));

/** `/v1/projects/<project>/whatsapp` (the account) — senders live under `${wa()}/senders`. */
export const wa = (projectId: string = DEMO.projectId) => `/v1/projects/${projectId}/whatsapp`;
export const waSender = (key: string, projectId: string = DEMO.projectId) =>
  `${wa(projectId)}/senders/${seedWhatsappSenderId(projectId, key)}`;
export { seedWhatsappSenderId };
