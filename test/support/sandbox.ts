// startValidatedSandbox: a sandbox whose every exchange is checked against the contract.
// Test files assert `problems()` is empty (afterEach/afterAll) so conformance is shown by every suite.
import {
  type RunningSandbox,
  type SandboxExchange,
  type SandboxOptions,
  startSandbox,
} from '../../src/sandbox/index.ts';
import type { DeliveryCounts } from '../../src/sandbox/webhooks/delivery-types.ts';
import { createContractValidator } from './openapi-validator.ts';

export interface SandboxStats {
  total: number;
  byRoute: Record<string, number>;
  byOperation: Record<string, number>;
  /** Webhook deliveries the sandbox made (not requests to it). */
  deliveries: DeliveryCounts;
}

export interface ValidatedSandbox {
  sandbox: RunningSandbox;
  url: string;
  /** Contract problems found in exchanges so far. */
  problems(): string[];
  /** Every exchange seen (route, operationId, status, body, headers). */
  exchanges(): SandboxExchange[];
  /** POST /_sandbox/reset (back to the seed) and forget collected exchanges (not problems). */
  reset(body?: { seed?: 'demo' | 'empty'; tokenTtlSeconds?: number }): Promise<void>;
  stats(): Promise<SandboxStats>;
  snapshot(): Promise<unknown>;
  close(): Promise<void>;
}

let shared: ReturnType<typeof createContractValidator> | undefined;

export async function startValidatedSandbox(
  opts: Omit<SandboxOptions, 'onExchange'> = {},
): Promise<ValidatedSandbox> {
  shared ??= createContractValidator();
  const validator = shared;
  const problems: string[] = [];
  let seen: SandboxExchange[] = [];
  const sandbox = await startSandbox({
    ...opts,
    port: opts.port ?? 0,
    onExchange(x) {
      seen.push(x);
      problems.push(...validator.validate(x));
    },
  });
  const admin = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${sandbox.url}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`sandbox ${method} ${path} answered ${res.status}`);
    return res.json() as Promise<unknown>;
  };
  return {
    sandbox,
    url: sandbox.url,
    problems: () => [...problems],
    exchanges: () => [...seen],
    async reset(body) {
      await admin('POST', '/_sandbox/reset', body ?? {});
      seen = [];
    },
    stats: () => admin('GET', '/_sandbox/stats') as Promise<SandboxStats>,
    snapshot: () => admin('GET', '/_sandbox/snapshot'),
    close: () => sandbox.close(),
  };
}
