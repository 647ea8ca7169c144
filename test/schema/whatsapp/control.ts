// Shared setup of the WhatsApp mutation tests: the harness, sandbox time, per-operation call counts.
import type { GraphQLHarness } from '../../support/graphql.ts';

export const PROJECT = 'demo-project';

export async function advance(h: GraphQLHarness, steps = 1): Promise<void> {
  const res = await fetch(`${h.sandboxUrl}/_sandbox/advance`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ steps }),
  });
  if (!res.ok) throw new Error(`advance answered ${res.status}`);
}

/** Upstream calls per operationId since the last call (counters zeroed after reading). */
export async function calls(h: GraphQLHarness): Promise<Record<string, number>> {
  const stats = await h.stats();
  await h.resetStats();
  return stats.byOperation;
}

export const op = (name: string) => `WhatsappSendersController_${name}_v1`;
export const accountOp = (name: string) => `WhatsappAccountsController_${name}_v1`;

/** A mutation answer or a read, navigated field by field in the assertions. */
// biome-ignore lint/suspicious/noExplicitAny: answers are asserted field by field
export type Answer = Record<string, any>;

/** The one field of a mutation answer's data, failing on request-level errors. */
export async function run<T = Answer>(
  h: GraphQLHarness,
  doc: string,
  input: unknown,
  headers?: Record<string, string>,
): Promise<T> {
  const res = await h.raw<Record<string, T>, { input: unknown }>(doc, { input }, headers);
  if (res.errors.length > 0) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  const value = Object.values(res.data ?? {})[0];
  if (!value) throw new Error('no data');
  return value;
}
