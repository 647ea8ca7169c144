import { printSubgraphSchema } from '@apollo/subgraph';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './index.ts';

/** The schema as `schema.graphql` holds it: sorted, printed, newline-terminated. */
export function printSortedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

/**
 * The subgraph SDL as `subgraph.graphql` holds it (what `_service { sdl }` answers): `@link` and the
 * federation directives included, federation's own types left out, as composers and rover expect.
 */
export function printSubgraphSdl(): string {
  return `${printSubgraphSchema(schema).trimEnd()}\n`;
}
