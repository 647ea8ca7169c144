import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createDrain, type Drain } from '../../src/http/drain.ts';

// The drain on its own, over a real socket: it waits for in-flight requests, and no longer than its timeout.

describe('createDrain', () => {
  let server: Server | undefined;
  afterEach(async () => {
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  });

  const start = async (drain: Drain, handle: (release: () => void) => void) => {
    server = createServer((req, res) => {
      drain.track(req, res);
      handle(() => res.end('done'));
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  };

  it('resolves once the in-flight request finishes, and that response closes its connection', async () => {
    const drain = createDrain();
    let release: (() => void) | undefined;
    const url = await start(drain, (r) => {
      release = r;
    });
    const pending = fetch(url);
    while (drain.inFlight === 0) await new Promise((r) => setTimeout(r, 5));
    const drained = drain.drain(5_000);
    expect(drain.draining).toBe(true);
    release?.();
    const res = await pending;
    expect(await res.text()).toBe('done');
    expect(res.headers.get('connection')).toBe('close');
    expect((await drained).cutOff).toBe(0);
  });

  it('gives up after the timeout and reports the requests cut off', async () => {
    const drain = createDrain();
    const url = await start(drain, () => {});
    void fetch(url).catch(() => undefined);
    while (drain.inFlight === 0) await new Promise((r) => setTimeout(r, 5));
    const result = await drain.drain(100);
    expect(result.cutOff).toBe(1);
    expect(result.durationMs).toBeGreaterThanOrEqual(95);
    expect(result.durationMs).toBeLessThan(1000);
  });

  it('with nothing in flight it resolves at once', async () => {
    expect((await createDrain().drain(10_000)).cutOff).toBe(0);
  });
});
