// The mutation documents of test/operations/mutations/, parsed together with the shared fragments, for the
// direct-execution tests (the harness tests use the codegen'd typed documents of the same files).
import { readFileSync } from 'node:fs';
import { type DocumentNode, Kind, parse } from 'graphql';

const DIR = new URL('../../operations/mutations/', import.meta.url);
const fragments = parse(readFileSync(new URL('errors.graphql', DIR), 'utf8')).definitions;

/** The named operation of `file`, with every fragment it may spread. */
export function operation(file: string, name: string): DocumentNode {
  const doc = parse(readFileSync(new URL(file, DIR), 'utf8'));
  const op = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name);
  if (!op) throw new Error(`no operation ${name} in ${file}`);
  return { kind: Kind.DOCUMENT, definitions: [op, ...fragments] };
}
