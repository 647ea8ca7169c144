import {
  type Attributes,
  context,
  defaultTextMapSetter,
  SpanKind,
  SpanStatusCode,
  type TextMapPropagator,
  type Tracer,
  trace,
} from '@opentelemetry/api';
import {
  ATTR_ERROR_TYPE,
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_REQUEST_RESEND_COUNT,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_SERVER_ADDRESS,
  ATTR_SERVER_PORT,
} from '@opentelemetry/semantic-conventions';
import type { UpstreamAttemptEnd, UpstreamAttemptInfo, UpstreamObserver } from '../upstream/observe.ts';

// One CLIENT span per upstream attempt (each retry and the repeat after a refreshed token is an attempt of
// its own), a child of the span active when the attempt starts: the resolver span that made the call
// (src/plugins/tracing.ts). Its `traceparent` goes out with the attempt. Attributes are templates and
// numbers only: the route template, never the path with its ids; no query, no credential.

/** Incubating in the semantic conventions (not in their stable entry point): copied, as they recommend. */
export const ATTR_URL_TEMPLATE = 'url.template';

export function upstreamSpans(
  tracer: Tracer,
  propagator: TextMapPropagator,
  baseUrl: string,
): UpstreamObserver {
  const base = new URL(baseUrl);
  const server: Attributes = {
    [ATTR_SERVER_ADDRESS]: base.hostname,
    [ATTR_SERVER_PORT]: Number(base.port || (base.protocol === 'https:' ? 443 : 80)),
  };
  return {
    attempt(info: UpstreamAttemptInfo) {
      const parent = context.active();
      // Resends of this call before this attempt: the retries, plus the repeat after a token refresh.
      const resends = info.retry + info.attempt - 1;
      const span = tracer.startSpan(
        `${info.method} ${info.path}`,
        {
          kind: SpanKind.CLIENT,
          attributes: {
            [ATTR_HTTP_REQUEST_METHOD]: info.method,
            [ATTR_URL_TEMPLATE]: info.path,
            ...server,
            // The conventions set it on resends only.
            ...(resends > 0 ? { [ATTR_HTTP_REQUEST_RESEND_COUNT]: resends } : {}),
          },
        },
        parent,
      );
      const headers: Record<string, string> = {};
      propagator.inject(trace.setSpan(parent, span), headers, defaultTextMapSetter);
      return {
        headers,
        end(result: UpstreamAttemptEnd) {
          if (result.status !== undefined) span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, result.status);
          const failure =
            result.status === undefined
              ? errorType(result.error)
              : result.status >= 400
                ? String(result.status)
                : undefined;
          if (failure) {
            span.setAttribute(ATTR_ERROR_TYPE, failure);
            span.setStatus({ code: SpanStatusCode.ERROR });
          }
          span.end();
        },
      };
    },
    // A GET that joined an identical one in flight makes no attempt: an event on the span that asked.
    shared(info) {
      trace.getActiveSpan()?.addEvent('upstream call shared', {
        [ATTR_HTTP_REQUEST_METHOD]: info.method,
        [ATTR_URL_TEMPLATE]: info.path,
      });
    },
  };
}

/** A stable code for an attempt that got no answer (`timeout`, `network`, …), never a message. */
function errorType(error: unknown): string {
  const code = (error as { errorCode?: unknown } | undefined)?.errorCode;
  if (typeof code === 'string' && /^[\w.-]{1,64}$/.test(code)) return code;
  const name = (error as { name?: unknown } | undefined)?.name;
  return typeof name === 'string' && /^\w{1,64}$/.test(name) ? name : '_OTHER';
}
