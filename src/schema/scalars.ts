import { GraphQLError, Kind } from 'graphql';
import { parseTimestamp } from '../upstream/timestamp.ts';
import { builder } from './builder.ts';

// One strict parser for both directions (src/upstream/timestamp.ts): lenient about the separator the
// upstream's examples use ("2023-01-19t13:11:08.204Z"), strict about the calendar (no 2023-02-30, no 24:00).
// Output is canonical (toISOString).

const DATE_TIME_MESSAGE =
  'DateTime must be an ISO-8601 instant with an offset, such as "2024-05-01T12:00:00Z", naming a real date and time.';

function serializeDateTime(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  // An upstream value: a missing offset means UTC; an impossible date is no date (null).
  if (typeof value === 'string') return parseTimestamp(value)?.toISOString() ?? null;
  return null;
}

/** Client input: a local time without an offset is ambiguous, so the offset is required. */
function parseDateTimeInput(value: unknown): Date {
  const date = typeof value === 'string' ? parseTimestamp(value, { requireOffset: true }) : null;
  if (!date) throw new GraphQLError(DATE_TIME_MESSAGE);
  return date;
}

builder.scalarType('DateTime', {
  description:
    'An instant in UTC, ISO-8601 with an offset (the date/time separator may be "T", "t" or a space, as in the upstream\'s "2023-01-19t13:11:08.204Z"). Impossible dates and times (2023-02-30, 2023-13-01, 24:00) are refused. Output is canonical ("2023-01-19T13:11:08.204Z").',
  serialize: (value) => serializeDateTime(value),
  parseValue: (value) => parseDateTimeInput(value),
  parseLiteral: (ast) => parseDateTimeInput(ast.kind === Kind.STRING ? ast.value : null),
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
