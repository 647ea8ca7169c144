// Everything one running sandbox holds: the store, issued tokens, faults, request counters and the
// webhook deliveries.
import { Faults } from './faults.ts';
import type { ProjectRecord } from './model.ts';
import { seedStore } from './seed.ts';
import type { Store } from './store.ts';
import { TokenStore } from './tokens.ts';
import { Deliveries } from './webhooks/deliveries.ts';
import type { DeliveryOptions } from './webhooks/delivery-types.ts';
import { eventsSince, markProject } from './webhooks/events.ts';

export type SeedKind = 'demo' | 'empty';

export interface Stats {
  total: number;
  byRoute: Record<string, number>;
  byOperation: Record<string, number>;
}

export class SandboxRuntime {
  store: Store;
  readonly tokens = new TokenStore();
  readonly faults = new Faults();
  stats: Stats = { total: 0, byRoute: {}, byOperation: {} };

  seed: SeedKind;
  tokenTtlSeconds: number;
  /** Webhook deliveries: not requests to the sandbox, so never in `stats.total`/`byRoute`. */
  readonly deliveries: Deliveries;

  /** A reset without options goes back to what the sandbox was started with. */
  constructor(
    private readonly initialSeed: SeedKind,
    private readonly initialTtlSeconds: number,
    delivery: DeliveryOptions = {},
  ) {
    this.seed = initialSeed;
    this.tokenTtlSeconds = initialTtlSeconds;
    this.store = seedStore(initialSeed);
    this.deliveries = new Deliveries(
      (projectId, webhookId) => this.store.projects.get(projectId)?.webhooks.get(webhookId),
      delivery,
    );
  }

  reset(
    seed: SeedKind = this.initialSeed,
    tokenTtlSeconds: number = this.initialTtlSeconds,
    delivery: DeliveryOptions = {},
  ): void {
    this.seed = seed;
    this.tokenTtlSeconds = tokenTtlSeconds;
    this.store = seedStore(seed);
    this.tokens.clear();
    this.faults.clear();
    this.deliveries.clear(delivery);
    this.resetStats();
  }

  resetStats(): void {
    this.stats = { total: 0, byRoute: {}, byOperation: {} };
    this.deliveries.resetCounts();
  }

  /** The stats as GET /_sandbox/stats answers them: the request counters plus `deliveries`. */
  statsView(): Stats & { deliveries: ReturnType<Deliveries['snapshot']> } {
    return { ...this.stats, deliveries: this.deliveries.snapshot() };
  }

  /**
   * Runs `fn` (a write or a simulated day) and queues a delivery of every event it caused in `projects`
   * to their webhooks. Only when `fn` returns: a request that fails changed nothing. Projects without
   * webhooks cost nothing here.
   */
  withEvents<T>(projects: Iterable<ProjectRecord>, fn: () => T): T {
    const marks = [];
    for (const p of projects) if (p.webhooks.size > 0) marks.push(markProject(p));
    const result = fn();
    for (const mark of marks) {
      this.deliveries.enqueue(mark.project.webhooks.values(), eventsSince(mark));
    }
    return result;
  }

  count(method: string, template: string, operationId: string | undefined): void {
    this.stats.total += 1;
    const key = `${method} ${template}`;
    this.stats.byRoute[key] = (this.stats.byRoute[key] ?? 0) + 1;
    if (operationId) this.stats.byOperation[operationId] = (this.stats.byOperation[operationId] ?? 0) + 1;
  }
}
