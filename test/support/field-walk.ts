// Every object field reachable from Query, each with a path that reaches its parent type with data and a
// minimal operation that selects it (or not): what the declared-cost test executes against the sandbox.
import {
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isAbstractType,
  isNonNullType,
  isObjectType,
} from 'graphql';

/** One level of a path: a field (with its required arguments), or a type condition on an abstract type. */
export type Step =
  | { kind: 'field'; parent: GraphQLObjectType; field: GraphQLField<unknown, unknown>; args: string }
  | { kind: 'on'; type: GraphQLObjectType };

export interface FieldCase {
  parent: GraphQLObjectType;
  path: Step[];
  field: GraphQLField<unknown, unknown>;
  /** The field's arguments (the required ones, and those given values) as GraphQL text and as values. */
  args: string;
  argValues: Record<string, unknown>;
}

/**
 * Argument values by `Type.field.argument`, the GraphQL literal and the value it means: every required
 * argument needs one; an optional one listed here is passed too.
 */
export type ArgumentValues = Record<string, { literal: string; value: unknown }>;

function argumentsOf(
  parent: GraphQLObjectType,
  field: GraphQLField<unknown, unknown>,
  values: ArgumentValues,
) {
  const parts: string[] = [];
  const argValues: Record<string, unknown> = {};
  let required = false;
  for (const arg of field.args) {
    const key = `${parent.name}.${field.name}.${arg.name}`;
    const known = values[key];
    const isRequired = isNonNullType(arg.type) && arg.defaultValue === undefined;
    required ||= isRequired;
    if (!known && !isRequired) continue;
    if (!known) throw new Error(`No value for the required argument ${key}: add one to the test's values.`);
    parts.push(`${arg.name}: ${known.literal}`);
    argValues[arg.name] = known.value;
  }
  return { args: parts.length ? `(${parts.join(', ')})` : '', argValues, required };
}

/** How a path ranks, best first: required arguments, then nullable fields (they may hold no data), then length. */
type Rank = [number, number, number];
const better = (a: Rank, b: Rank) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/**
 * Every field of every object type reachable from Query, with the best path to its parent type: through
 * the fields with the fewest required arguments (so a list reaches every item, not one looked up by id),
 * then non-null ones; the root fields other than `entry` only when nothing else reaches a type (they are
 * entry points by id, tested as fields). Dijkstra over the type graph: a type is visited with its best path.
 */
export function walkFields(schema: GraphQLSchema, entry: string, values: ArgumentValues): FieldCase[] {
  const query = schema.getQueryType();
  if (!query) throw new Error('no Query type');
  const best = new Map<string, { rank: Rank; path: Step[] }>([[query.name, { rank: [0, 0, 0], path: [] }]]);
  const queue: GraphQLObjectType[] = [query];
  const cases: FieldCase[] = [];
  const rankOf = (t: GraphQLObjectType) => (best.get(t.name) as { rank: Rank }).rank;
  while (queue.length > 0) {
    queue.sort((a, b) => better(rankOf(a), rankOf(b)));
    const type = queue.shift() as GraphQLObjectType;
    const at = best.get(type.name) as { rank: Rank; path: Step[] };
    for (const field of Object.values(type.getFields())) {
      if (field.name.startsWith('__')) continue;
      const { args, argValues, required } = argumentsOf(type, field, values);
      cases.push({ parent: type, path: at.path, field, args, argValues });
      const named: GraphQLNamedType = getNamedType(field.type);
      const step: Step = { kind: 'field', parent: type, field, args };
      const detour = type === query && field.name !== entry ? 100 : 0;
      const rank: Rank = [
        at.rank[0] + (required ? 1 : 0) + detour,
        at.rank[1] + (isNonNullType(field.type) ? 0 : 1),
        at.rank[2] + 1,
      ];
      const targets = isObjectType(named)
        ? [{ type: named, path: [...at.path, step] }]
        : isAbstractType(named)
          ? schema
              .getPossibleTypes(named)
              .map((t) => ({ type: t, path: [...at.path, step, { kind: 'on', type: t } as Step] }))
          : [];
      for (const target of targets) {
        const known = best.get(target.type.name);
        if (known && better(known.rank, rank) <= 0) continue;
        best.set(target.type.name, { rank, path: target.path });
        if (!known) queue.push(target.type);
      }
    }
  }
  return cases;
}

/** The selection set text of `path`, with `inner` at its end; `__typename` at every level to count by. */
export function operationText(path: readonly Step[], inner: string): string {
  let text = `__typename ${inner}`;
  for (let i = path.length - 1; i >= 0; i -= 1) {
    const step = path[i] as Step;
    text =
      step.kind === 'field'
        ? `__typename ${step.field.name}${step.args} { ${text} }`
        : `... on ${step.type.name} { ${text} }`;
  }
  return `{ ${text} }`;
}

/** How many objects the answer holds at the end of `path` (lists flattened, nulls and other types skipped). */
export function countAt(data: unknown, path: readonly Step[]): number {
  let level: unknown[] = [data];
  for (const step of path) {
    if (step.kind === 'on') {
      level = level.filter((o) => (o as { __typename?: string }).__typename === step.type.name);
      continue;
    }
    level = level.flatMap((o) => {
      const v = (o as Record<string, unknown>)[step.field.name];
      return (Array.isArray(v) ? v : [v]).filter((x) => x !== null && x !== undefined);
    });
  }
  return level.length;
}

/** The minimal selection of a field: `__typename` below anything that is not a leaf. */
export function selectField(c: FieldCase): string {
  const named = getNamedType(c.field.type);
  return `${c.field.name}${c.args}${isObjectType(named) || isAbstractType(named) ? ' { __typename }' : ''}`;
}
