import { senderWrites } from '../../lib/sender-writes.ts';
import type { MappingContext } from '../../upstream-errors.ts';
import { encodeSenderId, resolveSenderRef } from '../ids.ts';
import { loadSender, RcsSender, type SenderRecord, senderLoaderKey } from '../sender.ts';

// The sender a mutation names, and reading it back: the sender reference of an input, the ids its errors
// report, the test numbers its errors can name, and the sender after a write whose answer lacks it
// (src/schema/lib/sender-writes.ts, shared with WhatsApp).

const rcs = senderWrites<SenderRecord>({
  type: RcsSender,
  resolveRef: resolveSenderRef,
  encodeId: encodeSenderId,
  load: loadSender,
  forget: (ctx, ref) => RcsSender.getDataloader(ctx).clear(senderLoaderKey(ctx, ref.projectId, ref.senderId)),
});

/** The sender an input names (a global id, or an upstream id with projectId); else invalid input. */
export const senderRefOf = rcs.refOf;
/** The ids a NotFoundError reports. */
export const senderIds = rcs.ids;
/**
 * For writes whose response does not carry the sender (test numbers, comments): drop what this request
 * holds for it, so that selecting `sender` costs exactly one fresh GET, and none when it is not selected.
 */
export const forgetSender = rcs.forget;
/** `sender` on a success type whose upstream answer lacks it: one GET when selected, none otherwise. */
export const readBackSenderField = rcs.readBackField;

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
