// The receiver's edges: no secret configured (503), the embedded sandbox's generated secret, the answer
// written before the publish (and a publish failure only logged), the nonce store away (503), and shutdown
// waiting for accepted deliveries' publishes.
import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryNonceStore } from '../../src/events/memory.ts';
import type { EventBus, NonceStore, SinchEvent } from '../../src/events/types.ts';
import { createLogger } from '../../src/log.ts';
import { startServer } from '../../src/server.ts';
import { createWebhookReceiver, type WebhookReceiver } from '../../src/webhooks/receiver.ts';
import { captureLog } from '../support/log-capture.ts';
import { startProductionServer } from '../support/production-server.ts';
import { addSecret } from '../support/secrets.ts';
import { deliver } from '../support/webhooks.ts';

const SECRET = 'wiring-test-secret-Hq4LmZ';
addSecret(SECRET);
const body = { type: 'RCS_ACCOUNT_COMMENT_ADDED', comment: 'x' };
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function receiverServer(bus: EventBus, nonces: NonceStore = createMemoryNonceStore()) {
  const receiver: WebhookReceiver = createWebhookReceiver({
    bus,
    nonces,
    secrets: [SECRET],
    windowSeconds: 300,
    maxBodyBytes: 4096,
    logger: createLogger('silent'),
  });
  const server: Server = createServer((req, res) => {
    if (!receiver.handle(req, res)) res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  cleanups.push(() => new Promise<void>((r) => server.close(() => r())));
  return { url, receiver };
}

describe('receiver wiring', () => {
  it('a real upstream and no SINCH_WEBHOOK_SECRET: 503 naming the variable, nothing published', async () => {
    const prod = await startProductionServer();
    cleanups.push(() => prod.close());
    const seen: SinchEvent[] = [];
    const it = prod.server.events.bus.subscribe('demo-project');
    void (async () => {
      for await (const e of it) seen.push(e);
    })();
    cleanups.push(async () => void (await it.return?.()));
    const answer = await deliver(prod.server.publicUrl, 'demo-project', { body, secret: SECRET });
    expect({ status: answer.status, json: answer.json }).toEqual({
      status: 503,
      json: {
        error: 'no_webhook_secret',
        message: 'This server has no webhook secret (SINCH_WEBHOOK_SECRET), so it cannot verify a delivery.',
      },
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(seen).toEqual([]);
  });

  it('the embedded sandbox without SINCH_WEBHOOK_SECRET has a generated secret: deliveries are verified, not 503', async () => {
    const log = captureLog();
    const server = await startServer({ env: {}, config: { port: 0, host: '127.0.0.1', logLevel: 'silent' } });
    cleanups.push(async () => {
      await server.close();
      log.stop();
    });
    const answer = await deliver(server.publicUrl, 'demo-project', { body, secret: SECRET });
    expect({ status: answer.status, error: answer.json?.error }).toEqual({
      status: 401,
      error: 'bad_signature',
    });
    expect(server.events.kind).toBe('memory');
  });

  it('answers 204 before the publish settles; a failed publish is logged, not reported to the sender', async () => {
    let release: () => void = () => {};
    const published: SinchEvent[] = [];
    const bus: EventBus = {
      publish: (e) =>
        new Promise<void>((_resolve, reject) => {
          published.push(e);
          release = () => reject(new Error('bus down'));
        }),
      subscribe: () => {
        throw new Error('unused');
      },
      close: async () => {},
    };
    const log = captureLog();
    cleanups.push(async () => log.stop());
    const { url, receiver } = await receiverServer(bus);
    const answer = await deliver(url, 'demo-project', { body, secret: SECRET, nonce: 'HANGING-NONCE' });
    expect(answer.status).toBe(204);
    // The answer is in while the publish is still pending, and idle() waits for it.
    expect(published.map((e) => e.nonce)).toEqual(['HANGING-NONCE']);
    let idle = false;
    const waiting = receiver.idle().then(() => {
      idle = true;
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(idle).toBe(false);
    release();
    await waiting;
    const failure = log.lines().find((l) => l.msg === 'webhook: publishing an accepted delivery failed');
    expect(failure).toMatchObject({
      level: 'error',
      projectId: 'demo-project',
      nonce: 'HANGING-NONCE',
      error: 'bus down',
    });
  });

  it('the nonce store unavailable: 503 with Retry-After, nothing published', async () => {
    const published: SinchEvent[] = [];
    const bus: EventBus = {
      publish: async (e) => void published.push(e),
      subscribe: () => {
        throw new Error('unused');
      },
      close: async () => {},
    };
    const nonces: NonceStore = {
      claim: () => Promise.reject(new Error('Connection is closed.')),
      close: async () => {},
    };
    const { url } = await receiverServer(bus, nonces);
    const answer = await deliver(url, 'demo-project', { body, secret: SECRET });
    expect({
      status: answer.status,
      error: answer.json?.error,
      retry: answer.headers.get('retry-after'),
    }).toEqual({
      status: 503,
      error: 'nonce_store_unavailable',
      retry: '5',
    });
    expect(published).toEqual([]);
  });

  it('close() ends the live subscriptions of the server’s bus', async () => {
    const server = await startServer({
      env: {},
      config: { port: 0, host: '127.0.0.1', logLevel: 'silent', webhookSecrets: [SECRET] },
    });
    const sub = server.events.bus.subscribe('demo-project');
    const pending = sub.next();
    await server.close();
    expect(await pending).toEqual({ value: undefined, done: true });
  });
});
