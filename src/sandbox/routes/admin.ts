// /_sandbox/* control routes (docs/sandbox.md): reset, stats, faults, advance, snapshot.
import { checkRules } from '../faults.ts';
import { json, type RawContext, type RawRoute } from '../http.ts';
import { advance } from '../lifecycle.ts';
import type { SandboxRuntime } from '../runtime.ts';

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
      rt.reset(b.seed as 'demo' | 'empty' | undefined, ttl as number | undefined);
      return json(200, { ok: true, seed: rt.seed, tokenTtlSeconds: rt.tokenTtlSeconds, now: rt.store.now() });
    }),
    route('GET', '/_sandbox/stats', () => json(200, rt.stats)),
    route('POST', '/_sandbox/stats/reset', () => {
      rt.resetStats();
      return json(200, rt.stats);
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
      return json(200, advance(rt.store, steps as number));
    }),
    route('GET', '/_sandbox/snapshot', () => json(200, rt.store.snapshot())),
  ];
}
