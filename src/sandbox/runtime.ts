// Everything one running sandbox holds: the store, issued tokens, faults and request counters.
import { Faults } from './faults.ts';
import { TokenStore } from './oauth.ts';
import { seedStore } from './seed.ts';
import type { Store } from './store.ts';

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

  /** A reset without options goes back to what the sandbox was started with. */
  constructor(
    private readonly initialSeed: SeedKind,
    private readonly initialTtlSeconds: number,
  ) {
    this.seed = initialSeed;
    this.tokenTtlSeconds = initialTtlSeconds;
    this.store = seedStore(initialSeed);
  }

  reset(seed: SeedKind = this.initialSeed, tokenTtlSeconds: number = this.initialTtlSeconds): void {
    this.seed = seed;
    this.tokenTtlSeconds = tokenTtlSeconds;
    this.store = seedStore(seed);
    this.tokens.clear();
    this.faults.clear();
    this.resetStats();
  }

  resetStats(): void {
    this.stats = { total: 0, byRoute: {}, byOperation: {} };
  }

  count(method: string, template: string, operationId: string | undefined): void {
    this.stats.total += 1;
    const key = `${method} ${template}`;
    this.stats.byRoute[key] = (this.stats.byRoute[key] ?? 0) + 1;
    if (operationId) this.stats.byOperation[operationId] = (this.stats.byOperation[operationId] ?? 0) + 1;
  }
}
