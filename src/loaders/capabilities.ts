import { callOptions } from '../context.ts';
import { UpstreamNotFoundError } from '../upstream/errors.ts';
import { asError, type LoaderContext } from './keys.ts';

export type CapabilitiesResult =
  | { readonly kind: 'capabilities'; readonly features: readonly string[] }
  | { readonly kind: 'unavailable'; readonly code: string; readonly message: string };

/**
 * The documented 404 answers of GET .../testNumbers/{n}/capabilities that mean "no capabilities for this
 * number right now" (contract §4.11): a state of the tester, not a failure of the request.
 */
export const UNAVAILABLE_CAPABILITY_CODES: ReadonlySet<string> = new Set([
  'user_has_not_accepted_invite',
  'blocked_because_the_recipient_declined',
  'user_is_not_tester_for_agent',
  'user_cannot_be_reached',
  'looking_up_the_rbm_agent',
]);

/** A capabilities lookup: the caller (its fingerprint), the sender and the number. */
export interface CapabilitiesKey {
  readonly authKey: string;
  readonly projectId: string;
  readonly senderId: string;
  readonly number: string;
}

export function capabilitiesKey(
  authKey: string,
  projectId: string,
  senderId: string,
  number: string,
): CapabilitiesKey {
  return { authKey, projectId, senderId, number };
}

// The loader's cache key, made for every capabilities field: joined with NUL (which no id or fingerprint
// holds) rather than JSON, whose stringify per field was 2 % of a dashboard's CPU.
const SEP = '\u0000';

/** The `loaderOptions` of the capabilities field: one lookup per distinct (caller, sender, number). */
export const capabilitiesLoaderOptions = {
  cacheKeyFn: (k: CapabilitiesKey): string =>
    `${k.authKey}${SEP}${k.projectId}${SEP}${k.senderId}${SEP}${k.number}`,
};

/**
 * Batch function of the capabilities loader: one upstream lookup per distinct (sender, number), all asked
 * at once (the client's fair pool of upstream slots bounds them). Order-preserving; a failure other than
 * the documented 404s is an Error in that key's place only.
 */
export async function loadRcsTestNumberCapabilitiesByNumber(
  ctx: LoaderContext,
  keys: readonly CapabilitiesKey[],
): Promise<(CapabilitiesResult | Error)[]> {
  return Promise.all(
    keys.map(async ({ projectId, senderId, number }): Promise<CapabilitiesResult | Error> => {
      try {
        const dto = await ctx.deps.client.rcsSenders.getTestNumberCapabilities(
          projectId,
          senderId,
          number,
          callOptions(ctx),
        );
        return { kind: 'capabilities', features: dto.features ?? [] };
      } catch (error) {
        if (error instanceof UpstreamNotFoundError && UNAVAILABLE_CAPABILITY_CODES.has(error.errorCode)) {
          return { kind: 'unavailable', code: error.errorCode, message: error.message };
        }
        return asError(error);
      }
    }),
  );
}
