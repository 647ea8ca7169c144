import type { GraphQLField } from 'graphql';

// What a field costs upstream is declared on the field itself, in its `extensions`, so the estimate that
// gates a request before it runs (src/plugins/upstream-cost.ts) reads it from the executable schema: a
// field added without one is not silently priced by a table elsewhere, and the declared-cost test
// (test/schema/declared-costs.test.ts) executes every field reachable from Query against the sandbox and
// fails for one that calls the upstream without declaring it. A field without a declaration costs nothing.

/** The list arguments whose distinct senders a field loads (one GET each, duplicates and both keys once). */
export type SenderListArgument = 'ids' | 'representations';

export interface UpstreamCost {
  /**
   * Upstream calls per parent object: at most this many; `pages`, the pages a connection reads for its
   * `first` and `after` (one from the start; a cursor replays the page size that produced it); or one per
   * distinct sender of a list argument.
   */
  readonly calls: number | 'pages' | { readonly distinctSendersOf: SenderListArgument };
  /**
   * Items the field yields, multiplying everything selected below it: the page size `first` (default 50);
   * `expectedTestNumbers`, for a list the query does not size (COST_EXPECTED_TEST_NUMBERS); or the distinct
   * entities of a list argument (senders, plus projects for `_entities`). Absent: a list counts its
   * connection's `first` when it is a connection's edges/nodes, else 1.
   */
  readonly size?: 'first' | 'expectedTestNumbers' | { readonly distinctEntitiesOf: SenderListArgument };
  /** A list argument that fans out item by item: its length counts against MAX_LIST_ITEMS. */
  readonly listArgument?: string;
}

/** Field `extensions` declaring the field's upstream cost: `extensions: upstreamCost({ calls: 1 })`. */
export function upstreamCost(cost: UpstreamCost): { readonly upstreamCost: UpstreamCost } {
  return { upstreamCost: cost };
}

/** The cost a field of the executable schema declares; undefined: it declares none (costs nothing). */
export function declaredCost(field: GraphQLField<unknown, unknown>): UpstreamCost | undefined {
  return (field.extensions as { upstreamCost?: UpstreamCost } | undefined)?.upstreamCost;
}

/** Declares a cost on a field the schema builder did not create (`_entities`, from the federation library). */
export function declareCost(field: GraphQLField<unknown, unknown>, cost: UpstreamCost): void {
  (field as { extensions: Record<string, unknown> }).extensions = {
    ...field.extensions,
    ...upstreamCost(cost),
  };
}
