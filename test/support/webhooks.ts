// Webhook deliveries as Sinch sends them (signed with webhook-signature.ts), and a recorder of what an
// event bus publishes for a project.
import type { EventBus, SinchEvent } from '../../src/events/types.ts';
import { newNonce, webhookSignatureHeaders } from '../../src/upstream/webhook-signature.ts';

export interface Delivery {
  /** Body text (sent as is); objects are JSON-encoded. */
  body: string | Record<string, unknown> | unknown[];
  secret: string;
  nonce?: string;
  timestampSeconds?: number;
  /** Replaces or adds headers after signing; `undefined` removes one. */
  headers?: Record<string, string | undefined>;
  method?: string;
}

export interface Answer {
  status: number;
  text: string;
  headers: Headers;
  json: { error?: string; message?: string } | undefined;
}

export const nowSeconds = () => Math.floor(Date.now() / 1000);

/** POST a signed delivery to `${baseUrl}/webhooks/sinch/${projectId}`. */
export async function deliver(baseUrl: string, projectId: string, d: Delivery): Promise<Answer> {
  const text = typeof d.body === 'string' ? d.body : JSON.stringify(d.body);
  const raw = Buffer.from(text, 'utf8');
  const signed = webhookSignatureHeaders(d.secret, raw, {
    nonce: d.nonce ?? newNonce(),
    timestampSeconds: d.timestampSeconds ?? nowSeconds(),
  });
  const headers: Record<string, string> = { 'content-type': 'application/json', ...signed };
  for (const [k, v] of Object.entries(d.headers ?? {})) {
    if (v === undefined) delete headers[k];
    else headers[k] = v;
  }
  const res = await fetch(`${baseUrl}/webhooks/sinch/${projectId}`, {
    method: d.method ?? 'POST',
    headers,
    ...(d.method === 'GET' || d.method === 'HEAD' ? {} : { body: raw }),
  });
  const body = await res.text();
  let json: Answer['json'];
  try {
    json = JSON.parse(body);
  } catch {
    json = undefined;
  }
  return { status: res.status, text: body, headers: res.headers, json };
}

export interface Recorder {
  readonly events: SinchEvent[];
  /** Resolves once at least `n` events arrived (rejects after 5 s). */
  until(n: number): Promise<SinchEvent[]>;
  stop(): Promise<void>;
}

/** Records every event `bus` delivers for `projectId` from now on. */
export function record(bus: EventBus, projectId: string): Recorder {
  const events: SinchEvent[] = [];
  const it = bus.subscribe(projectId, { bufferSize: 10_000 });
  const done = (async () => {
    for await (const e of it) events.push(e);
  })();
  return {
    events,
    async until(n) {
      const deadline = Date.now() + 5000;
      while (events.length < n) {
        if (Date.now() > deadline)
          throw new Error(`${events.length} of ${n} events for ${projectId} within 5 s`);
        await new Promise((r) => setTimeout(r, 5));
      }
      return events;
    },
    async stop() {
      await it.return?.();
      await done;
    },
  };
}
