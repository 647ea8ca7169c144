// The wire types are generated from the contract, and the contract is a copy of the shared one: both are
// checked, so the client's types can never silently lag behind the contract they claim to follow.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('contract drift', () => {
  // Each generated file, from its spec, exactly as the `gen:wire-types` script writes it.
  const generated: Array<[string, string]> = [
    ['src/upstream/openapi.ts', 'contract/upstream/rcs-senders.openapi.yaml'],
    [
      'src/upstream/openapi-whatsapp-senders.ts',
      'contract/upstream/sinch-1.2.117/sinch-whatsapp-senders-api-openapi.yml',
    ],
    [
      'src/upstream/openapi-whatsapp-accounts.ts',
      'contract/upstream/sinch-1.2.117/sinch-whatsapp-accounts-api-openapi.yml',
    ],
  ];
  it('package.json `gen:wire-types` generates every wire-type file from its spec', () => {
    const script: string = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts[
      'gen:wire-types'
    ];
    for (const [target, spec] of generated)
      expect(script).toContain(`openapi-typescript ${spec} -o ${target}`);
  });
  it.each(generated)('%s is what `npm run gen:wire-types` generates from %s', (target, spec) => {
    const out = join(mkdtempSync(join(tmpdir(), 'wire-types-')), 'openapi.ts');
    const run = spawnSync(
      process.execPath,
      [join(root, 'node_modules/openapi-typescript/bin/cli.js'), join(root, spec), '-o', out],
      { cwd: root, encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(join(root, target), 'utf8')).toBe(readFileSync(out, 'utf8'));
  });

  // The shared contract lives beside the checkout (../shared); CI lays a copy there too. Where it is
  // absent (a plain clone elsewhere) there is nothing to compare with.
  const shared = join(root, '../shared/upstream');
  it.runIf(existsSync(shared))('contract/upstream is an exact copy of ../shared/upstream', () => {
    const ours = join(root, 'contract/upstream');
    const list = (dir: string) =>
      files(dir)
        .map((f) => relative(dir, f))
        .sort();
    expect(list(ours)).toEqual(list(shared));
    for (const name of list(shared)) {
      expect(readFileSync(join(ours, name), 'utf8'), name).toBe(readFileSync(join(shared, name), 'utf8'));
    }
  });

  const sharedGraphQL = join(root, '../shared/design/schema-contract.graphql');
  it.runIf(existsSync(sharedGraphQL))(
    'contract/schema-contract.graphql is an exact copy of the shared one',
    () => {
      expect(readFileSync(join(root, 'contract/schema-contract.graphql'), 'utf8')).toBe(
        readFileSync(sharedGraphQL, 'utf8'),
      );
    },
  );
});
