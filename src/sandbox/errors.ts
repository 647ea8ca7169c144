// The error catalogue: message/resolution strings come from the published examples
// (contract/upstream/examples/errors/<op>.<status>.<code>.json) so they match Sinch's wording.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contractFile } from './contract-files.ts';

export interface ErrorBody {
  errorCode: string;
  message: string;
  resolution: string;
  additionalInformation?: Record<string, string | string[]>;
}

const ERRORS_DIR = contractFile('examples', 'errors');

function loadCatalogue(): Map<string, { message: string; resolution: string }> {
  const map = new Map<string, { message: string; resolution: string }>();
  for (const file of readdirSync(ERRORS_DIR).sort()) {
    if (!file.endsWith('.json')) continue;
    const body = JSON.parse(readFileSync(join(ERRORS_DIR, file), 'utf8')) as ErrorBody;
    if (!map.has(body.errorCode))
      map.set(body.errorCode, { message: body.message, resolution: body.resolution });
  }
  return map;
}

const catalogue = loadCatalogue();

/** Codes the sandbox answers with that have no published example (transport-level faults). */
const EXTRA: Record<string, { message: string; resolution: string }> = {
  not_found: { message: 'Route not found.', resolution: 'Verify the request path and method.' },
  service_unavailable: { message: 'Service unavailable.', resolution: 'Please wait and try again.' },
};

export function errorBody(
  errorCode: string,
  additionalInformation?: Record<string, string | string[]>,
): ErrorBody {
  const entry = catalogue.get(errorCode) ?? EXTRA[errorCode];
  if (!entry) throw new Error(`sandbox: no catalogue entry for errorCode ${errorCode}`);
  const body: ErrorBody = { errorCode, message: entry.message, resolution: entry.resolution };
  if (additionalInformation) body.additionalInformation = additionalInformation;
  return body;
}

/** Thrown by handlers; the server turns it into the HTTP answer. */
export class SandboxError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
    readonly headers: Record<string, string> = {},
  ) {
    super(body.errorCode);
  }
}

export function apiError(
  status: number,
  errorCode: string,
  additionalInformation?: Record<string, string | string[]>,
  headers?: Record<string, string>,
): SandboxError {
  return new SandboxError(status, errorBody(errorCode, additionalInformation), headers);
}

export function invalidInput(validationErrors: string[]): SandboxError {
  return apiError(400, 'invalid_input', { validationErrors });
}

export function invalidPayload(validationErrors?: string[]): SandboxError {
  return apiError(400, 'invalid_payload', validationErrors ? { validationErrors } : undefined);
}

export function knownErrorCodes(): string[] {
  return [...catalogue.keys()].sort();
}
