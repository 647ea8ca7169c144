// A real redis-server (Debian's package) on a free 127.0.0.1 port, nothing persisted, for the tests of the
// Redis event bus and the multi-instance receiver. `npm test`'s pretest installs the package where it can
// (scripts/test-prerequisites.sh); without the binary a test fails with a line saying what to install.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';

export const REDIS_SERVER_PATH = process.env.REDIS_SERVER_PATH || '/usr/bin/redis-server';

export interface RedisServer {
  url: string;
  port: number;
  /** A fresh client (the caller disconnects it). */
  client(): Redis;
  /** Subscribers Redis counts on a channel (PUBSUB NUMSUB), over every connection. */
  numsub(channel: string): Promise<number>;
  /** Waits until `channel` has at least `n` subscribers (a SUBSCRIBE is asynchronous). */
  waitForSubscribers(channel: string, n?: number): Promise<void>;
  stop(): Promise<void>;
}

/** A port that was free a moment ago (bound on 0 by the kernel, then released). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export async function startRedis(opts: { password?: string } = {}): Promise<RedisServer> {
  if (!existsSync(REDIS_SERVER_PATH)) {
    throw new Error(
      `redis-server is missing at ${REDIS_SERVER_PATH}: run \`npm test\` (its pretest installs Debian's redis-server as root) or \`apt-get install redis-server\`, or set REDIS_SERVER_PATH.`,
    );
  }
  const port = await freePort();
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
  if (opts.password) args.push('--requirepass', opts.password);
  const child: ChildProcess = spawn(REDIS_SERVER_PATH, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d) => {
    output += String(d);
  });
  child.stderr?.on('data', (d) => {
    output += String(d);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const auth = opts.password ? `:${encodeURIComponent(opts.password)}@` : '';
  const url = `redis://${auth}127.0.0.1:${port}`;
  const client = () => new Redis(url, { maxRetriesPerRequest: 1, lazyConnect: false });

  const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  probe.on('error', () => {});
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`redis-server exited at start:\n${output}`);
    try {
      if (probe.status !== 'ready') await probe.connect();
      if ((await probe.ping()) === 'PONG') break;
    } catch {
      probe.disconnect();
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`redis-server did not answer PING on port ${port} within 10 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }

  const numsub = async (channel: string) => {
    const reply = (await probe.pubsub('NUMSUB', channel)) as [string, number];
    return Number(reply[1]);
  };
  return {
    url,
    port,
    client,
    numsub,
    async waitForSubscribers(channel, n = 1) {
      const until = Date.now() + 5000;
      while ((await numsub(channel)) < n) {
        if (Date.now() > until) throw new Error(`no ${n} subscriber(s) on ${channel} within 5 s`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    async stop() {
      probe.disconnect();
      if (child.exitCode === null && child.pid) {
        process.kill(child.pid, 'SIGTERM');
        const timer = setTimeout(
          () => child.pid && child.exitCode === null && process.kill(child.pid, 'SIGKILL'),
          3000,
        );
        await exited;
        clearTimeout(timer);
      }
    },
  };
}
