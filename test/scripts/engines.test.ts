import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

// Every installed package supports the Node.js running the suite (20 on the project's machines): what npm
// would warn about as EBADENGINE at install time. package.json `overrides` pins the few transitive packages
// whose newest majors need Node 22 to the Node 20 lines they share an API with.

const modules = fileURLToPath(new URL('../../node_modules', import.meta.url));

function packageDirs(dir: string): string[] {
  const out: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries) {
    if (name.startsWith('.')) continue;
    if (name.startsWith('@')) {
      for (const scoped of readdirSync(join(dir, name))) out.push(join(dir, name, scoped));
    } else out.push(join(dir, name));
  }
  return out.flatMap((p) => [p, ...packageDirs(join(p, 'node_modules'))]);
}

describe('installed packages', () => {
  it(`all support Node.js ${process.versions.node} (no EBADENGINE)`, () => {
    const unsupported: string[] = [];
    let checked = 0;
    for (const dir of packageDirs(modules)) {
      let pkg: { name?: string; version?: string; engines?: { node?: string } };
      try {
        pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      } catch {
        continue;
      }
      checked++;
      const range = pkg.engines?.node;
      if (range && !semver.satisfies(process.versions.node, range, { includePrerelease: true })) {
        unsupported.push(`${pkg.name}@${pkg.version} needs node ${range}`);
      }
    }
    expect(checked).toBeGreaterThan(500);
    expect(unsupported).toEqual([]);
  });
});
