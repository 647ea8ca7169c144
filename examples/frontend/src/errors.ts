import type { GraphQLErrorShape } from './client.ts';

// What a dashboard does with a request-level error, by its `extensions.code` (the API's error table).

/** Codes a read may simply retry (after `retryAfterSeconds` when given). */
const RETRYABLE_READ = new Set([
  'RATE_LIMITED',
  'UPSTREAM_TIMEOUT',
  'UPSTREAM_UNAVAILABLE',
  'UPSTREAM_ERROR',
]);

export type Reaction =
  | { kind: 'sign-in' }
  | { kind: 'no-access' }
  | { kind: 'fix-input' }
  | { kind: 'retry'; afterSeconds: number }
  | { kind: 'report'; code: string };

export function reactionTo(error: GraphQLErrorShape): Reaction {
  const code = error.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
  if (code === 'UNAUTHENTICATED') return { kind: 'sign-in' };
  if (code === 'FORBIDDEN') return { kind: 'no-access' };
  if (code === 'BAD_USER_INPUT' || code === 'LIMIT_EXCEEDED') return { kind: 'fix-input' };
  if (RETRYABLE_READ.has(code)) {
    const after = error.extensions?.retryAfterSeconds;
    return { kind: 'retry', afterSeconds: typeof after === 'number' ? after : 1 };
  }
  return { kind: 'report', code };
}
