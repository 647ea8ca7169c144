import type { CallAuth } from './upstream/types.ts';

/**
 * What every resolver sees. Plain and readonly, no getters (envelop copies the context).
 * One per request: Pothos keeps its DataLoaders on it, so nothing is shared across requests,
 * and every upstream call of the request goes out with this request's `auth`.
 */
export interface Context {
  readonly requestId: string;
  /** How this request's upstream calls authenticate: forwarded caller header, or the service credentials. */
  readonly auth: CallAuth;
  /** A non-reversible fingerprint of the caller's credentials; part of every cache / de-duplication key. */
  readonly authKey: string;
  /** The process-wide services (one upstream client per process). */
  readonly deps: Deps;
  /** Runs `fn` under this request's cap on concurrent upstream calls. */
  readonly limit: <T>(fn: () => Promise<T>) => Promise<T>;
}

// Filled in by the server wiring (src/yoga.ts); declared here so the schema can depend on it.
export interface Deps {
  readonly client: import('./upstream/client.ts').SinchClient;
}
