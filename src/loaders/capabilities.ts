import { callOptions } from '../context.ts';
import { UpstreamNotFoundError } from '../upstream/errors.ts';
import type { LoaderContext } from './rcs-senders.ts';

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

// One key per (caller, sender, number), made for every capabilities field: joined with NUL (which no id or
// fingerprint holds) rather than JSON, whose stringify and parse per field were 2 % of a dashboard's CPU.
const SEP = '\u0000';

export function capabilitiesKey(
  authKey: string,
  projectId: string,
  senderId: string,
  number: string,
): string {
  return `${authKey}${SEP}${projectId}${SEP}${senderId}${SEP}${number}`;
}

function parseCapabilitiesKey(key: string): [string, string, string] {
  const [, projectId, senderId, number, ...rest] = key.split(SEP);
  if (projectId === undefined || senderId === undefined || number === undefined || rest.length > 0) {
    throw new TypeError('malformed capabilities key');
  }
  return [projectId, senderId, number];
}

/**
 * Batch function of the capabilities loader: one upstream lookup per distinct (sender, number), all asked
 * at once (the client's fair pool of upstream slots bounds them). Order-preserving; a failure other than the documented 404s is an Error in
 * that key's place only.
 */
export async function loadRcsTestNumberCapabilitiesByNumber(
  ctx: LoaderContext,
  keys: readonly string[],
): Promise<(CapabilitiesResult | Error)[]> {
  return Promise.all(
    keys.map(async (key): Promise<CapabilitiesResult | Error> => {
      const [projectId, senderId, number] = parseCapabilitiesKey(key);
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
        return error instanceof Error ? error : new Error(String(error));
      }
    }),
  );
}
