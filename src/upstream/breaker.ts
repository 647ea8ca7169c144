// Circuit breaker for one upstream origin. Counts consecutive failed attempts (5xx, timeouts, lost
// connections — never a 4xx, which is the upstream answering); at the threshold it opens and callers fail
// fast without a request. After the cool-down one probe is let through (half-open): success closes it,
// failure opens it again for another cool-down.
import type { Clock } from './clock.ts';

export type BreakerState = 'closed' | 'open' | 'half-open';

export interface BreakerOptions {
  /** Consecutive failures that open the circuit; default 10. */
  failureThreshold?: number;
  /** How long it stays open before a probe; default 5 000 ms. */
  cooldownMs?: number;
  /** Called when the circuit opens (true) and when it closes again (false); not on half-open. */
  onChange?: (open: boolean) => void;
}

export interface BreakerSnapshot {
  state: BreakerState;
  consecutiveFailures: number;
  /** When an open circuit lets its probe through (clock ms); undefined unless open. */
  retryAt: number | undefined;
  /** Times the circuit opened since creation. */
  opened: number;
}

/** What `acquire` grants: report the attempt's outcome exactly once. */
export interface BreakerPermit {
  success(): void;
  failure(): void;
  /** The attempt ended without telling anything about the upstream (caller aborted, not sent). */
  neutral(): void;
}

export const DEFAULT_FAILURE_THRESHOLD = 10;
export const DEFAULT_COOLDOWN_MS = 5_000;

export class CircuitBreaker {
  private state: BreakerState = 'closed';
  private failures = 0;
  private openedAt = 0;
  private probing = false;
  private openedCount = 0;
  readonly failureThreshold: number;
  readonly cooldownMs: number;
  private readonly onChange: ((open: boolean) => void) | undefined;

  constructor(
    private readonly clock: Clock,
    opts: BreakerOptions = {},
  ) {
    this.failureThreshold = opts.failureThreshold ?? DEFAULT_FAILURE_THRESHOLD;
    this.cooldownMs = opts.cooldownMs ?? DEFAULT_COOLDOWN_MS;
    this.onChange = opts.onChange;
    if (!Number.isInteger(this.failureThreshold) || this.failureThreshold < 1) {
      throw new RangeError(`failureThreshold must be an integer >= 1, got ${this.failureThreshold}`);
    }
  }

  /** A permit to send one attempt, or undefined when the circuit is open (or its one probe is out). */
  acquire(): BreakerPermit | undefined {
    if (this.state === 'open') {
      if (this.clock.now() - this.openedAt < this.cooldownMs) return undefined;
      this.state = 'half-open';
    }
    if (this.state === 'half-open') {
      if (this.probing) return undefined;
      this.probing = true;
      return this.permit(true);
    }
    return this.permit(false);
  }

  snapshot(): BreakerSnapshot {
    return {
      state: this.state,
      consecutiveFailures: this.failures,
      retryAt: this.state === 'open' ? this.openedAt + this.cooldownMs : undefined,
      opened: this.openedCount,
    };
  }

  private permit(probe: boolean): BreakerPermit {
    let done = false;
    const once = (fn: () => void) => () => {
      if (done) return;
      done = true;
      if (probe) this.probing = false;
      fn();
    };
    return {
      success: once(() => {
        this.failures = 0;
        const was = this.state;
        this.state = 'closed';
        if (was !== 'closed') this.onChange?.(false);
      }),
      failure: once(() => {
        this.failures += 1;
        if (probe || (this.state === 'closed' && this.failures >= this.failureThreshold)) this.open();
      }),
      // A probe that told nothing leaves the circuit half-open for the next caller to probe.
      neutral: once(() => {}),
    };
  }

  private open(): void {
    this.state = 'open';
    this.openedAt = this.clock.now();
    this.openedCount += 1;
    this.onChange?.(true);
  }
}
