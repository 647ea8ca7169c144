// Hooks for observers of the upstream traffic (metrics, traces). The transport calls them; it knows nothing
// of what they do. Every field is a template or a number: no id, phone number or credential reaches an
// observer (`route` is the OpenAPI path template, e.g. "GET /v1/projects/{projectId}/rcs/senders/{senderId}").

export interface UpstreamCallInfo {
  method: string;
  /** The OpenAPI path template, without method: "/v1/projects/{projectId}/rcs/senders". */
  path: string;
  operationId: string;
}

export interface UpstreamAttemptInfo extends UpstreamCallInfo {
  /** 1 for the first attempt of a try; 2 for the repeat after a refreshed OAuth2 token. */
  attempt: number;
  /** 0 for the first try of a logical call, 1.. for its retries (resilience.ts). */
  retry: number;
}

export interface UpstreamAttemptEnd {
  /** The HTTP status, when an answer arrived. */
  status?: number | undefined;
  /** The error that ended the attempt without an answer (timeout, network, abort). */
  error?: unknown;
  durationMs: number;
}

export interface UpstreamAttemptScope {
  /** Headers to send with the attempt (e.g. `traceparent`). */
  headers?: Readonly<Record<string, string>>;
  end(result: UpstreamAttemptEnd): void;
}

export interface UpstreamObserver {
  /** At the start of every attempt (each retry is an attempt of its own). */
  attempt?(info: UpstreamAttemptInfo): UpstreamAttemptScope | undefined;
  /** A GET joined an identical one in flight instead of being made. */
  shared?(info: UpstreamCallInfo): void;
  /** An idempotent call failed and is tried again (after its backoff); `retry` is 1 for the first retry. */
  retry?(info: UpstreamCallInfo & { retry: number }): void;
  /**
   * The circuit breaker of an upstream origin (e.g. https://provisioning.api.sinch.com; a URL origin never
   * holds credentials) opened (true) or closed again (false); also once at start with false.
   */
  breaker?(origin: string, open: boolean): void;
}

/** Fans one hook call out to several observers; undefined when there are none (the transport skips it). */
export function combineObservers(observers: readonly UpstreamObserver[]): UpstreamObserver | undefined {
  if (observers.length === 0) return undefined;
  if (observers.length === 1) return observers[0];
  return {
    attempt(info) {
      const scopes = observers.map((o) => o.attempt?.(info)).filter((s) => s !== undefined);
      if (scopes.length === 0) return undefined;
      return {
        headers: Object.assign({}, ...scopes.map((s) => s.headers ?? {})),
        end: (result) => {
          for (const s of scopes) s.end(result);
        },
      };
    },
    shared(info) {
      for (const o of observers) o.shared?.(info);
    },
    retry(info) {
      for (const o of observers) o.retry?.(info);
    },
    breaker(origin, open) {
      for (const o of observers) o.breaker?.(origin, open);
    },
  };
}
