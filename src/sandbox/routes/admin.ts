// /_sandbox/* control routes (docs/sandbox.md): reset, stats, faults, advance, snapshot, webhook deliveries.
import { checkRules } from '../faults.ts';
import { json, type RawContext, type RawRoute } from '../http.ts';
import { advance, type Transition } from '../lifecycle.ts';
import type { SandboxRuntime } from '../runtime.ts';

const MAX_WAIT_MS = 60_000;

function delaysError(v: unknown): string | undefined {
  if (v === undefined) return undefined;
  const ok =
    Array.isArray(v) &&
    v.length <= 10 &&
    v.every((d) => Number.isInteger(d) && (d as number) >= 0 && (d as number) <= 600_000);
  return ok ? undefined : 'webhookRetryDelaysMs must be at most 10 integers 0..600000';
}

/** `steps` simulated days, one at a time, so each day's changes are delivered with that day's sender. */
function advanceWithEvents(rt: SandboxRuntime, steps: number) {
  const transitions: Transition[] = [];
  let last = { day: rt.store.day, now: rt.store.now() };
  for (let i = 0; i < steps; i++) {
    const day = rt.withEvents(rt.store.projects.values(), () => advance(rt.store, 1));
    transitions.push(...day.transitions);
    last = day;
  }
  return { day: last.day, now: last.now, transitions };
}

function body(ctx: RawContext): Record<string, unknown> | undefined {
  if (ctx.rawBody.trim() === '') return {};
  try {
    const v = JSON.parse(ctx.rawBody) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const bad = (message: string) => json(400, { error: 'bad_request', message });

export function adminRoutes(rt: SandboxRuntime): RawRoute[] {
  const route = (method: string, template: string, handler: RawRoute['handler']): RawRoute => ({
    kind: 'raw',
    method,
    template,
    counted: false,
    handler,
  });
  return [
    route('POST', '/_sandbox/reset', (ctx) => {
      const b = body(ctx);
      if (!b) return bad('body must be a JSON object');
      if (b.seed !== undefined && b.seed !== 'demo' && b.seed !== 'empty')
        return bad('seed must be "demo" or "empty"');
      const ttl = b.tokenTtlSeconds;
      if (ttl !== undefined && (typeof ttl !== 'number' || !(ttl > 0)))
        return bad('tokenTtlSeconds must be > 0');
      const delays = delaysError(b.webhookRetryDelaysMs);
      if (delays) return bad(delays);
      const timeout = b.webhookTimeoutMs;
      if (timeout !== undefined && !(Number.isInteger(timeout) && (timeout as number) > 0))
        return bad('webhookTimeoutMs must be a positive integer');
      rt.reset(b.seed as 'demo' | 'empty' | undefined, ttl as number | undefined, {
        retryDelaysMs: b.webhookRetryDelaysMs as number[] | undefined,
        timeoutMs: timeout as number | undefined,
      });
      return json(200, { ok: true, seed: rt.seed, tokenTtlSeconds: rt.tokenTtlSeconds, now: rt.store.now() });
    }),
    route('GET', '/_sandbox/stats', () => json(200, rt.statsView())),
    route('POST', '/_sandbox/stats/reset', () => {
      rt.resetStats();
      return json(200, rt.statsView());
    }),
    route('GET', '/_sandbox/faults', () => json(200, { rules: rt.faults.list() })),
    route('POST', '/_sandbox/faults', (ctx) => {
      const rules = checkRules(body(ctx));
      if (typeof rules === 'string') return bad(rules);
      rt.faults.add(rules);
      return json(200, { rules: rt.faults.list() });
    }),
    route('DELETE', '/_sandbox/faults', () => {
      rt.faults.clear();
      return json(200, { rules: [] });
    }),
    route('POST', '/_sandbox/advance', (ctx) => {
      const b = body(ctx);
      const steps = b?.steps ?? 1;
      if (!b || !Number.isInteger(steps) || (steps as number) < 1 || (steps as number) > 365) {
        return bad('steps must be an integer 1..365');
      }
      return json(200, advanceWithEvents(rt, steps as number));
    }),
    // ?wait=<ms>: answers once every delivery is settled (or after that long, with `idle: false`).
    route('GET', '/_sandbox/webhooks/deliveries', async (ctx) => {
      const wait = ctx.query.get('wait');
      let idle = rt.deliveries.snapshot().pending === 0;
      if (wait !== null) {
        const ms = Number(wait);
        if (!Number.isInteger(ms) || ms < 0 || ms > MAX_WAIT_MS)
          return bad(`wait must be 0..${MAX_WAIT_MS} ms`);
        let timer: NodeJS.Timeout | undefined;
        idle = await Promise.race([
          rt.deliveries.idle().then(() => true),
          new Promise<boolean>((resolve) => {
            timer = setTimeout(() => resolve(false), ms);
          }),
        ]);
        clearTimeout(timer);
      }
      return json(200, { idle, counts: rt.deliveries.snapshot(), deliveries: rt.deliveries.list() });
    }),
    route('GET', '/_sandbox/snapshot', () => json(200, rt.store.snapshot())),
  ];
}
