import { senderWrites } from '../../lib/sender-writes.ts';
import type { MappingContext } from '../../upstream-errors.ts';
import { encodeSenderId, resolveSenderRef } from '../ids.ts';
import { loadSender, primeSender, RcsSender, senderLoaderKey } from '../sender.ts';

/**
 * The writes on an RCS sender (src/schema/lib/sender-writes.ts, shared with WhatsApp): the sender an input
 * names (a global id, or an upstream id with projectId), the ids its errors report, the success types, and
 * the sender read back after a write whose answer lacks it (test numbers, comments).
 */
export const rcsSenderWrites = senderWrites({
  type: RcsSender,
  resolveRef: resolveSenderRef,
  encodeId: encodeSenderId,
  load: loadSender,
  forget: (ctx, ref) => RcsSender.getDataloader(ctx).clear(senderLoaderKey(ctx, ref.projectId, ref.senderId)),
  prime: primeSender,
});

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
