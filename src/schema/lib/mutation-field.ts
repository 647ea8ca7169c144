import type { InputObjectRef, ObjectRef } from '@pothos/core';
import type { Context } from '../../context.ts';
import { builder, type SchemaTypes } from '../builder.ts';
import { upstreamCost } from '../cost.ts';
import type { DomainErrorClass } from '../errors.ts';

// The one shape of a mutation field: `name(input: <Input>!): <Name>Result`, the result union listing its
// own success type and the error types it names, and a declared cost of upstream calls.

type Types = PothosSchemaTypes.ExtendDefaultTypes<SchemaTypes>;

export interface InputMutation<Input extends object, Payload extends object> {
  /** The `…Success` object of the result union. */
  type: ObjectRef<Types, Payload>;
  description: string;
  /** The one `input` argument, required, and what it says of itself. */
  input: InputObjectRef<Types, Input>;
  inputDescription: string;
  /** From resultUnion: the error types of the union and its description. */
  errors: { types: DomainErrorClass[]; union: { description: string } };
  /** Upstream calls at most (the declared cost); one unless said. */
  calls?: number;
  resolve: (input: Input, ctx: Context) => Promise<Payload>;
}

/** Declares a mutation field that takes one required `input` and answers its result union. */
export function inputMutation<Input extends object, Payload extends object>(
  name: string,
  m: InputMutation<Input, Payload>,
): void {
  builder.mutationField(name, (t) =>
    t.field({
      type: m.type,
      description: m.description,
      args: { input: t.arg({ type: m.input, required: true, description: m.inputDescription }) },
      errors: m.errors,
      extensions: upstreamCost({ calls: m.calls ?? 1 }),
      // Pothos cannot resolve its result conditional over a type parameter; `type` fixes Payload.
      resolve: (_root, args, ctx) => m.resolve((args as { input: Input }).input, ctx) as never,
    }),
  );
}

/**
 * A `…Success` type with one non-null field `key`: the object the upstream returned, as the mutation put
 * it into the request (so selecting its fields costs no further upstream call).
 */
export function returnedSuccessType<K extends string, R>(
  key: K,
  type: ObjectRef<Types, R | string, R>,
  fieldDescription: string,
) {
  return (name: string, description: string) =>
    builder.objectRef<Record<K, R>>(name).implement({
      description,
      fields: (t) => ({
        [key]: t.field({
          type,
          nullable: false,
          description: fieldDescription,
          // Pothos cannot resolve its result conditional over a type parameter; `type` fixes R.
          resolve: (p) => p[key] as never,
        }),
      }),
    });
}
