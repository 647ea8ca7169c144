// Error bodies of the WhatsApp routes, worded as Sinch's published examples
// (contract/upstream/examples/whatsapp/errors/<op>.<status>.<code>.json); codes shared with RCS
// (unauthorized_error, invalid_page_size, …) have the same wording in both sets.
import { contractFile } from '../contract-files.ts';
import { errorBody, SandboxError } from '../errors.ts';
import { catalogueBody, exampleCatalogue } from '../example-catalogue.ts';

const entries = exampleCatalogue(contractFile('examples', 'whatsapp', 'errors'));

export function waError(
  status: number,
  errorCode: string,
  additionalInformation?: Record<string, string | string[]>,
): SandboxError {
  const entry = entries().get(errorCode);
  if (!entry) return new SandboxError(status, errorBody(errorCode, additionalInformation));
  return new SandboxError(status, catalogueBody(errorCode, entry, additionalInformation));
}

export const waInvalidInput = (validationErrors: string[]) =>
  waError(400, 'invalid_input', { validationErrors });

export const waInvalidPayload = (validationErrors: string[]) =>
  waError(400, 'invalid_payload', { validationErrors });

/** The WhatsApp error codes with a published example (the sandbox's catalogue). */
export function whatsappErrorCodes(): string[] {
  return [...entries().keys()].sort();
}
