import { initContextCache } from '@pothos/core';
import type { Logger } from './log.ts';
import type { CallAuth, RcsAccountsApi, RcsQuestionnaireApi, RcsSendersApi } from './upstream/types.ts';

/** The upstream client as the graph uses it (what `createSinchClient` returns, minus lifecycle). */
export interface UpstreamApi {
  readonly rcsSenders: RcsSendersApi;
  readonly rcsQuestionnaire: RcsQuestionnaireApi;
  readonly rcsAccounts: RcsAccountsApi;
}

/** The process-wide services (one upstream client per process), built once by the server wiring. */
export interface Deps {
  readonly client: UpstreamApi;
  readonly logger: Logger;
  /** Cap on concurrent upstream calls per request. */
  readonly upstreamConcurrency: number;
}

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

export interface ContextInit {
  requestId: string;
  auth: CallAuth;
  authKey: string;
  deps: Deps;
  limit: <T>(fn: () => Promise<T>) => Promise<T>;
}

/** A fresh context (and with it fresh loaders) for one request. */
export function createContext(init: ContextInit): Context {
  return { ...initContextCache(), ...init };
}
