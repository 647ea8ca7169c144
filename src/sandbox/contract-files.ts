import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The sandbox reads the upstream contract (contract/upstream/: the OpenAPI document, Sinch's published
// examples and error texts) at run time. Found from the package root, the nearest folder up from this
// module that holds contract/, so the same code works from src/ (tsx, tests) and from a compiled bundle.

function packageRoot(from: string): string {
  for (let dir = dirname(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'contract', 'upstream'))) return dir;
    if (dirname(dir) === dir) throw new Error(`contract/upstream not found above ${from}`);
  }
}

const UPSTREAM = join(packageRoot(fileURLToPath(import.meta.url)), 'contract', 'upstream');

/** Absolute path of a file or folder in contract/upstream/, e.g. contractFile('examples', 'errors'). */
export function contractFile(...parts: string[]): string {
  return join(UPSTREAM, ...parts);
}
