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
import { distinctEntities } from '../schema/entity-keys.ts';

// The upstream-call estimate: the most REST calls an operation can cause, computed from the document and
// its variables before anything runs. Each field's weight is the calls it makes per parent object; list
// sizes (`first`, ids) multiply everything below them. It is an upper bound for what the loaders can cause
// (de-duplication only lowers the real count), except where the size is not in the query: the test
// numbers of a sender are assumed to be ASSUMED_TEST_NUMBERS, and `comments` to read COMMENT_PAGES pages.

export const ASSUMED_TEST_NUMBERS = 10;
export const COMMENT_PAGES = 2;
const MAX_FIRST = 100;

type Args = Record<string, unknown>;
interface FieldCost {
  /** Upstream calls per parent object. */
  calls?: (args: Args) => number;
  /** Items the field yields: of the list itself, or of a connection's edges/nodes. */
  size?: (args: Args) => number;
  /** The list argument that fans out upstream (capped by maxListItems). */
  listArgument?: string;
}

const first = (args: Args) => {
  const n = typeof args.first === 'number' ? args.first : 50;
  return Math.min(Math.max(n, 0), MAX_FIRST);
};
const count = (name: string) => (args: Args) => (Array.isArray(args[name]) ? args[name].length : 0);
const one = () => 1;
const entities = (args: Args) =>
  distinctEntities(Array.isArray(args.representations) ? args.representations : []);

const COSTS: Record<string, FieldCost> = {
  'Query.node': { calls: one },
  'Query.nodes': { calls: count('ids'), size: count('ids'), listArgument: 'ids' },
  // A gateway sends every representation of a fetch in one call, duplicates and both key forms of a sender
  // included: the loader makes one GET per distinct sender, and a project is a handle (no call). So the
  // cost is the distinct senders, and what is selected below counts once per distinct entity.
  'Query._entities': {
    calls: (args) => entities(args).senders,
    size: (args) => {
      const { senders, projects } = entities(args);
      return senders + projects;
    },
  },
  'Project.rcsSenders': { calls: one, size: first },
  'Project.rcsSender': { calls: one },
  'Project.rcsActivities': { calls: one, size: first },
  'Project.rcsQuestionnaire': { calls: one },
  'RcsSender.activities': { calls: one, size: first },
  'RcsSender.comments': { calls: () => COMMENT_PAGES, size: first },
  'RcsSender.testNumbers': { size: () => ASSUMED_TEST_NUMBERS },
  'RcsTestNumber.capabilities': { calls: one },
};
/** A mutation: its write, plus a read-back where the upstream answers without the resource. */
const MUTATION: FieldCost = { calls: () => 2 };

export interface CostEstimate {
  calls: number;
  /** The largest list argument seen that fans out item by item (`nodes(ids)`). */
  maxListItems: number;
  /** A page size (`first`) outside 1..100, the first one met; such a query is refused before it runs. */
  badFirst?: number;
}

export function estimateUpstreamCalls(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  rawVariables: Record<string, unknown> | null | undefined,
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
      const rule =
        operation.operation === 'mutation' && type === root ? MUTATION : COSTS[`${type.name}.${field.name}`];
      let args: Args = {};
      if (rule) {
        try {
          args = getArgumentValues(field, sel, variables);
        } catch {
          continue; // invalid arguments: the field fails before calling anything
        }
      }
      const calls = rule?.calls?.(args) ?? 0;
      const size = rule?.size?.(args);
      if (rule?.listArgument) maxListItems = Math.max(maxListItems, count(rule.listArgument)(args));
      if (
        rule?.size === first &&
        typeof args.first === 'number' &&
        (args.first < 1 || args.first > MAX_FIRST)
      ) {
        badFirst ??= args.first;
      }
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
