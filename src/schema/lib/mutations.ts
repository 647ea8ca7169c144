import type { InputObjectRef, ObjectRef } from '@pothos/core';
import { capitalize } from '@pothos/plugin-errors';
import { GraphQLError } from 'graphql';
import { type Context, callOptions, type UpstreamApi } from '../../context.ts';
import type { CallOptions } from '../../upstream/types.ts';
import { builder, type SchemaTypes } from '../builder.ts';
import { upstreamCost } from '../cost.ts';
import { type DomainErrorClass, type FieldError, ValidationError } from '../errors.ts';
import { type MappingContext, toDomainError } from '../upstream-errors.ts';

// What every mutation does the same way: one required `input` argument, a `<Verb><Noun>Result` union of
// its success type and the error types it lists, its declared upstream cost; refusing invalid input before
// any upstream call, running the call with the request's auth, and mapping its failure in one function.

type Types = PothosSchemaTypes.ExtendDefaultTypes<SchemaTypes>;

export const INVALID_INPUT_MESSAGE = 'The input is invalid; see fieldErrors.';

/** Input that failed validation, for a field whose union has no ValidationError: a request-level error. */
function badUserInput(fieldErrors: FieldError[]): GraphQLError {
  return new GraphQLError(fieldErrors.map((e) => `${e.path.join('.')}: ${e.message}`).join('; '), {
    extensions: { code: 'BAD_USER_INPUT', fieldErrors },
  });
}

/**
 * What the schema says of a mutation. Each mutations folder keeps these in its docs.ts, keyed by mutation
 * name, so that a declaration holds what the mutation does and the Docs pane's text is in one table.
 */
export interface MutationDocs {
  /** The mutation field. */
  about: string;
  /** Its `input` argument. */
  input: string;
  /** Its `<Name>Success` type, when that is built from a shared shape (a `SuccessOf`). */
  success?: string;
  /** Its `<Name>Result` union: what each error type means for this mutation. */
  result: string;
}

export type MutationDocsTable<N extends string = string> = Readonly<Record<N, MutationDocs>>;

/** A success type of a shared shape: the mutation names it `<Name>Success` and gives its description. */
export type SuccessOf<P> = (typeName: string, description: string) => ObjectRef<Types, P>;

/** A mutation: its input type, its success type, the error types of its result union, what it does. */
export interface InputMutation<I, P> {
  input: InputObjectRef<Types, I>;
  success: ObjectRef<Types, P> | SuccessOf<P>;
  errors: DomainErrorClass[];
  /** Upstream calls at most (the declared cost); 1 unless said. */
  calls?: number;
  /** `allowed`: the error types of the result union, for what the resolver throws. */
  resolve: (input: I, ctx: Context, allowed: readonly DomainErrorClass[]) => Promise<P>;
}

function docsOf(docs: MutationDocsTable, name: string, shared: boolean): MutationDocs {
  const entry = docs[name];
  if (!entry) throw new Error(`Mutation ${name} has no entry in its docs table.`);
  if (shared !== (entry.success !== undefined))
    throw new Error(
      `Mutation ${name}: docs.success describes a success type of a shared shape, and only that.`,
    );
  return entry;
}

/**
 * Declares `Mutation.<name>(input: <Input>!): <Name>Result!`, the union of its success type and the error
 * types it lists (the builder's default names the union), described by `docs[name]`.
 */
export function inputMutation<N extends string, I, P>(
  docs: MutationDocsTable<N>,
  name: N,
  m: InputMutation<I, P>,
): void {
  const shared = typeof m.success === 'function';
  const doc = docsOf(docs, name, shared);
  const success =
    typeof m.success === 'function' ? m.success(`${capitalize(name)}Success`, doc.success ?? '') : m.success;
  builder.mutationField(name, (t) =>
    t.field({
      type: success,
      description: doc.about,
      args: { input: t.arg({ type: m.input, required: true, description: doc.input }) },
      errors: { types: m.errors, union: { description: doc.result } },
      extensions: upstreamCost({ calls: m.calls ?? 1 }),
      // Pothos types the argument from the input ref; the field's own interface is the same shape.
      resolve: (_root, args, ctx) => m.resolve((args as { input: I }).input, ctx, m.errors) as never,
    }),
  );
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

/** Where a write goes: the target its input names, the ids its errors report, what to do after it. */
export interface WriteTarget<I, T> {
  of: (input: I, allowed: readonly DomainErrorClass[]) => T;
  ids: (target: T) => NonNullable<MappingContext['ids']>;
  /** After a successful write, e.g. drop what the request holds of what changed. */
  after?: (ctx: Context, target: T) => void;
}

/** A mutation that is one upstream write: its target, its input's checks, the write, the answer. */
export interface WriteMutation<I, T, D, P> extends Omit<InputMutation<I, P>, 'resolve'> {
  /** The input's own checks, once its target is known: the upstream never sees invalid input. */
  validate?: (input: I) => FieldError[];
  /** What the error mapping knows besides the result's error types and the target's ids. */
  mapping?: (input: I, target: T) => Omit<MappingContext, 'allowed'>;
  write: (client: UpstreamApi, target: T, input: I, opts: CallOptions) => Promise<D>;
  answer: (dto: D, target: T, ctx: Context, input: I) => P;
}

export function writeMutation<N extends string, I, T, D, P>(
  docs: MutationDocsTable<N>,
  name: N,
  to: WriteTarget<I, T>,
  m: WriteMutation<I, T, D, P>,
): void {
  inputMutation<N, I, P>(docs, name, {
    ...m,
    resolve: async (input, ctx, allowed) => {
      const target = to.of(input, allowed);
      if (m.validate) ensureValid(m.validate(input), allowed);
      const mapping = { allowed, ids: to.ids(target), ...m.mapping?.(input, target) };
      const dto = await upstreamCall(ctx, mapping, (opts) => m.write(ctx.deps.client, target, input, opts));
      to.after?.(ctx, target);
      return m.answer(dto, target, ctx, input);
    },
  });
}

/** A write on a project (a new sender, its account, an account comment): the target is its projectId. */
export function projectMutation<N extends string, I extends { projectId: string }, D, P>(
  docs: MutationDocsTable<N>,
  name: N,
  m: WriteMutation<I, string, D, P>,
): void {
  writeMutation(docs, name, { of: (input) => input.projectId, ids: (project) => ({ project }) }, m);
}
