// Sandbox control for the mutation tests: simulated time, fault rules and per-operation call counts.
import type { FaultRule } from '../../../src/sandbox/index.ts';
import type { GraphQLHarness } from '../../support/graphql.ts';

async function post(h: GraphQLHarness, path: string, body: unknown): Promise<unknown> {
  const res = await fetch(`${h.sandboxUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`sandbox POST ${path} answered ${res.status}: ${await res.text()}`);
  return res.json();
}

/** One simulated day: invites answered, reviews progressed. */
export async function advance(h: GraphQLHarness, steps = 1): Promise<void> {
  await post(h, '/_sandbox/advance', { steps });
}

export async function addFaults(h: GraphQLHarness, rules: FaultRule[]): Promise<void> {
  await post(h, '/_sandbox/faults', { rules });
}

export async function clearFaults(h: GraphQLHarness): Promise<void> {
  const res = await fetch(`${h.sandboxUrl}/_sandbox/faults`, { method: 'DELETE' });
  if (!res.ok) throw new Error(`sandbox DELETE /_sandbox/faults answered ${res.status}`);
}

/** Upstream calls per operationId since the last call (counters are zeroed after reading). */
export async function calls(h: GraphQLHarness): Promise<Record<string, number>> {
  const stats = await h.stats();
  await h.resetStats();
  return stats.byOperation;
}
