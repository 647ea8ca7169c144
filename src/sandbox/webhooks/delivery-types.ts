// The delivery engine's options, records and counters (deliveries.ts), as /_sandbox/* reports them.

export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [1_000, 5_000, 30_000];
export const DEFAULT_DELIVERY_TIMEOUT_MS = 5_000;

export interface DeliveryOptions {
  retryDelaysMs?: readonly number[];
  timeoutMs?: number;
}

export type DeliveryStatus = 'pending' | 'delivered' | 'given_up' | 'dropped';

export interface DeliveryRecord {
  id: number;
  projectId: string;
  webhookId: string;
  target: string;
  type: string;
  senderId?: string;
  status: DeliveryStatus;
  attempts: number;
  /** HTTP status of the last attempt, or the transport failure ('timeout', 'ECONNREFUSED', …). */
  last?: number | string;
}

export interface DeliveryCounts {
  /** POST attempts made. */
  attempted: number;
  /** Attempts answered 2xx (= deliveries delivered). */
  succeeded: number;
  /** Attempts not answered 2xx. */
  failed: number;
  /** Failed attempts followed by a retry. */
  retried: number;
  /** Deliveries abandoned after their last attempt failed. */
  givenUp: number;
  /** Deliveries dropped because their webhook went away (deleted, sandbox reset) first. */
  dropped: number;
  /** Deliveries queued or in progress now. */
  pending: number;
}

export const zeroCounts = (): Omit<DeliveryCounts, 'pending'> => ({
  attempted: 0,
  succeeded: 0,
  failed: 0,
  retried: 0,
  givenUp: 0,
  dropped: 0,
});
