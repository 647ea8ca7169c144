// `npm run supergraph`: composes this service's subgraph.graphql, plus any other subgraph SDL files given,
// into a Federation 2 supergraph with @theguild/federation-composition (the composer Hive runs), e.g. for
// `hive-gateway supergraph`. Composition errors are printed one per line and exit 1; bad arguments exit 2.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { composeServices } from '@theguild/federation-composition';
import { parse } from 'graphql';

const USAGE = `Usage: npm run supergraph -- [--url <url>] [--subgraph <name>=<url>=<sdl-file>]... [--out <file>]

  --url       where the gateway reaches this service (default http://127.0.0.1:4000/graphql)
  --subgraph  another subgraph: its name, routing URL and SDL file (repeatable)
  --out       the supergraph file to write (default supergraph.graphql)`;

const root = fileURLToPath(new URL('..', import.meta.url));
// npm runs scripts in the package root; relative paths are the caller's, where npm was started.
const cwd = process.env.INIT_CWD ?? process.cwd();

interface Subgraph {
  name: string;
  url: string;
  file: string;
}

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}\n`);
  process.exit(2);
}

/** `name=url=file`: the name ends at the first '=', the file starts after the last (a URL may hold '='). */
function parseSubgraph(spec: string): Subgraph {
  const first = spec.indexOf('=');
  const last = spec.lastIndexOf('=');
  if (first <= 0 || last === first || last === spec.length - 1) {
    fail(`--subgraph must be <name>=<url>=<sdl-file>, got "${spec}"`);
  }
  return { name: spec.slice(0, first), url: spec.slice(first + 1, last), file: spec.slice(last + 1) };
}

const OPTIONS: ParseArgsConfig['options'] = {
  url: { type: 'string', default: 'http://127.0.0.1:4000/graphql' },
  subgraph: { type: 'string', multiple: true, default: [] },
  out: { type: 'string', default: 'supergraph.graphql' },
  help: { type: 'boolean', default: false },
};

interface Args {
  url: string;
  subgraph: string[];
  out: string;
  help: boolean;
}

function readArgs(): Args {
  try {
    return parseArgs({ options: OPTIONS, strict: true, allowPositionals: false }).values as Args;
  } catch (error) {
    return fail((error as Error).message);
  }
}

const args = readArgs();
if (args.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

const subgraphs: Subgraph[] = [
  { name: 'rcs-senders', url: args.url, file: resolve(root, 'subgraph.graphql') },
  ...args.subgraph.map(parseSubgraph),
];
const services = subgraphs.map(({ name, url, file }) => {
  try {
    return { name, url, typeDefs: parse(readFileSync(resolve(cwd, file), 'utf8')) };
  } catch (error) {
    return fail(`subgraph "${name}": cannot read ${file}: ${(error as Error).message}`);
  }
});

const result = composeServices(services);
if (result.errors?.length || !result.supergraphSdl) {
  for (const error of result.errors ?? []) process.stderr.write(`composition error: ${error.message}\n`);
  process.exit(1);
}
const out = resolve(cwd, args.out);
writeFileSync(out, result.supergraphSdl);
process.stdout.write(`wrote ${out} (${subgraphs.map((s) => `${s.name} → ${s.url}`).join(', ')})\n`);
