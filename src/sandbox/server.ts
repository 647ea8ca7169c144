// node:http server: routing, auth, stats, faults and the onExchange hook around the route handlers.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { authenticate } from './auth.ts';
import { apiError, SandboxError } from './errors.ts';
import { faultErrorCode } from './faults.ts';
import type { HandlerResult, RawContext } from './http.ts';
import { Router } from './router.ts';
import { allRoutes } from './routes/index.ts';
import { SandboxRuntime } from './runtime.ts';
import type { RunningSandbox, SandboxExchange, SandboxOptions } from './types.ts';

const MAX_BODY = 1024 * 1024;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY) chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startSandbox(opts: SandboxOptions = {}): Promise<RunningSandbox> {
  const rt = new SandboxRuntime(opts.seed ?? 'demo', opts.tokenTtlSeconds ?? 3600, {
    retryDelaysMs: opts.webhookRetryDelaysMs,
    timeoutMs: opts.webhookTimeoutMs,
  });
  const router = new Router(allRoutes(rt));
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const delay = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(() => {
        timers.delete(t);
        resolve();
      }, ms);
      timers.add(t);
    });

  function send(res: ServerResponse, x: Omit<SandboxExchange, 'headers'>, result: HandlerResult): void {
    const headers: Record<string, string> = { ...(result.headers ?? {}) };
    let payload: string | undefined;
    if (result.body !== undefined && result.status !== 204) {
      payload = JSON.stringify(result.body);
      headers['content-type'] = 'application/json; charset=utf-8';
      headers['content-length'] = String(Buffer.byteLength(payload));
    }
    if (res.destroyed) return;
    res.writeHead(result.status, headers);
    res.end(payload);
    opts.onExchange?.({ ...x, status: result.status, body: result.body, headers });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const rawBody = await readBody(req);
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://sandbox.local');
    const found = router.match(method, url.pathname);
    if (!('route' in found)) {
      const x = { method, route: url.pathname, operationId: undefined, status: 404, body: undefined };
      send(res, x, { status: 404, body: apiError(404, 'not_found').body });
      return;
    }
    const { route, params } = found;
    const operationId = route.kind === 'api' ? route.operationId : undefined;
    const x = { method, route: route.template, operationId, status: 0, body: undefined };
    const ctx: RawContext = {
      method,
      path: url.pathname,
      params,
      query: url.searchParams,
      headers: req.headers,
      rawBody,
      rt,
    };
    const counted = route.kind === 'api' || route.counted;
    if (counted) {
      rt.count(method, route.template, operationId);
      const fault = rt.faults.decide({
        method,
        route: route.template,
        operationId,
        senderId: params.senderId,
      });
      if (fault) {
        if (fault.latencyMs > 0) await delay(fault.latencyMs);
        if (fault.reset) {
          req.socket.destroy();
          return;
        }
        if (fault.hang) return; // never answered; close() destroys the socket
        if (fault.status !== undefined) {
          const headers: Record<string, string> = {};
          if (fault.retryAfterSeconds !== undefined) headers['retry-after'] = String(fault.retryAfterSeconds);
          if (fault.status === 401) headers['www-authenticate'] = 'Basic realm="sinch", Bearer realm="sinch"';
          const body = apiError(fault.status, faultErrorCode(fault.status)).body;
          send(res, x, { status: fault.status, body, headers });
          return;
        }
      }
    }
    let result: HandlerResult;
    try {
      if (route.kind === 'api') {
        const auth = req.headers.authorization;
        const project = authenticate(rt.store, rt.tokens, auth, params.projectId ?? '');
        if (route.needsRcs && !project.rcsEnabled) throw apiError(403, 'rbm_has_not_been_used');
        const apiCtx = { ...ctx, project };
        // Reads change nothing a webhook trigger covers (the resend-invite GET only touches test numbers).
        result =
          method === 'GET' ? route.handler(apiCtx) : rt.withEvents([project], () => route.handler(apiCtx));
      } else {
        result = await route.handler(ctx);
      }
    } catch (err) {
      if (err instanceof SandboxError) {
        result = { status: err.status, body: err.body, headers: err.headers };
      } else {
        // Only the error's name and route: bodies and headers may carry credentials.
        console.error(
          `sandbox: unexpected ${(err as Error)?.name ?? 'error'} in ${method} ${route.template}`,
        );
        result = { status: 500, body: apiError(500, 'internal_error').body };
      }
    }
    send(res, x, result);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent && !res.destroyed) {
        res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify(apiError(500, 'internal_error').body));
      }
    });
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    deliveriesIdle: () => rt.deliveries.idle(),
    close() {
      closing ??= new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        timers.clear();
        const stopped = rt.deliveries.close();
        server.close(() => {
          stopped.then(resolve, resolve);
        });
        for (const s of sockets) s.destroy();
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
