// Fault injection for upstream routes: latency, error statuses, 429 with Retry-After, hangs, resets.
// `rate` is deterministic: of the requests a rule matches, exactly floor(n * rate) are faulted (evenly spread).

export interface FaultRule {
  match?: { method?: string; route?: string; operationId?: string; senderId?: string };
  latencyMs?: number | [number, number];
  status?: number;
  retryAfterSeconds?: number;
  hang?: boolean;
  reset?: boolean;
  rate?: number;
  times?: number;
}

interface ActiveRule {
  rule: FaultRule;
  seen: number;
  applied: number;
}

export interface FaultTarget {
  method: string;
  route: string;
  operationId: string | undefined;
  senderId: string | undefined;
}

export interface FaultDecision {
  latencyMs: number;
  status?: number;
  retryAfterSeconds?: number;
  hang: boolean;
  reset: boolean;
}

export class Faults {
  private rules: ActiveRule[] = [];
  /** Counter used to spread ranged latencies deterministically. */
  private latencySeq = 0;

  add(rules: FaultRule[]): void {
    for (const rule of rules) this.rules.push({ rule, seen: 0, applied: 0 });
  }

  clear(): void {
    this.rules = [];
    this.latencySeq = 0;
  }

  list(): FaultRule[] {
    return this.rules.map((r) => r.rule);
  }

  /** Merges every rule that applies to this request; undefined when none does. */
  decide(t: FaultTarget): FaultDecision | undefined {
    let decision: FaultDecision | undefined;
    for (const active of this.rules) {
      const { rule } = active;
      if (!matches(rule, t)) continue;
      if (rule.times !== undefined && active.applied >= rule.times) continue;
      active.seen += 1;
      if (rule.rate !== undefined) {
        const rate = Math.min(1, Math.max(0, rule.rate));
        if (Math.floor(active.seen * rate) === Math.floor((active.seen - 1) * rate)) continue;
      }
      active.applied += 1;
      decision ??= { latencyMs: 0, hang: false, reset: false };
      decision.latencyMs += this.latency(rule.latencyMs);
      if (rule.status !== undefined && decision.status === undefined) {
        decision.status = rule.status;
        if (rule.retryAfterSeconds !== undefined) decision.retryAfterSeconds = rule.retryAfterSeconds;
      }
      if (rule.hang) decision.hang = true;
      if (rule.reset) decision.reset = true;
    }
    return decision;
  }

  private latency(l: FaultRule['latencyMs']): number {
    if (l === undefined) return 0;
    if (typeof l === 'number') return Math.max(0, l);
    const [min, max] = l;
    if (max <= min) return Math.max(0, min);
    this.latencySeq += 1;
    // Golden-ratio sequence: spread over [min, max] without a PRNG, same order every run.
    const frac = (this.latencySeq * 0.618033988749895) % 1;
    return Math.round(min + frac * (max - min));
  }
}

function matches(rule: FaultRule, t: FaultTarget): boolean {
  const m = rule.match;
  if (!m) return true;
  if (m.method !== undefined && m.method.toUpperCase() !== t.method) return false;
  if (m.route !== undefined && m.route !== t.route) return false;
  if (m.operationId !== undefined && m.operationId !== t.operationId) return false;
  if (m.senderId !== undefined && m.senderId !== t.senderId) return false;
  return true;
}

const STATUS_CODES = new Set([401, 403, 429, 500, 502, 503, 504]);

/** The documented error code a faulted status answers with. */
export function faultErrorCode(status: number): string {
  if (status === 401) return 'unauthorized_error';
  if (status === 403) return 'rbm_has_not_been_used';
  if (status === 429) return 'rbm_too_many_requests';
  return 'internal_error';
}

/** Validates a POST /_sandbox/faults body; returns a problem description or undefined. */
export function checkRules(body: unknown): FaultRule[] | string {
  if (!body || typeof body !== 'object' || !Array.isArray((body as { rules?: unknown }).rules)) {
    return 'body must be {"rules": FaultRule[]}';
  }
  const rules = (body as { rules: unknown[] }).rules;
  for (const [i, r] of rules.entries()) {
    if (!r || typeof r !== 'object') return `rules.${i} must be an object`;
    const rule = r as FaultRule;
    if (rule.status !== undefined && !STATUS_CODES.has(rule.status)) {
      return `rules.${i}.status must be one of ${[...STATUS_CODES].join(', ')}`;
    }
    if (rule.rate !== undefined && (typeof rule.rate !== 'number' || rule.rate < 0 || rule.rate > 1)) {
      return `rules.${i}.rate must be a number in 0..1`;
    }
    if (rule.times !== undefined && (!Number.isInteger(rule.times) || rule.times < 0)) {
      return `rules.${i}.times must be a non-negative integer`;
    }
    const l = rule.latencyMs;
    if (
      l !== undefined &&
      !(typeof l === 'number' && l >= 0) &&
      !(Array.isArray(l) && l.length === 2 && l.every((n) => typeof n === 'number' && n >= 0))
    ) {
      return `rules.${i}.latencyMs must be a number or [min, max]`;
    }
  }
  return rules as FaultRule[];
}
