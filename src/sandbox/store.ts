// The sandbox state: projects with their senders, a simulated clock and id counters.
// Everything here is deterministic; OAuth tokens live in tokens.ts (they are secrets, not state).
import { uuidFrom } from './ids.ts';
import type { Json, ProjectRecord, SenderRecord } from './model.ts';

const DAY_MS = 86_400_000;
/** Simulated epoch of a fresh store. */
export const SANDBOX_EPOCH_MS = Date.UTC(2024, 0, 15, 9, 0, 0);

export class Store {
  readonly projects = new Map<string, ProjectRecord>();
  /** Simulated days passed (POST /_sandbox/advance steps). */
  day = 0;
  /** Successful writes so far: each one moves the clock one second, so timestamps are distinct and ordered. */
  tick = 0;
  private created = 0;
  /** Webhooks registered so far: ids are derived from it. Registrations are not simulated events, so they
   * do not move the clock (registering the server's own webhook at start leaves the demo timeline as is). */
  private webhooksCreated = 0;

  nowMs(): number {
    return SANDBOX_EPOCH_MS + this.day * DAY_MS + this.tick * 1000;
  }

  /** Current simulated time, ISO-8601 UTC. */
  now(): string {
    return new Date(this.nowMs()).toISOString();
  }

  /** Call once per successful mutating request, before reading now(). */
  touch(): string {
    this.tick += 1;
    return this.now();
  }

  /**
   * Runs one mutating operation: moves the clock one second and hands over the new time. When `fn`
   * throws, the clock and counters are put back, so a failed request leaves the snapshot unchanged
   * (handlers validate before they mutate shared records).
   */
  write<T>(fn: (now: string) => T): T {
    const saved = { tick: this.tick, created: this.created };
    try {
      return fn(this.touch());
    } catch (err) {
      this.tick = saved.tick;
      this.created = saved.created;
      throw err;
    }
  }

  nextSenderId(projectId: string): string {
    this.created += 1;
    return uuidFrom(`sender:${projectId}:${this.created}`);
  }

  nextWebhookId(projectId: string): string {
    this.webhooksCreated += 1;
    return uuidFrom(`webhook:${projectId}:${this.webhooksCreated}`);
  }

  addProject(
    p: Omit<ProjectRecord, 'senders' | 'accountActivities' | 'webhooks' | 'whatsapp'>,
  ): ProjectRecord {
    const project: ProjectRecord = {
      ...p,
      senders: new Map(),
      accountActivities: [],
      webhooks: new Map(),
      whatsapp: { senders: new Map() },
    };
    this.projects.set(p.id, project);
    return project;
  }

  addSender(s: SenderRecord): void {
    const project = this.projects.get(s.projectId);
    if (!project) throw new Error(`sandbox: unknown project ${s.projectId}`);
    project.senders.set(s.id, s);
  }

  findProjectByKey(keyId: string): ProjectRecord | undefined {
    for (const p of this.projects.values()) if (p.keyId === keyId) return p;
    return undefined;
  }

  /**
   * The whole store as plain JSON with sorted keys. Key secrets, sender auth tokens and webhook secrets are
   * left out; `webhooks` appears only for a project that has some (the seeds have none). WhatsApp senders
   * hold no credential (their bearerToken is derived when rendered).
   */
  snapshot(): Json {
    const projects = [...this.projects.values()]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((p) => ({
        id: p.id,
        keyId: p.keyId,
        rcsEnabled: p.rcsEnabled,
        accountActivities: p.accountActivities,
        senders: [...p.senders.values()]
          .sort((a, b) => a.id.localeCompare(b.id))
          .map((s) => ({ ...s, authToken: undefined })),
        webhooks:
          p.webhooks.size === 0
            ? undefined
            : [...p.webhooks.values()]
                .sort((a, b) => a.id.localeCompare(b.id))
                .map((w) => ({ ...w, secret: undefined })),
        whatsapp: {
          account: p.whatsapp.account,
          senders: [...p.whatsapp.senders.values()].sort((a, b) => a.id.localeCompare(b.id)),
        },
      }));
    return sortKeys({
      day: this.day,
      tick: this.tick,
      createdSenders: this.created,
      now: this.now(),
      projects,
    });
  }
}

export function sortKeys(value: unknown): Json {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, Json> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value as Json;
}
