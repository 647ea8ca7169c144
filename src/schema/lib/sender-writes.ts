import type { ObjectRef } from '@pothos/core';
import type { Context } from '../../context.ts';
import { builder, type SchemaTypes } from '../builder.ts';
import { upstreamCost } from '../cost.ts';
import type { DomainErrorClass } from '../errors.ts';
import type { SenderRef } from '../rcs-senders/ids.ts';
import {
  type MutationDocsTable,
  rejectInput,
  type SuccessOf,
  type WriteMutation,
  writeMutation,
} from './mutations.ts';

// What the mutations on an existing sender do alike for every channel (RCS, WhatsApp): the sender an input
// names, the ids its errors report, dropping the request's copy after a write, the success types, and the
// sender read back after a write whose answer lacks it.

type Types = PothosSchemaTypes.ExtendDefaultTypes<SchemaTypes>;

/** A channel's sender type and its reads, as the write helpers need them. */
export interface SenderKind<R, Dto> {
  /** A loadable node: its field resolvers take the record, a field of it may answer a key or a record. */
  type: ObjectRef<Types, R | string, R>;
  /** A global id of this type, or an upstream id with projectId; null when neither. */
  resolveRef: (id: string, projectId: string | null | undefined) => SenderRef | null;
  encodeId: (projectId: string, senderId: string) => string;
  load: (ctx: Context, projectId: string, senderId: string) => Promise<R | null>;
  /** Drops what this request's loader holds for the sender. */
  forget: (ctx: Context, ref: SenderRef) => void;
  /** The sender record of an upstream answer, primed into the request's loader. */
  prime: (ctx: Context, projectId: string, dto: Dto) => R;
}

/** A mutation input naming a sender: by its global id, or by its upstream id with projectId. */
type SenderInput = { projectId?: string | null } & ({ id: string } | { senderId: string });

type SuccessFields<P extends { ref: SenderRef }> = PothosSchemaTypes.ObjectFieldBuilder<Types, P>;

export function senderWrites<R, Dto>(kind: SenderKind<R, Dto>) {
  /**
   * The sender a mutation input names: a global id, or an upstream id with projectId. `idField` is the
   * input field holding the id ("id" or "senderId"), for the error path.
   */
  function refOf(
    id: string,
    projectId: string | null | undefined,
    idField: 'id' | 'senderId',
    allowed: readonly DomainErrorClass[],
  ): SenderRef {
    const ref = kind.resolveRef(id, projectId);
    if (ref) return ref;
    if (id.trim() === '') rejectInput([{ path: ['input', idField], message: 'Must not be empty.' }], allowed);
    const message = projectId
      ? 'Does not match the project of the sender global id.'
      : 'Required when the sender is given by its upstream id (not a global id).';
    return rejectInput([{ path: ['input', 'projectId'], message }], allowed);
  }

  /** The ids a NotFoundError reports. */
  const ids = (ref: SenderRef): { sender: string; project: string } => ({
    sender: kind.encodeId(ref.projectId, ref.senderId),
    project: ref.projectId,
  });

  /** Loads the sender after a write; it existed a moment ago, so its absence is an internal fault. */
  async function reload(ctx: Context, ref: SenderRef): Promise<R> {
    const sender = await kind.load(ctx, ref.projectId, ref.senderId);
    if (!sender) throw new Error('The sender disappeared right after a successful write.');
    return sender;
  }

  /**
   * `sender` on a success type whose upstream answer lacks it: one GET when selected, none otherwise.
   * Nullable (the contract says the sender is non-null): the write happened before this read-back, so a
   * failed GET must not null the whole success and make a write that happened look failed (inviting a
   * duplicating retry).
   */
  function readBackField<P extends { ref: SenderRef }>(t: SuccessFields<P>, what: string) {
    return t.field({
      type: kind.type,
      nullable: true,
      description: `${what} The upstream response does not include it, so selecting it costs one GET of the sender. Null, with an error at this path, when that GET fails: the change itself was made, so do not retry the mutation.`,
      extensions: upstreamCost({ calls: 1 }),
      // Pothos cannot resolve its result conditional over a type parameter; `type` fixes R.
      resolve: (p, _args, ctx) => reload(ctx, p.ref) as never,
    });
  }

  /**
   * A success type whose upstream answer lacks the sender: `sender` (described as `what`) is read back when
   * selected.
   */
  const readBackAs =
    (what: string): SuccessOf<{ ref: SenderRef }> =>
    (name, description) =>
      builder.objectRef<{ ref: SenderRef }>(name).implement({
        description,
        fields: (t) => ({ sender: readBackField(t, what) }),
      });
  const readBack = readBackAs('The sender after the change.');

  /** A success type with the sender the upstream answered with, primed into the request's loader. */
  const answered: SuccessOf<{ sender: R }> = (name, description) =>
    builder.objectRef<{ sender: R }>(name).implement({
      description,
      fields: (t) => ({
        sender: t.field({
          type: kind.type,
          nullable: false,
          description:
            'The sender as the upstream returned it; selecting its fields costs no further upstream call.',
          resolve: (p) => p.sender as never,
        }),
      }),
    });

  /**
   * A write on the sender the input names (by `id`, or `senderId` where the input also names a test number
   * or a comment): the sender is resolved first, then the input checked, the write made, and the request's
   * copy of the sender dropped, so that a `sender` selected afterwards is fresh.
   */
  function mutation<N extends string, I extends SenderInput, D, P>(
    docs: MutationDocsTable<N>,
    name: N,
    m: WriteMutation<I, SenderRef, D, P>,
  ): void {
    const of = (input: I, allowed: readonly DomainErrorClass[]) =>
      'senderId' in input
        ? refOf(input.senderId, input.projectId, 'senderId', allowed)
        : refOf(input.id, input.projectId, 'id', allowed);
    writeMutation(docs, name, { of, ids, after: kind.forget }, m);
  }

  /** The answer of an `answered` success: the upstream's sender, primed (a project's new one, or `ref`). */
  const primed = (dto: Dto, target: string | SenderRef, ctx: Context) => ({
    sender: kind.prime(ctx, typeof target === 'string' ? target : target.projectId, dto),
  });
  /** The answer of a `readBack` success: the sender, read when selected. */
  const byRef = (_answer: unknown, ref: SenderRef) => ({ ref });

  return {
    refOf,
    ids,
    forget: kind.forget,
    reload,
    readBackField,
    readBack,
    readBackAs,
    answered,
    primed,
    byRef,
    mutation,
  };
}
