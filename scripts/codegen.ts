// `npm run codegen`: writes schema.graphql (the sorted printed schema) and subgraph.graphql (the federation
// subgraph SDL, with @link and @key; drift tests fail when either is stale), then runs graphql-codegen
// (codegen.ts) for the typed documents in test/generated/.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printSortedSchema, printSubgraphSdl } from '../src/schema/print.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
writeFileSync(`${root}schema.graphql`, printSortedSchema());
writeFileSync(`${root}subgraph.graphql`, printSubgraphSdl());
process.stdout.write('wrote schema.graphql, subgraph.graphql\n');

if (!process.argv.includes('--schema-only')) {
  const result = spawnSync('npx', ['graphql-codegen', '--config', 'codegen.ts'], {
    cwd: root,
    stdio: 'inherit',
  });
  process.exit(result.status ?? 1);
}
