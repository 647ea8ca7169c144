// POST /webhooks/sinch/{projectId}: Sinch's provisioning webhook deliveries, verified, de-duplicated and
// published on the event bus under the path's project.
//
// The order of the checks: the path's project id, the method, a secret to verify with, body size, signature (headers,
// algorithm, timestamp window, HMAC), JSON with a string `type`, then the nonce. A refused delivery is never
// published. An accepted one (or a replay of one) is acknowledged with 204 before it is published: Sinch
// waits for the answer, not for our subscribers, and a publish failure is ours to log, not Sinch's to retry.
//
// The path's project is the event's project: Sinch does not sign the path (see webhook-signature.ts), so a
// delivery signed with one of our secrets is valid on any project's path. The path is the one this server
// registered for the project's webhook. Nonces are de-duplicated across all paths (and, with Redis, all
// instances): a delivery replayed to another project's path within the window is acknowledged, not
// published again.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EventBus, NonceStore, SinchEvent } from '../events/types.ts';
import type { Logger } from '../log.ts';
import { verifyWebhookSignature } from '../upstream/webhook-signature.ts';
import { answer, type Outcome, projectOfPath, WEBHOOK_PATH } from './answers.ts';
import { readLimitedBody } from './body.ts';
import { isKnownEventType } from './event-types.ts';

export { WEBHOOK_PATH };

/** Told the outcome of every delivery (metrics); `reason` is the refusal's fixed word. */
export type DeliveryObserver = (outcome: 'accepted' | 'duplicate' | 'rejected', reason?: string) => void;

export interface ReceiverOptions {
  bus: EventBus;
  nonces: NonceStore;
  /** Any of them verifies a delivery. Empty: every delivery is answered 503. */
  secrets: readonly string[];
  windowSeconds: number;
  maxBodyBytes: number;
  logger: Logger;
  /** Unix seconds; tests move the clock. */
  nowSeconds?: () => number;
  /** Metrics of the outcomes; undefined costs nothing. */
  onDelivery?: DeliveryObserver | undefined;
}

export interface WebhookReceiver {
  /** Answers the request when its path is the receiver's and returns true; false leaves it to the caller. */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
  /** Resolves once every accepted delivery's publish has settled (shutdown waits for it). */
  idle(): Promise<void>;
}

/** Longest nonce accepted (the spec's example is 26 characters); bounds what the nonce store keeps. */
const MAX_NONCE_CHARS = 200;
/** Unknown types logged at most (one line each); the rest are published without a line. */
const MAX_UNKNOWN_TYPES_LOGGED = 100;

export function createWebhookReceiver(opts: ReceiverOptions): WebhookReceiver {
  const pending = new Set<Promise<void>>();
  const unknownLogged = new Set<string>();
  const log = opts.logger;
  const observe = opts.onDelivery;

  async function deliver(req: IncomingMessage, res: ServerResponse, projectId: string): Promise<void> {
    const line: Record<string, unknown> = { projectId };
    const refuse = (o: Outcome) => {
      answer(res, o);
      observe?.('rejected', o.reason);
      const level = o.status === 401 || o.status >= 500 ? 'warn' : 'info';
      log[level]({ ...line, outcome: o.reason, status: o.status }, 'webhook delivery refused');
    };
    if (opts.secrets.length === 0) {
      return refuse({
        status: 503,
        reason: 'no_webhook_secret',
        message: 'This server has no webhook secret (SINCH_WEBHOOK_SECRET), so it cannot verify a delivery.',
      });
    }
    const read = await readLimitedBody(req, opts.maxBodyBytes);
    if (!read.ok) {
      if (read.reason === 'aborted') {
        // The sender went away mid-body: nothing to answer.
        log.info({ ...line, outcome: 'aborted' }, 'webhook delivery refused');
        observe?.('rejected', 'aborted');
        return;
      }
      if (read.reason === 'bad_length')
        return refuse({ status: 400, reason: 'bad_length', message: 'Content-Length is invalid.' });
      return refuse({
        status: 413,
        reason: 'body_too_large',
        message: `The body exceeds ${opts.maxBodyBytes} bytes.`,
        // The rest of the body is not read, so the connection cannot carry another request.
        headers: { connection: 'close' },
      });
    }
    const header = (name: string) => {
      const v = req.headers[name];
      return Array.isArray(v) ? v[0] : v;
    };
    const nonceHeader = header('x-sinch-webhook-signature-nonce');
    if (nonceHeader) line.nonce = nonceHeader.slice(0, 64);
    const check = verifyWebhookSignature(opts.secrets, read.body, header, {
      windowSeconds: opts.windowSeconds,
      ...(opts.nowSeconds ? { nowSeconds: opts.nowSeconds() } : {}),
    });
    if (!check.ok) return refuse({ status: check.status, reason: check.reason, message: check.message });
    if (check.nonce.length > MAX_NONCE_CHARS) {
      return refuse({
        status: 400,
        reason: 'bad_nonce',
        message: `The nonce exceeds ${MAX_NONCE_CHARS} characters.`,
      });
    }
    let body: unknown;
    try {
      body = JSON.parse(read.body.toString('utf8'));
    } catch {
      return refuse({ status: 400, reason: 'malformed_json', message: 'The body is not JSON.' });
    }
    const type = (body as { type?: unknown } | null)?.type;
    if (
      typeof body !== 'object' ||
      body === null ||
      Array.isArray(body) ||
      typeof type !== 'string' ||
      !type
    ) {
      return refuse({
        status: 400,
        reason: 'missing_type',
        message: 'The body must be a JSON object with a string `type`.',
      });
    }
    line.type = type.slice(0, 100);
    let first: boolean;
    try {
      first = await opts.nonces.claim(check.nonce, 2 * opts.windowSeconds);
    } catch (error) {
      // Without the nonce store a replay cannot be told apart: Sinch is asked to deliver again later.
      line.error = (error as Error)?.message;
      return refuse({
        status: 503,
        reason: 'nonce_store_unavailable',
        message: 'The delivery cannot be de-duplicated now; deliver it again later.',
        headers: { 'retry-after': '5' },
      });
    }
    if (!first) {
      answer(res, { status: 204, reason: 'duplicate' });
      observe?.('duplicate');
      log.info({ ...line, outcome: 'duplicate', status: 204 }, 'webhook delivery');
      return;
    }
    const event: SinchEvent = {
      projectId,
      type,
      body: body as Record<string, unknown>,
      nonce: check.nonce,
      timestampSeconds: check.timestampSeconds,
      receivedAt: new Date().toISOString(),
    };
    if (
      !isKnownEventType(type) &&
      !unknownLogged.has(type) &&
      unknownLogged.size < MAX_UNKNOWN_TYPES_LOGGED
    ) {
      unknownLogged.add(type);
      log.info({ type: line.type }, 'webhook: an event type this server does not know; published as is');
    }
    // Published once the acknowledgement is written (res.end's callback), never before.
    const published = new Promise<void>((resolve) => {
      res.writeHead(204).end(() => resolve());
    }).then(() => opts.bus.publish(event));
    log.info({ ...line, outcome: 'accepted', status: 204 }, 'webhook delivery');
    observe?.('accepted');
    const tracked = published.catch((error: unknown) => {
      log.error(
        { ...line, error: (error as Error)?.message },
        'webhook: publishing an accepted delivery failed',
      );
    });
    pending.add(tracked);
    void tracked.finally(() => pending.delete(tracked));
  }

  return {
    handle(req, res) {
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      if (path !== WEBHOOK_PATH && !path.startsWith(`${WEBHOOK_PATH}/`)) return false;
      const route = projectOfPath(path.slice(WEBHOOK_PATH.length + 1));
      if (!route.ok) {
        log.info({ outcome: route.outcome.reason, status: route.outcome.status }, 'webhook delivery refused');
        answer(res, route.outcome);
        observe?.('rejected', route.outcome.reason);
        return true;
      }
      const { projectId } = route;
      if (req.method !== 'POST') {
        log.info({ projectId, outcome: 'method_not_allowed', status: 405 }, 'webhook delivery refused');
        observe?.('rejected', 'method_not_allowed');
        answer(res, {
          status: 405,
          reason: 'method_not_allowed',
          message: 'Only POST.',
          headers: { allow: 'POST' },
        });
        return true;
      }
      deliver(req, res, projectId).catch((error: unknown) => {
        log.error({ projectId, error: (error as Error)?.message }, 'webhook: receiver failed');
        if (res.headersSent) return;
        answer(res, { status: 500, reason: 'internal', message: 'Internal error.' });
        observe?.('rejected', 'internal');
      });
      return true;
    },
    async idle() {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
  };
}
