// Error bodies of the webhook-registration routes, worded exactly as Sinch's published examples
// (contract/upstream/examples/webhooks/errors/<op>.<status>.<code>.json). They differ from the RCS
// catalogue where they name the path parameter ("webhookId param is in the wrong format").
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contractFile } from '../contract-files.ts';
import { type ErrorBody, SandboxError } from '../errors.ts';

const DIR = contractFile('examples', 'webhooks', 'errors');

let catalogue: Map<string, { message: string; resolution: string }> | undefined;

function entries(): Map<string, { message: string; resolution: string }> {
  if (catalogue) return catalogue;
  catalogue = new Map();
  for (const file of readdirSync(DIR).sort()) {
    if (!file.endsWith('.json')) continue;
    const body = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as ErrorBody;
    if (!catalogue.has(body.errorCode))
      catalogue.set(body.errorCode, { message: body.message, resolution: body.resolution });
  }
  return catalogue;
}

export function webhookError(
  status: number,
  errorCode: string,
  additionalInformation?: Record<string, string[]>,
): SandboxError {
  const entry = entries().get(errorCode);
  if (!entry) throw new Error(`sandbox: no webhook catalogue entry for errorCode ${errorCode}`);
  const body: ErrorBody = { errorCode, message: entry.message, resolution: entry.resolution };
  if (additionalInformation) body.additionalInformation = additionalInformation;
  return new SandboxError(status, body);
}
