// createSinchClient: one per process. It owns a keep-alive undici Agent (pool per origin) shared by the API
// calls and the token endpoint, the OAuth2 token cache, the in-flight coalescing of identical GETs, and the
// resilience layer (breaker, retry budget and upstream slots are per client, i.e. per upstream origin).
import { Agent } from 'undici';
import { createAuthProvider, type ServiceCredentials } from './auth.ts';
import { createTransport } from './http.ts';
import { silentLogger, type UpstreamLogger } from './log.ts';
import type { UpstreamObserver } from './observe.ts';
import { createRcsAccountsApi } from './rcs-accounts.ts';
import { createRcsQuestionnaireApi } from './rcs-questionnaire.ts';
import { createRcsSendersApi } from './rcs-senders.ts';
import {
  createResilience,
  DEFAULT_MAX_CONCURRENT,
  type ResilienceOptions,
  type ResilienceSnapshot,
} from './resilience.ts';
import type { RcsAccountsApi, RcsQuestionnaireApi, RcsSendersApi, WebhooksApi } from './types.ts';
import { createWebhooksApi } from './webhooks.ts';
import { createWhatsappAccountApi } from './whatsapp-account.ts';
import { createWhatsappSendersApi } from './whatsapp-senders.ts';
import type { WhatsappAccountApi, WhatsappSendersApi } from './whatsapp-types.ts';

export const DEFAULT_AUTH_URL = 'https://auth.sinch.com/oauth2/token';
export const DEFAULT_TIMEOUT_MS = 10_000;
/** As many keep-alive connections as upstream requests may be in flight: none waits unseen in undici. */
export const DEFAULT_CONNECTIONS = DEFAULT_MAX_CONCURRENT;
export const DEFAULT_USER_AGENT = 'sinch-rcs-graphql/0.1.0';

export interface SinchClientConfig {
  /** e.g. https://provisioning.api.sinch.com or a sandbox URL. */
  baseUrl: string;
  /** OAuth2 token endpoint; default https://auth.sinch.com/oauth2/token. */
  authUrl?: string;
  /** Service credentials, used by calls with `auth: { kind: 'service' }` (the default). */
  credentials?: ServiceCredentials;
  /** Per-attempt deadline covering headers and body; default 10 000 ms. */
  timeoutMs?: number;
  /** Keep-alive connections per origin; default the resilience layer's `maxConcurrent` (256). */
  connections?: number;
  /** Default silent. */
  logger?: UpstreamLogger;
  userAgent?: string;
  /**
   * Retries (idempotent calls only), circuit breaker and upstream slots (fair pool per credential, process-wide
   * cap); on by default with the defaults of resilience.ts. `false`: every call is attempted once, uncapped.
   */
  resilience?: ResilienceOptions | false;
  /** Observes every attempt and every shared GET (metrics, traces); see observe.ts. */
  observer?: UpstreamObserver;
}

export interface SinchClient {
  rcsSenders: RcsSendersApi;
  rcsQuestionnaire: RcsQuestionnaireApi;
  rcsAccounts: RcsAccountsApi;
  /** WhatsApp senders (/v1/projects/{projectId}/whatsapp/senders). */
  whatsappSenders: WhatsappSendersApi;
  /** The project's WhatsApp account (/v1/projects/{projectId}/whatsapp). */
  whatsappAccount: WhatsappAccountApi;
  /** Provisioning webhook registration (/v1/projects/{projectId}/webhooks). */
  webhooks: WebhooksApi;
  /** Breaker state, retry budget and concurrency of this client (undefined when resilience is off). */
  resilienceSnapshot(): ResilienceSnapshot | undefined;
  /** Closes the connection pool; in-flight calls finish first. */
  close(): Promise<void>;
}

export function createSinchClient(config: SinchClientConfig): SinchClient {
  const baseUrl = new URL(config.baseUrl).toString();
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const logger = config.logger ?? silentLogger;
  const userAgent = config.userAgent ?? DEFAULT_USER_AGENT;
  const dispatcher = new Agent({
    connections:
      config.connections ??
      (config.resilience === false ? undefined : config.resilience?.maxConcurrent) ??
      DEFAULT_CONNECTIONS,
    keepAliveTimeout: 30_000,
    // Our own per-attempt deadline covers headers and body; undici's must not fire first.
    headersTimeout: 0,
    bodyTimeout: 0,
  });
  const auth = createAuthProvider({
    authUrl: config.authUrl ?? DEFAULT_AUTH_URL,
    credentials: config.credentials,
    dispatcher,
    timeoutMs,
    userAgent,
    logger,
  });
  const observed = config.observer && { observer: config.observer, origin: new URL(baseUrl).origin };
  const resilience =
    config.resilience === false ? undefined : createResilience(config.resilience, logger, observed);
  const transport = createTransport({
    baseUrl,
    dispatcher,
    timeoutMs,
    userAgent,
    logger,
    auth,
    resilience,
    observer: config.observer,
  });
  return {
    rcsSenders: createRcsSendersApi(transport),
    rcsQuestionnaire: createRcsQuestionnaireApi(transport),
    rcsAccounts: createRcsAccountsApi(transport),
    whatsappSenders: createWhatsappSendersApi(transport),
    whatsappAccount: createWhatsappAccountApi(transport),
    webhooks: createWebhooksApi(transport),
    resilienceSnapshot: () => resilience?.snapshot(),
    close: () => dispatcher.close(),
  };
}
