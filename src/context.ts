import { createHash, randomUUID } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import { initContextCache } from '@pothos/core';
import { GraphQLError } from 'graphql';
import { DEFAULT_LIMITS, type Limits } from './config.ts';
import type { Logger } from './log.ts';
import { type CallMeter, createCallMeter } from './upstream/meter.ts';
import type {
  CallAuth,
  CallOptions,
  RcsAccountsApi,
  RcsQuestionnaireApi,
  RcsSendersApi,
  WebhooksApi,
} from './upstream/types.ts';
import type { WhatsappAccountApi, WhatsappSendersApi } from './upstream/whatsapp-types.ts';

/** The upstream client as the graph uses it (what `createSinchClient` returns, minus lifecycle). */
export interface UpstreamApi {
  readonly rcsSenders: RcsSendersApi;
  readonly rcsQuestionnaire: RcsQuestionnaireApi;
  readonly rcsAccounts: RcsAccountsApi;
  readonly webhooks: WebhooksApi;
  readonly whatsappSenders: WhatsappSendersApi;
  readonly whatsappAccount: WhatsappAccountApi;
}

/** The process-wide services (one upstream client per process), built once by the server wiring. */
export interface Deps {
  readonly client: UpstreamApi;
  readonly logger: Logger;
  /** Overall deadline of one GraphQL request in ms (default DEFAULT_REQUEST_DEADLINE_MS). */
  readonly requestDeadlineMs?: number;
}

export const DEFAULT_REQUEST_DEADLINE_MS = 10_000;

/** What a request's context is decided from, besides the request: the services and the server's auth mode. */
export interface RequestDeps extends Deps {
  /** True when the server authenticates to Sinch itself; false: each request's Authorization is forwarded. */
  readonly serviceAuth: boolean;
  /**
   * With serviceAuth: a request that carries its own Authorization is forwarded with it instead (the embedded
   * sandbox's demo mode, so a newcomer can try another project's key, and a wrong key gets the upstream's
   * answer). Default false: service credentials are used for every request.
   */
  readonly callerAuthorizationWins?: boolean;
  /** The request's upstream-call budget (maxUpstreamCalls); default DEFAULT_LIMITS'. */
  readonly limits?: Pick<Limits, 'maxUpstreamCalls'>;
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
  /**
   * Aborts at the request's deadline (reason: a 'TimeoutError'); every upstream call of the request gets
   * it, so fields still waiting then fail with UPSTREAM_TIMEOUT and the rest of the answer is delivered.
   */
  readonly signal?: AbortSignal;
  /** The request's deadline, epoch ms (Date.now() scale): no upstream attempt or retry wait goes past it. */
  readonly deadline?: number;
  /**
   * What the request spends upstream (calls made and shared) against its budget; also the request's identity
   * in the client's fair pool of upstream slots.
   */
  readonly meter?: CallMeter;
}

/** The parts of a context, decided: what createContext(request, deps) decides, or a test's own. */
export interface ContextInit {
  requestId: string;
  auth: CallAuth;
  authKey: string;
  deps: Deps;
  signal?: AbortSignal;
  deadline?: number;
  meter?: CallMeter;
}

/**
 * A signal that aborts `ms` from now with a 'TimeoutError' reason, or earlier with `callerGone`'s reason when
 * that aborts (the HTTP caller went away), and the deadline in epoch ms. One controller and one timer: cheaper
 * than AbortSignal.timeout joined by AbortSignal.any (which together were 3 % of a small request's CPU).
 */
export function requestDeadline(
  ms: number,
  callerGone?: AbortSignal,
): { signal: AbortSignal; deadline: number } {
  const controller = new AbortController();
  // Every upstream call of the request listens: a 150-call fan-out is not a listener leak.
  setMaxListeners(0, controller.signal);
  const timer = setTimeout(
    () => controller.abort(new DOMException('The request deadline passed.', 'TimeoutError')),
    ms,
  );
  timer.unref();
  if (callerGone?.aborted) controller.abort(callerGone.reason);
  callerGone?.addEventListener(
    'abort',
    () => {
      clearTimeout(timer);
      controller.abort(callerGone.reason);
    },
    { once: true },
  );
  return { signal: controller.signal, deadline: Date.now() + ms };
}

/** The options of every upstream call a resolver or loader makes: the request's auth, signal and deadline. */
export function callOptions(
  ctx: Pick<Context, 'auth' | 'signal' | 'deadline' | 'requestId' | 'meter'>,
): CallOptions {
  const opts: CallOptions = { auth: ctx.auth, requestId: ctx.requestId };
  if (ctx.meter) opts.meter = ctx.meter;
  if (ctx.signal) opts.signal = ctx.signal;
  if (ctx.deadline !== undefined) opts.deadline = ctx.deadline;
  return opts;
}

const REQUEST_ID = /^[\w.:-]{1,128}$/;
const requestIds = new WeakMap<Request, string>();

/**
 * The request's id: its `x-request-id` when that is a sane token, else a fresh UUID, decided on the first
 * ask and remembered for the request, so the request log (and the response header) and the context agree.
 */
export function requestIdOf(request: Request): string {
  let id = requestIds.get(request);
  if (id === undefined) {
    const header = request.headers.get('x-request-id');
    id = header && REQUEST_ID.test(header) ? header : randomUUID();
    requestIds.set(request, id);
  }
  return id;
}

/** A non-reversible fingerprint of a credential: part of every cache key, safe to hold and compare. */
export function fingerprint(authorization: string): string {
  return createHash('sha256').update(authorization).digest('base64url').slice(0, 22);
}

/** How the request's upstream calls authenticate, and the fingerprint its caches are keyed by. */
function authOf(request: Request, deps: RequestDeps): Pick<Context, 'auth' | 'authKey'> {
  const authorization = request.headers.get('authorization')?.trim();
  if (deps.serviceAuth && !(deps.callerAuthorizationWins && authorization)) {
    return { auth: { kind: 'service' }, authKey: 'service' };
  }
  if (!authorization) {
    throw new GraphQLError('An Authorization header (Basic or Bearer, for the Sinch project) is required.', {
      extensions: {
        code: 'UNAUTHENTICATED',
        http: { status: 401, headers: { 'www-authenticate': 'Basic, Bearer' } },
      },
    });
  }
  return { auth: { kind: 'passthrough', authorization }, authKey: `caller:${fingerprint(authorization)}` };
}

/**
 * The context of one request (and with it fresh loaders), decided here and nowhere else: auth and the
 * credential fingerprint, the request id, the deadline (a caller that goes away cancels the request's
 * upstream calls too: no upstream work for an answer nobody reads) and the meter its upstream calls are
 * counted and budgeted on. Throws UNAUTHENTICATED when the request must bring credentials and has none.
 * The second form takes the parts already decided (a test executing the schema in process).
 */
export function createContext(request: Request, deps: RequestDeps): Context;
export function createContext(init: ContextInit): Context;
export function createContext(from: Request | ContextInit, deps?: RequestDeps): Context {
  if ('requestId' in from) return { ...initContextCache(), ...from };
  const request = from;
  if (!deps) throw new TypeError('createContext(request) needs the deps');
  return {
    ...initContextCache(),
    requestId: requestIdOf(request),
    ...authOf(request, deps),
    deps,
    meter: createCallMeter((deps.limits ?? DEFAULT_LIMITS).maxUpstreamCalls),
    ...requestDeadline(deps.requestDeadlineMs ?? DEFAULT_REQUEST_DEADLINE_MS, request.signal),
  };
}
