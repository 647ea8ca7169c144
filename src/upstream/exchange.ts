// One HTTP exchange over undici with a deadline that covers the headers AND the whole body: a server that
// sends headers and then stalls must not hold a caller forever (undici's own bodyTimeout is per chunk and
// defaults to 5 minutes). Transport failures become typed errors here; HTTP statuses are the caller's job.
import type { Dispatcher } from 'undici';
import { errorForAbort, UpstreamNetworkError, UpstreamTimeoutError } from './errors.ts';

export interface ExchangeRequest {
  /** e.g. 'http://127.0.0.1:4010' */
  origin: string;
  /** Path and query, already encoded; sent as is (no URL parsing, so no dot-segment folding). */
  path: string;
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT';
  headers: Record<string, string>;
  body?: string | undefined;
}

export interface ExchangeMeta {
  method: string;
  route: string;
  operationId?: string | undefined;
}

export interface ExchangeResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

export interface ExchangeOptions {
  dispatcher: Dispatcher;
  timeoutMs: number;
  signal?: AbortSignal | undefined;
}

export async function exchange(
  req: ExchangeRequest,
  opts: ExchangeOptions,
  meta: ExchangeMeta,
): Promise<ExchangeResponse> {
  const callerSignal = opts.signal;
  if (callerSignal?.aborted) throw errorForAbort(callerSignal.reason, meta);
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, opts.timeoutMs);
  const onCallerAbort = () => controller.abort();
  callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
  let phase: 'connect' | 'body' = 'connect';
  try {
    const res = await opts.dispatcher.request({
      origin: req.origin,
      path: req.path,
      method: req.method,
      headers: req.headers,
      body: req.body,
      signal: controller.signal,
    });
    phase = 'body';
    const text = await res.body.text();
    return { status: res.statusCode, headers: res.headers, text };
  } catch (err) {
    if (timedOut) {
      throw new UpstreamTimeoutError({
        errorCode: 'timeout',
        message: `Upstream did not answer within ${opts.timeoutMs} ms.`,
        ...meta,
      });
    }
    if (callerSignal?.aborted) throw errorForAbort(callerSignal.reason, meta);
    const code = transportCode(err);
    throw new UpstreamNetworkError({
      errorCode: 'network_error',
      message:
        phase === 'body'
          ? 'Connection to upstream was lost while reading the response.'
          : 'Could not reach upstream.',
      code,
      cause: err,
      ...meta,
    });
  } finally {
    clearTimeout(timer);
    callerSignal?.removeEventListener('abort', onCallerAbort);
  }
}

/** The first `code` along the cause chain ('ECONNRESET', 'ECONNREFUSED', 'UND_ERR_SOCKET', ...). */
export function transportCode(err: unknown): string | undefined {
  let current: unknown = err;
  let fallback: string | undefined;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const code = (current as { code?: unknown }).code;
    // undici wraps the OS error: prefer the OS code (ECONNRESET) over undici's own (UND_ERR_SOCKET).
    if (typeof code === 'string') {
      if (!code.startsWith('UND_ERR')) return code;
      fallback ??= code;
    }
    current = (current as { cause?: unknown }).cause;
  }
  // undici reports a peer that closed the connection without answering as UND_ERR_SOCKET ("other side
  // closed"); node:http calls the same event ECONNRESET ("socket hang up"). Use the common name; the
  // original error stays in `cause`.
  return fallback === 'UND_ERR_SOCKET' ? 'ECONNRESET' : fallback;
}
