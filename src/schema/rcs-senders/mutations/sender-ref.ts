import type { Context } from '../../../context.ts';
import type { SchemaTypes } from '../../builder.ts';
import { upstreamCost } from '../../cost.ts';
import type { DomainErrorClass } from '../../errors.ts';
import { rejectInput } from '../../lib/mutations.ts';
import type { MappingContext } from '../../upstream-errors.ts';
import { encodeSenderId, resolveSenderRef, type SenderRef } from '../ids.ts';
import { RcsSender, type SenderRecord, senderLoaderKey } from '../sender.ts';

// The sender a mutation names, and reading it back: the sender reference of an input, the ids its errors
// report, the test numbers its errors can name, and the sender after a write whose answer lacks it.

/**
 * The sender a mutation input names: a global id, or an upstream id with projectId. `idField` is the input
 * field holding the id ("id" or "senderId"), for the error path.
 */
export function senderRefOf(
  id: string,
  projectId: string | null | undefined,
  idField: 'id' | 'senderId',
  allowed: readonly DomainErrorClass[],
): SenderRef {
  const ref = resolveSenderRef(id, projectId);
  if (ref) return ref;
  if (id.trim() === '') rejectInput([{ path: ['input', idField], message: 'Must not be empty.' }], allowed);
  const message = projectId
    ? 'Does not match the project of the sender global id.'
    : 'Required when the sender is given by its upstream id (not a global id).';
  return rejectInput([{ path: ['input', 'projectId'], message }], allowed);
}

/**
 * The test numbers an input sends and their input paths (`indexed`: a list at `path`; else one number at
 * `path`), so that the upstream's add_test_number_invalid can be pinned to one of them.
 */
export function testNumbersAt(
  values: readonly string[] | null | undefined,
  path: string[],
  indexed = true,
): NonNullable<MappingContext['testNumbers']> {
  return { values: values ?? [], path: (i) => (indexed ? [...path, String(i)] : path) };
}

export function senderIds(ref: SenderRef): { sender: string; project: string } {
  return { sender: encodeSenderId(ref.projectId, ref.senderId), project: ref.projectId };
}

/**
 * For writes whose response does not carry the sender (test numbers, comments): drop what this request
 * holds for it, so that selecting `sender` costs exactly one fresh GET, and none when it is not selected.
 */
export function forgetSender(ctx: Context, ref: SenderRef): void {
  RcsSender.getDataloader(ctx).clear(senderLoaderKey(ctx, ref.projectId, ref.senderId));
}

/** Loads the sender after a write; it existed a moment ago, so its absence is an internal fault. */
export async function reloadSender(ctx: Context, ref: SenderRef): Promise<SenderRecord> {
  const key = senderLoaderKey(ctx, ref.projectId, ref.senderId);
  const sender = (await RcsSender.getDataloader(ctx).load(key)) as SenderRecord | null;
  if (!sender) throw new Error('The sender disappeared right after a successful write.');
  return sender;
}

type SuccessFields<P extends { ref: SenderRef }> = PothosSchemaTypes.ObjectFieldBuilder<
  PothosSchemaTypes.ExtendDefaultTypes<SchemaTypes>,
  P
>;

/**
 * `sender` on a success type whose upstream answer lacks it: one GET when selected, none otherwise.
 * Nullable (the contract says RcsSender!): the write happened before this read-back, so a failed GET must
 * not null the whole success and make a write that happened look failed (inviting a duplicating retry).
 */
export function readBackSenderField<P extends { ref: SenderRef }>(t: SuccessFields<P>, what: string) {
  return t.field({
    type: RcsSender,
    nullable: true,
    description: `${what} The upstream response does not include it, so selecting it costs one GET of the sender. Null, with an error at this path, when that GET fails: the change itself was made, so do not retry the mutation.`,
    extensions: upstreamCost({ calls: 1 }),
    resolve: (p, _args, ctx) => reloadSender(ctx, p.ref),
  });
}
