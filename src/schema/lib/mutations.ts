import { GraphQLError } from 'graphql';
import { type Context, callOptions } from '../../context.ts';
import type { CallOptions } from '../../upstream/types.ts';
import { type DomainErrorClass, type FieldError, ValidationError } from '../errors.ts';
import { type MappingContext, toDomainError } from '../upstream-errors.ts';

// What every mutation resolver does the same way: refuse invalid input before any upstream call, run the
// call with the request's auth, and map its failure in the one mapping function.

export const INVALID_INPUT_MESSAGE = 'The input is invalid; see fieldErrors.';

/** Input that failed validation, for a field whose union has no ValidationError: a request-level error. */
function badUserInput(fieldErrors: FieldError[]): GraphQLError {
  return new GraphQLError(fieldErrors.map((e) => `${e.path.join('.')}: ${e.message}`).join('; '), {
    extensions: { code: 'BAD_USER_INPUT', fieldErrors },
  });
}

/**
 * A mutation's `errors` option: the error types its `<Verb><Noun>Result` union lists (the builder's default
 * names the union), and what the union says of them.
 */
export function resultUnion(types: DomainErrorClass[], description: string) {
  return { types, union: { description } };
}

/** Invalid input: a ValidationError when the union has one, else a BAD_USER_INPUT GraphQL error. */
export function rejectInput(fieldErrors: FieldError[], allowed: readonly DomainErrorClass[]): never {
  if (allowed.includes(ValidationError)) throw new ValidationError(INVALID_INPUT_MESSAGE, fieldErrors);
  throw badUserInput(fieldErrors);
}

/** Throws when validation found anything; the upstream is never called with invalid input. */
export function ensureValid(fieldErrors: FieldError[], allowed: readonly DomainErrorClass[]): void {
  if (fieldErrors.length > 0) rejectInput(fieldErrors, allowed);
}

/** Runs one upstream write with the request's call options and maps its failure. */
export async function upstreamCall<T>(
  ctx: Context,
  mapping: MappingContext,
  call: (opts: CallOptions) => Promise<T>,
): Promise<T> {
  try {
    return await call(callOptions(ctx));
  } catch (err) {
    throw toDomainError(err, mapping);
  }
}
