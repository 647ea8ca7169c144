// Live events: what the webhook receiver publishes and subscriptions read, and the two stores behind them
// (in process, or Redis with REDIS_URL so that several instances share them). Knows nothing of GraphQL.

/** One verified, de-duplicated webhook delivery, as published to subscribers. */
export interface SinchEvent {
  /** The project of the receiver path (/webhooks/sinch/{projectId}); RCS sender bodies do not carry it. */
  projectId: string;
  /** The body's `type`, as sent (e.g. RCS_SENDER_STATUS_UPDATED), also when this server does not know it. */
  type: string;
  /** The parsed JSON body, as delivered. */
  body: Record<string, unknown>;
  /** x-sinch-webhook-signature-nonce: the de-duplication key. */
  nonce: string;
  /** x-sinch-webhook-signature-timestamp, Unix seconds: when Sinch signed the delivery. */
  timestampSeconds: number;
  /** When this server accepted it (ISO 8601). */
  receivedAt: string;
}

/** Raised inside a subscriber's iterator when it fell more than its buffer behind; the iterator then ends. */
export class SubscriberTooSlowError extends Error {
  constructor(readonly buffered: number) {
    super(`The subscriber fell ${buffered} events behind; the subscription ended. Subscribe again.`);
    this.name = 'SubscriberTooSlowError';
  }
}

export interface EventBus {
  /** Delivers to every subscriber of the event's project, on every instance. */
  publish(event: SinchEvent): Promise<void>;
  /**
   * The project's events from now on, until return() is called. A subscriber more than `bufferSize` events
   * behind gets SubscriberTooSlowError from next() (the others are not delayed).
   */
  subscribe(projectId: string, opts?: { bufferSize?: number }): AsyncIterableIterator<SinchEvent>;
  close(): Promise<void>;
}

export interface NonceStore {
  /** true the first time a nonce is claimed within ttlSeconds (on any instance), false for a replay. */
  claim(nonce: string, ttlSeconds: number): Promise<boolean>;
  close(): Promise<void>;
}
