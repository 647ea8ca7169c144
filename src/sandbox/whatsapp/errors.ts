// Error bodies of the WhatsApp routes, worded as Sinch's published examples
// (contract/upstream/examples/whatsapp/errors/<op>.<status>.<code>.json); codes shared with RCS
// (unauthorized_error, invalid_page_size, …) have the same wording in both sets.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contractFile } from '../contract-files.ts';
import { type ErrorBody, errorBody, SandboxError } from '../errors.ts';

const DIR = contractFile('examples', 'whatsapp', 'errors');

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

export function waError(
  status: number,
  errorCode: string,
  additionalInformation?: Record<string, string | string[]>,
): SandboxError {
  const entry = entries().get(errorCode);
  if (!entry) return new SandboxError(status, errorBody(errorCode, additionalInformation));
  const body: ErrorBody = { errorCode, message: entry.message, resolution: entry.resolution };
  if (additionalInformation) body.additionalInformation = additionalInformation;
  return new SandboxError(status, body);
}

export const waInvalidInput = (validationErrors: string[]) =>
  waError(400, 'invalid_input', { validationErrors });

export const waInvalidPayload = (validationErrors: string[]) =>
  waError(400, 'invalid_payload', { validationErrors });

/** The WhatsApp error codes with a published example (the sandbox's catalogue). */
export function whatsappErrorCodes(): string[] {
  return [...entries().keys()].sort();
}
