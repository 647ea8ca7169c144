// Schema-driven document generator for the fuzz test. fast-check supplies a tape of numbers; the builder
// reads it as choices (field, alias, argument, value, variable or literal, fragment, corruption), so every
// document is reproducible from the seed and shrinks with the tape.
import {
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isObjectType,
} from 'graphql';

export interface FuzzCase {
  query: string;
  variables: Record<string, unknown>;
  operationName?: string;
}

const STRINGS = [
  'demo-project',
  'other-project',
  '',
  'x',
  '"q"',
  'demo-project:00000000-0000-4000-8000-000000000000',
  '+46701234567',
  'é∑😀',
  'a'.repeat(300),
  '\\u0000',
];
const INTS = [-1, 0, 1, 2, 5, 50, 100, 101, 2 ** 31, -(2 ** 31) - 1];
const JUNK = ['{', '}', '(', ')', '$', '@', '...', ':', '"', '#', 'query', 'fragment', '\n', '!'];

export function buildCase(schema: GraphQLSchema, tape: readonly number[]): FuzzCase {
  let i = 0;
  const next = (n: number) => (n <= 0 ? 0 : (tape[i++ % Math.max(tape.length, 1)] ?? 0) % n);
  const pick = <T>(xs: readonly T[]): T => xs[next(xs.length)] as T;
  const variables: Record<string, unknown> = {};
  const varDefs: string[] = [];

  const rawValue = (type: GraphQLInputType, depth: number): unknown => {
    const t = getNullableType(type);
    if (next(12) === 0) return null;
    if (isListType(t)) return Array.from({ length: next(4) }, () => rawValue(t.ofType, depth + 1));
    if (isEnumType(t)) return next(6) === 0 ? 'NOT_A_VALUE' : pick(t.getValues()).value;
    if (isInputObjectType(t)) {
      if (depth > 3) return {};
      const out: Record<string, unknown> = {};
      for (const f of Object.values(t.getFields()))
        if (next(3) > 0) out[f.name] = rawValue(f.type, depth + 1);
      return out;
    }
    const name = (t as GraphQLNamedType).name;
    if (next(10) === 0) return pick([true, 3.5, 'str', [], {}]); // a wrong type now and then
    if (name === 'Int' || name === 'Float') return pick(INTS);
    if (name === 'Boolean') return next(2) === 0;
    return pick(STRINGS);
  };
  const literal = (value: unknown, type: GraphQLInputType): string => {
    const t = getNullableType(type);
    if (value === null) return 'null';
    if (Array.isArray(value))
      return `[${value.map((v) => literal(v, isListType(t) ? t.ofType : t)).join(', ')}]`;
    if (typeof value === 'object') {
      const fields = Object.entries(value as Record<string, unknown>);
      const fieldType = (k: string) => (isInputObjectType(t) ? t.getFields()[k]?.type : undefined) ?? t;
      return `{ ${fields.map(([k, v]) => `${k}: ${literal(v, fieldType(k) as GraphQLInputType)}`).join(', ')} }`;
    }
    if (isEnumType(t) && typeof value === 'string') return value;
    return JSON.stringify(value);
  };
  const argument = (arg: GraphQLArgument) => {
    const value = rawValue(arg.type, 0);
    if (next(2) === 0) {
      const name = `v${varDefs.length}`;
      varDefs.push(`$${name}: ${arg.type.toString()}`);
      if (next(8) > 0) variables[name] = value;
      return `${arg.name}: $${name}`;
    }
    return `${arg.name}: ${literal(value, arg.type)}`;
  };

  const selection = (type: GraphQLNamedType, depth: number): string => {
    if (isAbstractType(type)) {
      const possible = schema.getPossibleTypes(type);
      const parts = ['__typename'];
      for (let k = next(3); k >= 0; k--) {
        const t = pick(possible);
        parts.push(`... on ${t.name} { ${selection(t, depth)} }`);
      }
      return parts.join(' ');
    }
    if (!isObjectType(type)) return '__typename';
    const fields = Object.values(type.getFields());
    const parts: string[] = [];
    for (let k = 1 + next(3); k > 0; k--) {
      const f = pick(fields);
      const alias = next(5) === 0 ? `a${next(1000)}: ` : '';
      const args = f.args.filter((a) => a.type.toString().endsWith('!') || next(2) === 0).map(argument);
      const argText = args.length ? `(${args.join(', ')})` : '';
      const named = getNamedType(f.type);
      const sub = isLeafType(named)
        ? ''
        : depth >= 5
          ? ' { __typename }'
          : ` { ${selection(named, depth + 1)} }`;
      parts.push(`${alias}${f.name}${argText}${sub}`);
    }
    return parts.join(' ');
  };

  const kind = next(20);
  const root = kind === 0 ? schema.getMutationType() : schema.getQueryType();
  const keyword = kind === 0 ? 'mutation' : 'query';
  const body = selection(root as GraphQLNamedType, 0);
  const name = next(4) === 0 ? 'Fuzz' : '';
  let query = `${keyword} ${name}${varDefs.length ? `(${varDefs.join(', ')})` : ''} { ${body} }`;
  // Corruptions: a dropped or an inserted character makes a syntax error somewhere in the document.
  const corrupt = next(8);
  if (corrupt === 0) {
    const at = next(query.length);
    query = query.slice(0, at) + query.slice(at + 1);
  } else if (corrupt === 1) {
    const at = next(query.length);
    query = query.slice(0, at) + pick(JUNK) + query.slice(at);
  }
  const operationName = next(10) === 0 ? pick(['Fuzz', 'Other', '']) : undefined;
  return { query, variables, ...(operationName !== undefined ? { operationName } : {}) };
}
