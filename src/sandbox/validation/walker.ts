// Walks a request value against a contract schema and reports problems the way NestJS/class-validator
// words them ("details.brand.emails.0.address must be an email"). Properties the schema does not
// declare are collected separately: they make the request an invalid_payload, not an invalid_input.
import { deref, type Schema } from './contract.ts';

export interface WalkOptions {
  /** Accept null where the schema's type list allows it (PATCH deletes); create bodies pass false. */
  allowNull: boolean;
  /** Ignore `required` lists below these paths (US v2 answers are enforced at launch, not at write). */
  lenientRequiredUnder?: string[];
  /** Chooses the branch of an anyOf that is not a plain "or null" (US answers: variant or legacy shape). */
  pickBranch?: (path: string, value: unknown, branches: Schema[]) => Schema;
}

export interface WalkResult {
  errors: string[];
  unknown: string[];
}

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export function isEmail(v: string): boolean {
  return EMAIL.test(v);
}

export function isUrl(v: string): boolean {
  if (/\s/.test(v)) return false;
  try {
    const u = new URL(v);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0;
  } catch {
    return false;
  }
}

function typesOf(s: Schema): string[] {
  if (s.type === undefined) return [];
  return Array.isArray(s.type) ? s.type : [s.type];
}

function typeMessage(type: string): string {
  switch (type) {
    case 'string':
      return 'must be a string';
    case 'number':
      return 'must be a number conforming to the specified constraints';
    case 'integer':
      return 'must be an integer number';
    case 'boolean':
      return 'must be a boolean value';
    case 'array':
      return 'must be an array';
    default:
      return 'must be an object';
  }
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value);
    case 'object':
      return value !== null && typeof value === 'object' && !Array.isArray(value);
    case 'null':
      return value === null;
    default:
      return true;
  }
}

/** The key two array items are compared by for uniqueness (emails by address, phones by number, ...). */
function uniqueKey(item: unknown): string {
  if (item && typeof item === 'object' && !Array.isArray(item)) {
    const o = item as Record<string, unknown>;
    for (const k of ['address', 'number', 'url']) if (typeof o[k] === 'string') return `${k}:${o[k]}`;
  }
  return JSON.stringify(item);
}

export function walk(value: unknown, schema: Schema, opts: WalkOptions, path = ''): WalkResult {
  const result: WalkResult = { errors: [], unknown: [] };
  visit(value, schema, path, undefined, opts, result);
  result.errors = [...new Set(result.errors)];
  return result;
}

function visit(
  v: unknown,
  raw: Schema,
  path: string,
  each: string | undefined,
  o: WalkOptions,
  r: WalkResult,
) {
  let s = deref(raw);
  const subject = each ? `each value in ${each}` : path;
  if (s.anyOf) {
    const nonNull = s.anyOf.filter(
      (b) => !(b.type === 'null' || (Array.isArray(b.type) && b.type[0] === 'null')),
    );
    if (v === null && nonNull.length < s.anyOf.length && o.allowNull) return;
    s = deref(
      nonNull.length === 1 ? (nonNull[0] as Schema) : (o.pickBranch?.(path, v, nonNull) ?? nonNull[0] ?? {}),
    );
  }
  const types = typesOf(s);
  if (v === null && types.includes('null') && o.allowNull) return;
  const concrete = types.filter((t) => t !== 'null');
  const type = concrete[0] ?? (s.properties ? 'object' : s.enum ? 'string' : undefined);
  if (s.enum && !s.enum.includes(v)) {
    r.errors.push(`${subject} must be one of the following values: ${s.enum.join(', ')}`);
    return;
  }
  if (type && !hasType(v, type)) {
    r.errors.push(
      type === 'object'
        ? `nested property ${path} must be either object or array`
        : `${subject} ${typeMessage(type)}`,
    );
    // The webhook document's `format: url` fields report both checks for a non-string, as its published
    // invalid_input example does ("target must be a string", "target must be a URL address").
    if (s.format === 'url') r.errors.push(`${subject} must be a URL address`);
    return;
  }
  if (type === 'object') return visitObject(v as Record<string, unknown>, s, path, o, r);
  if (type === 'array') return visitArray(v as unknown[], s, path, o, r);
  if (typeof v === 'string') {
    // The contract's minLength/maxLength are JSON Schema's: characters are code points, not UTF-16 units.
    const length = [...v].length;
    if (s.minLength !== undefined && length < s.minLength) {
      r.errors.push(`${subject} must be longer than or equal to ${s.minLength} characters`);
    }
    if (s.maxLength !== undefined && length > s.maxLength) {
      r.errors.push(`${subject} must be shorter than or equal to ${s.maxLength} characters`);
    }
    if (s.pattern && !new RegExp(s.pattern).test(v))
      r.errors.push(`${subject} must match /${s.pattern}/ regular expression`);
    if (s.format === 'email' && !isEmail(v)) r.errors.push(`${subject} must be an email`);
    // 'url' is what the webhook document writes for the same thing.
    if ((s.format === 'uri' || s.format === 'url') && !isUrl(v))
      r.errors.push(`${subject} must be a URL address`);
  }
  if (typeof v === 'number') {
    if (s.minimum !== undefined && v < s.minimum)
      r.errors.push(`${subject} must not be less than ${s.minimum}`);
    if (s.maximum !== undefined && v > s.maximum)
      r.errors.push(`${subject} must not be greater than ${s.maximum}`);
  }
}

function visitObject(v: Record<string, unknown>, s: Schema, path: string, o: WalkOptions, r: WalkResult) {
  const props = s.properties ?? {};
  const join = (k: string) => (path ? `${path}.${k}` : k);
  for (const key of Object.keys(v)) if (!(key in props)) r.unknown.push(join(key));
  const lenient = o.lenientRequiredUnder?.some((p) => path === p || path.startsWith(`${p}.`)) ?? false;
  for (const [key, prop] of Object.entries(props)) {
    const child = v[key];
    if (child === undefined) {
      if (!lenient && s.required?.includes(key)) {
        const d = deref(prop);
        r.errors.push(
          d.enum
            ? `${join(key)} must be one of the following values: ${d.enum.join(', ')}`
            : `${join(key)} should not be null or undefined`,
        );
      }
      continue;
    }
    visit(child, prop, join(key), undefined, o, r);
  }
}

function visitArray(v: unknown[], s: Schema, path: string, o: WalkOptions, r: WalkResult) {
  if (s.minItems !== undefined && v.length < s.minItems)
    r.errors.push(`${path} must contain at least ${s.minItems} elements`);
  if (s.maxItems !== undefined && v.length > s.maxItems) {
    r.errors.push(`${path} must contain no more than ${s.maxItems} elements`);
  }
  if (s.uniqueItems && new Set(v.map(uniqueKey)).size !== v.length)
    r.errors.push(`All ${path}'s elements must be unique`);
  if (!s.items) return;
  const item = deref(s.items);
  const primitive = !item.properties && !typesOf(item).includes('object') && !item.anyOf;
  v.forEach((el, i) => {
    visit(el, s.items as Schema, `${path}.${i}`, primitive ? path : undefined, o, r);
  });
}
