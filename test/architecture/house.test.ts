// The house rules that no single feature test would notice breaking: no import cycle among the project's
// TypeScript files (type-only imports count: a cycle of types still ties two modules together), and no
// hand-written file under src/ over 250 lines. dpdm parses the imports with the TypeScript compiler and
// resolves `./x.ts` specifiers as written (allowImportingTsExtensions); node_modules is not followed.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseCircular, parseDependencyTree } from 'dpdm';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const MAX_LINES = 250;
/** Generated from the contract's spec files by `npm run gen:wire-types`: not edited by hand. */
const GENERATED = new Set([
  'src/upstream/openapi.ts',
  'src/upstream/openapi-whatsapp-senders.ts',
  'src/upstream/openapi-whatsapp-accounts.ts',
]);

function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

function lineCount(file: string): number {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

describe('the house', () => {
  it('has no import cycle among src/, test/, scripts/ and bench/ (type-only imports included)', async () => {
    const tree = await parseDependencyTree(
      ['src/**/*.ts', 'test/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts'],
      {
        cwd: ROOT,
        context: ROOT,
        transform: false,
        skipDynamicImports: false,
      },
    );
    expect(Object.keys(tree).length).toBeGreaterThan(100);
    expect(parseCircular(tree).map((cycle) => cycle.join(' -> '))).toEqual([]);
  }, 60_000);

  it(`has no hand-written file under src/ over ${MAX_LINES} lines`, () => {
    const over = filesUnder('src')
      .filter((file) => !GENERATED.has(file))
      .map((file) => ({ file, lines: lineCount(file) }))
      .filter(({ lines }) => lines > MAX_LINES);
    expect(over).toEqual([]);
  });
});
