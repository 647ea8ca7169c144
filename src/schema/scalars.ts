import { GraphQLError, Kind } from 'graphql';
import { builder } from './builder.ts';

// Upstream timestamps are "UTC ISO-8601" but published examples use a lower-case separator
// ("2023-01-19t13:11:08.204Z"), so parsing is lenient and output is canonical (toISOString).
const ISO_LENIENT = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?([Zz]|[+-]\d{2}:?\d{2})$/;

export function parseDateTime(value: string): Date | null {
  if (!ISO_LENIENT.test(value)) return null;
  const date = new Date(value.replace(/[tT ]/, 'T').replace(/z$/, 'Z'));
  return Number.isNaN(date.getTime()) ? null : date;
}

function serializeDateTime(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value === 'string') return parseDateTime(value)?.toISOString() ?? null;
  return null;
}

builder.scalarType('DateTime', {
  description:
    'An instant in UTC, ISO-8601. Input and upstream parsing are lenient (e.g. "2023-01-19t13:11:08.204Z"); output is canonical ("2023-01-19T13:11:08.204Z").',
  serialize: (value) => serializeDateTime(value),
  parseValue: (value) => {
    const date = typeof value === 'string' ? parseDateTime(value) : null;
    if (!date) throw new GraphQLError('DateTime must be an ISO-8601 string such as "2024-05-01T12:00:00Z".');
    return date;
  },
  parseLiteral: (ast) => {
    const date = ast.kind === Kind.STRING ? parseDateTime(ast.value) : null;
    if (!date) throw new GraphQLError('DateTime must be an ISO-8601 string such as "2024-05-01T12:00:00Z".');
    return date;
  },
});

/** E.164: a plus, a non-zero country digit, at most 15 digits in all. */
export const E164 = /^\+[1-9]\d{6,14}$/;

builder.scalarType('PhoneNumber', {
  description:
    'A phone number in E.164 form, e.g. "+46123123111". Invalid input is a validation error and never reaches the upstream.',
  serialize: (value) => String(value),
  // Input is checked by each mutation's validation (so the error is a ValidationError with a path into the
  // input, not a request-level error); here only the type is enforced.
  parseValue: (value) => {
    if (typeof value !== 'string') throw new GraphQLError('PhoneNumber must be a string in E.164 form.');
    return value;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('PhoneNumber must be a string in E.164 form.');
    return ast.value;
  },
});
