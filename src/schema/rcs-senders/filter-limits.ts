import { GraphQLError } from 'graphql';
import { charLength } from '../lib/validation.ts';

// Limits of the sender list filter, checked before any upstream call. The filter travels in the query
// string of GET .../rcs/senders, and the upstream answers a request line over its header limit with 431
// (which would reach the client as a retryable UPSTREAM_ERROR). The contract states no limits here, so
// ours keep the worst case (every character percent-encoded as 4 UTF-8 bytes, 12 characters) near 4 KiB,
// half the common 8 KiB limit, with room for the path, the other parameters and the Authorization header.

/** `filter.search`: at most 100 characters (≤ 1,200 bytes encoded). */
export const MAX_SEARCH_LENGTH = 100;
/** `filter.senderIds`: at most 50 ids (50 UUIDs and their commas take 2,100 bytes)... */
export const MAX_FILTER_SENDER_IDS = 50;
/** ...each 1 to 40 URL-unreserved characters (a UUID is 36), so that nothing in them is percent-encoded. */
export const MAX_FILTER_SENDER_ID_LENGTH = 40;
/** `filter.conversationApiAppId`: at most 64 characters (≤ 768 bytes encoded; app ids are 26). */
export const MAX_APP_ID_LENGTH = 64;

// Unreserved characters (RFC 3986) go out as they are; a comma could not be told from the list separator.
const SENDER_ID = new RegExp(`^[A-Za-z0-9._~-]{1,${MAX_FILTER_SENDER_ID_LENGTH}}$`);

export const FILTER_DOCS = {
  search: `Partial, case-insensitive match on the sender (search); at most ${MAX_SEARCH_LENGTH} characters, else the request is refused (BAD_USER_INPUT) before any upstream call.`,
  senderIds: `Only these upstream sender ids (filterSenderIds, sent comma-separated): at most ${MAX_FILTER_SENDER_IDS} ids of 1 to ${MAX_FILTER_SENDER_ID_LENGTH} letters, digits, "-", "_", "." or "~" (a UUID fits), else the request is refused (BAD_USER_INPUT) before any upstream call.`,
  conversationApiAppId: `Only senders linked to this Conversation API app (filterConversationApiAppId); at most ${MAX_APP_ID_LENGTH} characters, else the request is refused (BAD_USER_INPUT) before any upstream call.`,
} as const;

function refuse(argument: string, message: string): never {
  throw new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument } });
}

export interface FilterValues {
  search?: string | null | undefined;
  senderIds?: readonly (string | number | bigint)[] | null | undefined;
  conversationApiAppId?: string | null | undefined;
}

/** Throws BAD_USER_INPUT for the first filter value over its limit. */
export function checkFilterLimits(filter: FilterValues | null | undefined): void {
  if (!filter) return;
  const search = filter.search ? charLength(filter.search) : 0;
  if (search > MAX_SEARCH_LENGTH) {
    refuse(
      'filter.search',
      `\`filter.search\` must be at most ${MAX_SEARCH_LENGTH} characters, got ${search}.`,
    );
  }
  const ids = filter.senderIds ?? [];
  if (ids.length > MAX_FILTER_SENDER_IDS) {
    refuse(
      'filter.senderIds',
      `\`filter.senderIds\` must hold at most ${MAX_FILTER_SENDER_IDS} ids, got ${ids.length}.`,
    );
  }
  const bad = ids.findIndex((id) => !SENDER_ID.test(String(id)));
  if (bad >= 0) {
    refuse(
      'filter.senderIds',
      `\`filter.senderIds\` item ${bad} must be 1 to ${MAX_FILTER_SENDER_ID_LENGTH} letters, digits, "-", "_", "." or "~" (an upstream sender id).`,
    );
  }
  const appId = filter.conversationApiAppId ? charLength(filter.conversationApiAppId) : 0;
  if (appId > MAX_APP_ID_LENGTH) {
    refuse(
      'filter.conversationApiAppId',
      `\`filter.conversationApiAppId\` must be at most ${MAX_APP_ID_LENGTH} characters, got ${appId}.`,
    );
  }
}
