import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  GraphQLList,
  type GraphQLNamedType,
  type GraphQLSchema,
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  isInterfaceType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { DEFAULT_LIMITS } from '../config.ts';
import { declaredCost, type SenderListArgument, type UpstreamCost } from '../schema/cost.ts';
import { distinctEntities, globalIdRepresentation } from '../schema/entity-keys.ts';
import { DEFAULT_FIRST, MAX_FIRST, pagesToRead } from '../schema/lib/pagination.ts';

// The upstream-call estimate: the REST calls an operation is expected to cause, computed from the document
// and its variables before anything runs. Each field declares its calls per parent object and the size of
// what it yields next to its definition (src/schema/cost.ts); sizes multiply everything below them. What the
// document states is counted as stated (`first`, list arguments, distinct senders); what it cannot state
// (how many test numbers a sender has) is an expected size, not a worst case. The real count is bounded at
// run time by the request's call budget (the same MAX_UPSTREAM_CALLS).

type Args = Record<string, unknown>;

export interface CostOptions {
  /** Test numbers assumed per sender (COST_EXPECTED_TEST_NUMBERS). */
  expectedTestNumbers: number;
}

export interface CostEstimate {
  calls: number;
  /** The largest list argument seen that fans out item by item (`nodes(ids)`). */
  maxListItems: number;
  /** A page size (`first`) outside 1..MAX_FIRST, the first one met; such a query is refused before it runs. */
  badFirst?: number;
}

/** `nodes(ids)` ids are sender global ids (RCS or WhatsApp); `_entities` takes representations. Both decide alike. */
function entitiesOf(args: Args, name: SenderListArgument) {
  const list = Array.isArray(args[name]) ? (args[name] as unknown[]) : [];
  return distinctEntities(name === 'ids' ? list.map(globalIdRepresentation) : list);
}

const firstOf = (args: Args) => {
  const n = typeof args.first === 'number' ? args.first : DEFAULT_FIRST;
  return Math.min(Math.max(n, 0), MAX_FIRST);
};

/** The upstream calls a field with this declared cost makes per parent object, given its arguments. */
export function callsOf(cost: UpstreamCost, args: Args): number {
  if (typeof cost.calls === 'number') return cost.calls;
  if (cost.calls === 'pages')
    return pagesToRead(firstOf(args), typeof args.after === 'string' ? args.after : null);
  return entitiesOf(args, cost.calls.distinctSendersOf).senders;
}

function sizeOf(cost: UpstreamCost, args: Args, options: CostOptions): number | undefined {
  const { size } = cost;
  if (size === undefined) return undefined;
  if (size === 'first') return firstOf(args);
  if (size === 'expectedTestNumbers') return options.expectedTestNumbers;
  const { senders, projects } = entitiesOf(args, size.distinctEntitiesOf);
  return senders + projects;
}

export function estimateUpstreamCalls(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  rawVariables: Record<string, unknown> | null | undefined,
  options: CostOptions = { expectedTestNumbers: DEFAULT_LIMITS.expectedTestNumbers },
): CostEstimate | undefined {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operationName
    ? operations.find((o) => o.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
  const root = operation && schema.getRootType(operation.operation);
  // No operation to run, or variables that do not coerce: execution fails before any resolver.
  if (!operation || !root) return undefined;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  if (coerced.errors) return undefined;
  const variables = coerced.coerced;

  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  let maxListItems = 0;
  let badFirst: number | undefined;

  // Fragments expanded, every branch of an abstract type counted, @skip/@include ignored.
  const walk = (
    set: SelectionSetNode,
    type: GraphQLNamedType,
    connectionSize: number | undefined,
    stack: Set<string>,
  ): number => {
    let total = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.INLINE_FRAGMENT) {
        const cond = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : type;
        if (cond) total += walk(sel.selectionSet, cond, connectionSize, stack);
        continue;
      }
      if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(sel.name.value);
        const cond = fragment && schema.getType(fragment.typeCondition.name.value);
        if (!fragment || !cond || stack.has(fragment.name.value)) continue;
        stack.add(fragment.name.value);
        total += walk(fragment.selectionSet, cond, connectionSize, stack);
        stack.delete(fragment.name.value);
        continue;
      }
      if (!isObjectType(type) && !isInterfaceType(type)) continue;
      const field: GraphQLField<unknown, unknown> | undefined = type.getFields()[sel.name.value];
      if (!field) continue;
      const cost = declaredCost(field);
      let args: Args = {};
      if (cost) {
        try {
          args = getArgumentValues(field, sel, variables);
        } catch {
          continue; // invalid arguments: the field fails before calling anything
        }
      }
      const calls = cost ? callsOf(cost, args) : 0;
      const size = cost ? sizeOf(cost, args, options) : undefined;
      if (cost?.listArgument) {
        const list = args[cost.listArgument];
        maxListItems = Math.max(maxListItems, Array.isArray(list) ? list.length : 0);
      }
      if (
        cost?.size === 'first' &&
        typeof args.first === 'number' &&
        (args.first < 1 || args.first > MAX_FIRST)
      )
        badFirst ??= args.first;
      const isList = getNullableType(field.type) instanceof GraphQLList;
      // A list field multiplies its subtree by its own size, else by its connection's page size.
      const itemCount = isList ? (size ?? connectionSize ?? 1) : 1;
      const childConnection = isList ? undefined : size;
      const below = sel.selectionSet
        ? walk(sel.selectionSet, getNamedType(field.type), childConnection, stack)
        : 0;
      total += calls + itemCount * below;
    }
    return total;
  };
  const calls = walk(operation.selectionSet, root, undefined, new Set());
  return badFirst === undefined ? { calls, maxListItems } : { calls, maxListItems, badFirst };
}
