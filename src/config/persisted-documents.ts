import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { type Env, envReaders } from './readers.ts';

// PERSISTED_DOCUMENTS / PERSISTED_DOCUMENTS_ONLY (docs/operations.md "Trusted documents"): the manifest the
// frontends' GraphQL Code Generator client preset writes (`persisted-documents.json`, `{id: document}`), read
// and checked once at start, so a bad file is a start error rather than every request's.

/** The manifest, by the bare lower-case hex SHA-256 of each document (what every accepted id form names). */
export interface PersistedDocumentsConfig {
  /** PERSISTED_DOCUMENTS: the manifest's path, as configured. */
  path: string;
  /** PERSISTED_DOCUMENTS_ONLY=true: any request that is not a manifest document's id is refused (400). */
  only: boolean;
  documents: ReadonlyMap<string, string>;
}

/** `sha256:<64 hex>` (the client preset and GraphQL over HTTP's prefixed form) or the bare 64 hex (APQ). */
const SHA256_ID = /^(?:sha256:)?([0-9a-f]{64})$/i;

/** The bare lower-case hex hash an id names, or undefined when it is no SHA-256 id. */
export function sha256OfId(id: string): string | undefined {
  return SHA256_ID.exec(id)?.[1]?.toLowerCase();
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export function readPersistedDocuments(env: Env, problems: string[]): PersistedDocumentsConfig | undefined {
  const { get, flag } = envReaders(env, problems);
  const path = get('PERSISTED_DOCUMENTS');
  const only = flag('PERSISTED_DOCUMENTS_ONLY', false);
  if (path === undefined) {
    if (only) {
      problems.push(
        'PERSISTED_DOCUMENTS_ONLY=true needs PERSISTED_DOCUMENTS (the persisted-documents.json manifest to accept)',
      );
    }
    return undefined;
  }
  const documents = loadManifest(path, problems);
  return documents ? { path, only, documents } : undefined;
}

/** Every problem of the file, each naming the manifest and the entry; undefined when there is any. */
function loadManifest(path: string, problems: string[]): Map<string, string> | undefined {
  const at = `PERSISTED_DOCUMENTS (${path})`;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    problems.push(
      `${at}: cannot read the manifest${code === 'ENOENT' ? ': no such file' : ` (${code ?? String(error)})`}`,
    );
    return undefined;
  }
  let manifest: unknown;
  try {
    manifest = JSON.parse(text);
  } catch (error) {
    problems.push(`${at} is not JSON: ${(error as Error).message}`);
    return undefined;
  }
  if (manifest === null || typeof manifest !== 'object' || Array.isArray(manifest)) {
    problems.push(`${at} must be a JSON object of {"sha256:<hash>": "<document>"}`);
    return undefined;
  }
  const entries = Object.entries(manifest);
  if (entries.length === 0) problems.push(`${at} has no documents`);
  const documents = new Map<string, string>();
  const before = problems.length;
  for (const [id, document] of entries) {
    const hash = sha256OfId(id);
    if (hash === undefined) {
      problems.push(
        `${at}: "${id.slice(0, 80)}" is not a SHA-256 document id ("sha256:<64 hex>" or 64 hex; set the client preset's hashAlgorithm to sha256)`,
      );
      continue;
    }
    if (typeof document !== 'string') {
      problems.push(`${at}: the document of "${id}" is not a string`);
      continue;
    }
    const actual = sha256(document);
    if (actual !== hash) {
      problems.push(`${at}: "${id}" is not the document's hash (its SHA-256 is ${actual})`);
      continue;
    }
    try {
      parse(document, { noLocation: true });
    } catch (error) {
      problems.push(`${at}: the document of "${id}" does not parse: ${(error as Error).message}`);
      continue;
    }
    documents.set(hash, document);
  }
  return problems.length === before && entries.length > 0 ? documents : undefined;
}
