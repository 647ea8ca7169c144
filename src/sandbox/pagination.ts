// Opaque page tokens: base64url of {offset, fingerprint of the query}. A token only works with the
// query that produced it; garbage or a token from another query → 400 invalid_page_token.
import { createHash } from 'node:crypto';
import { apiError } from './errors.ts';

export const DEFAULT_PAGE_SIZE = 50;

/** Page-size rules of one list: the RCS lists take 1..100, default 50; webhooks 1..15 (webhooks.ts). */
export interface PageLimits {
  max: number;
  default: number;
}

const RCS_LIMITS: PageLimits = { max: 100, default: DEFAULT_PAGE_SIZE };

export function parsePageSize(raw: string | null, limits: PageLimits = RCS_LIMITS): number {
  if (raw === null) return limits.default;
  if (!/^\d+$/.test(raw.trim())) throw apiError(400, 'invalid_page_size');
  const n = Number(raw);
  if (n < 1 || n > limits.max) throw apiError(400, 'invalid_page_size');
  return n;
}

function fingerprint(scope: unknown): string {
  return createHash('sha256').update(JSON.stringify(scope)).digest('base64url').slice(0, 12);
}

function encode(offset: number, fp: string): string {
  return Buffer.from(JSON.stringify({ o: offset, f: fp })).toString('base64url');
}

function decode(token: string, fp: string): number {
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(token)) throw new Error('alphabet');
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as {
      o?: unknown;
      f?: unknown;
    };
    if (parsed.f !== fp || !Number.isInteger(parsed.o) || (parsed.o as number) < 0) throw new Error('scope');
    return parsed.o as number;
  } catch {
    throw apiError(400, 'invalid_page_token');
  }
}

export interface Page<T> {
  totalSize: number;
  pageSize: number;
  items: T[];
  nextPageToken?: string;
  previousPageToken?: string;
}

/**
 * Slices one page. `scope` is everything that defines the query except paging (filters, sort, the
 * sender/project); page size may change between pages, the offset carries on.
 */
export function paginate<T>(
  all: T[],
  query: URLSearchParams,
  scope: unknown,
  limits: PageLimits = RCS_LIMITS,
): Page<T> {
  const pageSize = parsePageSize(query.get('pageSize'), limits);
  const fp = fingerprint(scope);
  const token = query.get('pageToken');
  const offset = token === null || token === '' ? 0 : decode(token, fp);
  const page: Page<T> = { totalSize: all.length, pageSize, items: all.slice(offset, offset + pageSize) };
  if (offset > 0) page.previousPageToken = encode(Math.max(0, offset - pageSize), fp);
  if (offset + pageSize < all.length) page.nextPageToken = encode(offset + pageSize, fp);
  return page;
}
