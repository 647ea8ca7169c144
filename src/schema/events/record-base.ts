import type { SinchEvent } from '../../events/types.ts';

// What every event record (records.ts for RCS, whatsapp-records.ts for WhatsApp) takes from its delivery.

export interface EventBase {
  /** The body's type as sent. */
  readonly rawType: string;
  readonly projectId: string;
  /** When Sinch signed the delivery (its timestamp header). */
  readonly occurredAt: Date;
  readonly body: Readonly<Record<string, unknown>>;
}

export function eventBase(event: SinchEvent): EventBase {
  return {
    rawType: event.type,
    projectId: event.projectId,
    occurredAt: new Date(event.timestampSeconds * 1000),
    body: event.body,
  };
}
