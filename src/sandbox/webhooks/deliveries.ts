// The sandbox's delivery engine: signed POSTs of events to registered webhooks, at least once.
// - One queue per webhook, worked one delivery at a time: a webhook sees the events of one sender in the
//   order they happened (a failing target delays its own later deliveries, no one else's).
// - An attempt succeeds on any 2xx; anything else (another status, refused, reset, past the per-attempt
//   timeout) is retried after retryDelaysMs[0], [1], … and given up after the last one: 1 + retries attempts.
// - Each attempt is signed afresh (new nonce and timestamp) with the webhook's secret as registered at that
//   moment; a webhook deleted (or a sandbox reset) before an attempt drops the delivery.
// - Sends start on a later turn of the event loop than the request that caused them: never in its way.
// Nothing here logs; the recent-deliveries list names targets, never secrets.
import { Agent } from 'undici';
import type { WebhookRecord } from '../model.ts';
import {
  DEFAULT_DELIVERY_TIMEOUT_MS,
  DEFAULT_RETRY_DELAYS_MS,
  type DeliveryCounts,
  type DeliveryOptions,
  type DeliveryRecord,
  type DeliveryStatus,
  zeroCounts,
} from './delivery-types.ts';
import type { SandboxEvent } from './events.ts';
import { postSigned } from './post.ts';

const RECENT = 200;

interface Job {
  record: DeliveryRecord;
  body: Buffer;
}

export class Deliveries {
  private retryDelaysMs: readonly number[];
  private timeoutMs: number;
  private readonly agent = new Agent({ keepAliveTimeout: 2_000, connections: 4 });
  private readonly queues = new Map<string, Job[]>();
  private readonly timers = new Set<{ timer: NodeJS.Timeout; resolve: () => void }>();
  private readonly inFlight = new Set<AbortController>();
  private readonly idleWaiters: (() => void)[] = [];
  private counts = zeroCounts();
  private recent: DeliveryRecord[] = [];
  private nextId = 1;
  /** Bumped by clear(): workers of an older generation stop at their next step. */
  private generation = 0;
  private closed = false;

  constructor(
    /** The webhook as registered now (the store may be replaced by a reset). */
    private readonly lookup: (projectId: string, webhookId: string) => WebhookRecord | undefined,
    private readonly initial: DeliveryOptions = {},
  ) {
    this.retryDelaysMs = initial.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
    this.timeoutMs = initial.timeoutMs ?? DEFAULT_DELIVERY_TIMEOUT_MS;
  }

  /** Queues `events` for every webhook whose triggers include the event's type or ALL. */
  enqueue(webhooks: Iterable<WebhookRecord>, events: SandboxEvent[]): void {
    if (this.closed || events.length === 0) return;
    const hooks = [...webhooks];
    for (const event of events) {
      const body = Buffer.from(JSON.stringify(event.body));
      for (const w of hooks) {
        if (!w.triggers.includes(event.type) && !w.triggers.includes('ALL')) continue;
        const record: DeliveryRecord = {
          id: this.nextId++,
          projectId: w.projectId,
          webhookId: w.id,
          target: w.target,
          type: event.type,
          ...(event.senderId ? { senderId: event.senderId } : {}),
          status: 'pending',
          attempts: 0,
        };
        this.remember(record);
        this.push(w.id, { record, body });
      }
    }
  }

  snapshot(): DeliveryCounts {
    let pending = 0;
    for (const q of this.queues.values()) pending += q.length;
    return { ...this.counts, pending };
  }

  /** Most recent last, at most 200. */
  list(): DeliveryRecord[] {
    return this.recent.map((r) => ({ ...r }));
  }

  resetCounts(): void {
    this.counts = zeroCounts();
  }

  /** Resolves once no delivery is queued, waiting for a retry or in flight. */
  idle(): Promise<void> {
    if (this.queues.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Drops everything queued and in flight (sandbox reset); options back to `opts` or the start values. */
  clear(opts: DeliveryOptions = {}): void {
    this.generation += 1;
    for (const q of this.queues.values()) {
      for (const job of q) if (job.record.status === 'pending') this.finish(job.record, 'dropped');
    }
    this.queues.clear();
    for (const t of this.timers) {
      clearTimeout(t.timer);
      t.resolve();
    }
    this.timers.clear();
    for (const c of this.inFlight) c.abort();
    this.inFlight.clear();
    this.recent = [];
    this.nextId = 1;
    this.counts = zeroCounts();
    this.retryDelaysMs = opts.retryDelaysMs ?? this.initial.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
    this.timeoutMs = opts.timeoutMs ?? this.initial.timeoutMs ?? DEFAULT_DELIVERY_TIMEOUT_MS;
    this.settle();
  }

  async close(): Promise<void> {
    this.clear();
    this.closed = true;
    await this.agent.destroy();
  }

  private remember(record: DeliveryRecord): void {
    this.recent.push(record);
    if (this.recent.length > RECENT) this.recent.splice(0, this.recent.length - RECENT);
  }

  private push(key: string, job: Job): void {
    const queue = this.queues.get(key);
    if (queue) {
      queue.push(job);
      return;
    }
    this.queues.set(key, [job]);
    const generation = this.generation;
    // A later turn: the response of the request that caused this is written first.
    setImmediate(() => {
      this.work(key, generation).catch(() => {});
    });
  }

  private async work(key: string, generation: number): Promise<void> {
    for (;;) {
      const queue = this.queues.get(key);
      const job = queue?.[0];
      if (!queue || !job || generation !== this.generation) return;
      await this.deliver(job, generation);
      if (generation !== this.generation) return;
      queue.shift();
      if (queue.length === 0) {
        this.queues.delete(key);
        this.settle();
        return;
      }
    }
  }

  private async deliver(job: Job, generation: number): Promise<void> {
    const { record } = job;
    for (let attempt = 0; ; attempt++) {
      const webhook = this.lookup(record.projectId, record.webhookId);
      if (!webhook) return this.finish(record, 'dropped');
      record.target = webhook.target;
      record.attempts += 1;
      this.counts.attempted += 1;
      record.last = await this.post(webhook, job.body);
      if (generation !== this.generation) return;
      if (typeof record.last === 'number' && record.last >= 200 && record.last < 300) {
        this.counts.succeeded += 1;
        return this.finish(record, 'delivered');
      }
      this.counts.failed += 1;
      const delay = this.retryDelaysMs[attempt];
      if (delay === undefined) {
        this.counts.givenUp += 1;
        return this.finish(record, 'given_up');
      }
      this.counts.retried += 1;
      await this.sleep(delay);
      if (generation !== this.generation) return;
    }
  }

  private async post(webhook: WebhookRecord, body: Buffer): Promise<number | string> {
    const controller = new AbortController();
    this.inFlight.add(controller);
    try {
      return await postSigned(this.agent, webhook, body, this.timeoutMs, controller);
    } finally {
      this.inFlight.delete(controller);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const entry = {
        timer: setTimeout(() => {
          this.timers.delete(entry);
          resolve();
        }, ms),
        resolve,
      };
      this.timers.add(entry);
    });
  }

  private finish(record: DeliveryRecord, status: DeliveryStatus): void {
    record.status = status;
    if (status === 'dropped') this.counts.dropped += 1;
  }

  private settle(): void {
    if (this.queues.size > 0) return;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
}
