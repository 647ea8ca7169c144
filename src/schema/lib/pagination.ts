import { GraphQLError } from 'graphql';

// Relay connections over the upstream's token pagination. An edge's cursor records where the edge sits
// upstream: the token of its page (null = first page), its offset in that page, the page size used, and,
// for the page's last edge, the next page's token. `after` re-reads the same page with the same size
// (tokens are opaque, so they are only ever replayed with the size that produced them) and continues
// after the offset, or jumps straight to the next token from a page's last edge.
//
// One field reads at most MAX_PAGES_PER_FIELD pages: `comments` scans activity pages for COMMENT_ADDED
// entries, and a cursor from a small page size makes a large `first` many pages (unbounded, a sender with
// 10,000 activities and few comments cost 100 calls). A page the cap stops short says so: hasNextPage is
// true and the end cursor continues where the reading stopped.

/** The largest `first` of a connection field: the upstream's largest page. */
export const MAX_FIRST = 100;
/** `first` when the query gives none. */
export const DEFAULT_FIRST = 50;
/** Upstream pages one connection field may read (comments: 3 × 100 activities scanned at most). */
export const MAX_PAGES_PER_FIELD = 3;

/** The `first` argument of every connection field. */
export const FIRST_ARG = `Items per page, 1 to ${MAX_FIRST} (default ${DEFAULT_FIRST}); outside that range the request is refused before any upstream call.`;
/** The `after` argument of every connection field. */
export const AFTER_ARG =
  "Continue after this cursor (an edge's cursor or pageInfo.endCursor) of the same connection with the same arguments.";

export interface UpstreamPage<T> {
  readonly items: readonly T[];
  readonly totalSize: number;
  readonly nextPageToken?: string | undefined;
  readonly previousPageToken?: string | undefined;
}

interface CursorData {
  /** Token of the edge's page (null: the first page). */
  t: string | null;
  /** Offset of the edge in its page. */
  o: number;
  /** Page size the token was read with. */
  s: number;
  /** Token of the page after the edge's. */
  n: string | null;
  /**
   * Nothing of the connection follows the edge before page `n`: it is its page's last item, or the last
   * match before the page cap stopped the reading. `after` then starts at page `n`.
   */
  l: boolean;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface ConnectionResult<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

export function encodeCursor(data: CursorData): string {
  return Buffer.from(JSON.stringify(data), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): CursorData {
  try {
    const d = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Partial<CursorData>;
    const okToken = (v: unknown) => v === null || typeof v === 'string';
    if (
      okToken(d.t) &&
      okToken(d.n) &&
      Number.isInteger(d.o) &&
      (d.o as number) >= 0 &&
      Number.isInteger(d.s) &&
      (d.s as number) >= 1 &&
      (d.s as number) <= MAX_FIRST &&
      typeof d.l === 'boolean'
    ) {
      return d as CursorData;
    }
  } catch {
    // fall through to the error below
  }
  throw new GraphQLError('`after` is not a cursor of this connection.', {
    extensions: { code: 'BAD_USER_INPUT', argument: 'after' },
  });
}

/**
 * The upstream pages a connection field with this `first` and `after` reads, at most: one from the start;
 * from a cursor, the pages of the cursor's size that `first` needs plus the cursor's own page re-read,
 * up to the cap. A malformed cursor fails before any call.
 */
export function pagesToRead(first: number, after: string | null | undefined): number {
  if (!after) return 1;
  try {
    return Math.min(MAX_PAGES_PER_FIELD, Math.ceil(first / decodeCursor(after).s) + 1);
  } catch {
    return 0;
  }
}

/** `first` must be 1..MAX_FIRST: checked before any upstream call. */
export function checkFirst(first: number | null | undefined, fallback = DEFAULT_FIRST): number {
  const value = first ?? fallback;
  if (!Number.isInteger(value) || value < 1 || value > MAX_FIRST) {
    throw new GraphQLError(`\`first\` must be between 1 and ${MAX_FIRST}, got ${value}.`, {
      extensions: { code: 'BAD_USER_INPUT', argument: 'first' },
    });
  }
  return value;
}

export interface PaginateOptions<T> {
  first: number;
  after?: string | null | undefined;
  /** Page size for a fresh start (no `after`); defaults to `first`. */
  pageSize?: number;
  /** Only items passing this become edges (comments among activities); pages are read until filled. */
  filter?: (item: T) => boolean;
}

export async function paginate<T>(
  fetchPage: (token: string | undefined, pageSize: number) => Promise<UpstreamPage<T>>,
  opts: PaginateOptions<T>,
): Promise<ConnectionResult<T>> {
  const first = checkFirst(opts.first);
  const start = opts.after ? decodeCursor(opts.after) : null;
  const size = start ? start.s : (opts.pageSize ?? first);
  // From a page's last edge, go straight to the next page; otherwise re-read the edge's page after it
  // (also from the very last edge: that call is what tells the current totalCount).
  const jump = start?.l === true && start.n !== null;
  let token: string | null = start ? (jump ? start.n : start.t) : null;
  let skip = start && !jump ? start.o + 1 : 0;
  const keep = opts.filter ?? (() => true);
  const edges: Edge<T>[] = [];

  let hasNextPage = false;
  let hasPreviousPage = start !== null;
  let totalCount = 0;
  // Where the reading stopped when the page cap stopped it: the last page read and the next one.
  let capped: { token: string | null; last: number; next: string } | undefined;
  const seen = new Set<string | null>();
  for (;;) {
    seen.add(token);
    const page = await fetchPage(token ?? undefined, size);
    totalCount = page.totalSize;
    if (edges.length === 0 && skip === 0 && page.previousPageToken) hasPreviousPage = true;
    const items = page.items;
    const next = page.nextPageToken ?? null;
    let i = skip;
    for (; i < items.length && edges.length < first; i += 1) {
      const item = items[i] as T;
      if (!keep(item)) continue;
      edges.push({
        node: item,
        cursor: encodeCursor({ t: token, o: i, s: size, n: next, l: i === items.length - 1 }),
      });
    }
    if (edges.length >= first) {
      hasNextPage = items.slice(i).some(keep) || next !== null;
      break;
    }
    // A token we already read would loop forever; treat it as the end.
    if (next === null || seen.has(next)) break;
    if (seen.size >= MAX_PAGES_PER_FIELD) {
      hasNextPage = true;
      capped = { token, last: Math.max(items.length - 1, 0), next };
      break;
    }
    token = next;
    skip = 0;
  }
  const info = pageInfo(edges, hasNextPage, hasPreviousPage);
  if (capped) {
    // Every match of the pages read is an edge, so continuing at the next unread page skips nothing. With
    // no edge, the end cursor still marks where to continue: a client pages on with `after: endCursor`.
    const last = edges[edges.length - 1];
    const at = last ? decodeCursor(last.cursor) : { t: capped.token, o: capped.last, s: size };
    const cursor = encodeCursor({ ...at, n: capped.next, l: true });
    if (last) last.cursor = cursor;
    if (edges.length === 1) info.startCursor = cursor;
    info.endCursor = cursor;
  }
  return { edges, pageInfo: info, totalCount };
}

function pageInfo<T>(edges: Edge<T>[], hasNextPage: boolean, hasPreviousPage: boolean): PageInfo {
  return {
    hasNextPage,
    hasPreviousPage,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges[edges.length - 1]?.cursor ?? null,
  };
}
