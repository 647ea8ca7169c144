// A catalogue of error wordings read from a folder of Sinch's published error examples
// (<op>.<status>.<code>.json): the first file, in name order, that carries a code gives its message and
// resolution. Read once, on first use.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type CatalogueEntry = { message: string; resolution: string };

export interface CatalogueBody extends CatalogueEntry {
  errorCode: string;
  additionalInformation?: Record<string, string | string[]>;
}

/** The lazily loaded catalogue of the examples in `dir`. */
export function exampleCatalogue(dir: string): () => Map<string, CatalogueEntry> {
  let catalogue: Map<string, CatalogueEntry> | undefined;
  return () => {
    if (catalogue) return catalogue;
    catalogue = new Map();
    for (const file of readdirSync(dir).sort()) {
      if (!file.endsWith('.json')) continue;
      const body = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CatalogueBody;
      if (!catalogue.has(body.errorCode))
        catalogue.set(body.errorCode, { message: body.message, resolution: body.resolution });
    }
    return catalogue;
  };
}

/** An error body in the published key order: code, message, resolution, then the details if any. */
export function catalogueBody(
  errorCode: string,
  entry: CatalogueEntry,
  additionalInformation?: Record<string, string | string[]>,
): CatalogueBody {
  const body: CatalogueBody = { errorCode, message: entry.message, resolution: entry.resolution };
  if (additionalInformation) body.additionalInformation = additionalInformation;
  return body;
}
