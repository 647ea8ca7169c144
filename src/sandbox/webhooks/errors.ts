// Error bodies of the webhook-registration routes, worded exactly as Sinch's published examples
// (contract/upstream/examples/webhooks/errors/<op>.<status>.<code>.json). They differ from the RCS
// catalogue where they name the path parameter ("webhookId param is in the wrong format").
import { contractFile } from '../contract-files.ts';
import { SandboxError } from '../errors.ts';
import { catalogueBody, exampleCatalogue } from '../example-catalogue.ts';

const entries = exampleCatalogue(contractFile('examples', 'webhooks', 'errors'));

export function webhookError(
  status: number,
  errorCode: string,
  additionalInformation?: Record<string, string[]>,
): SandboxError {
  const entry = entries().get(errorCode);
  if (!entry) throw new Error(`sandbox: no webhook catalogue entry for errorCode ${errorCode}`);
  return new SandboxError(status, catalogueBody(errorCode, entry, additionalInformation));
}
