import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO, OTHER } from '../../src/sandbox/index.ts';
import { basicAuth } from '../support/credentials.ts';
import { startValidatedSandbox, type ValidatedSandbox } from '../support/sandbox.ts';

// The real process (node --import tsx src/server.ts, so SIGTERM reaches the server itself) in the
// production configuration, wired to a sandbox whose sender list answers after 1.5 s. SIGTERM arrives while
// that request is in flight: /readyz answers 503 at once, the slow request still completes with its data,
// and the process exits 0.

const root = fileURLToPath(new URL('../..', import.meta.url));
const LIST = 'RcsSendersController_listSenders_v1';
const LATENCY_MS = 1500;

describe('graceful shutdown on SIGTERM', () => {
  let child: ChildProcess | undefined;
  let sandbox: ValidatedSandbox;
  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child?.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    }
    await sandbox?.close();
  });

  it('a slow request completes, /readyz is 503 meanwhile, exit code 0', async () => {
    sandbox = await startValidatedSandbox({ seed: 'demo' });
    const fault = await fetch(`${sandbox.url}/_sandbox/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ rules: [{ match: { operationId: LIST }, latencyMs: LATENCY_MS }] }),
    });
    expect(fault.ok).toBe(true);

    const env: Record<string, string | undefined> = {
      ...process.env,
      NODE_ENV: 'production',
      PORT: '0',
      SINCH_API_URL: sandbox.url,
      SINCH_AUTH_URL: `${sandbox.url}/oauth2/token`,
      SINCH_KEY_ID: DEMO.keyId,
      SINCH_KEY_SECRET: DEMO.keySecret,
      SHUTDOWN_TIMEOUT_MS: '10000',
      LOG_LEVEL: 'info',
    };
    child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stderr?.on('data', (c: Buffer) => {
      err += c.toString();
    });
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed:\n${out}\n${err}`)), 30_000);
      child?.stdout?.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /ready at (http:\/\/127\.0\.0\.1:\d+\/graphql)/.exec(out);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
      child?.once('exit', (code) => reject(new Error(`exited ${code}: ${out}\n${err}`)));
    });
    const exited = new Promise<number | null>((resolve) => child?.once('exit', (code) => resolve(code)));
    expect((await fetch(url.replace('/graphql', '/readyz'))).status).toBe(200);

    const slow = fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'slow-1' },
      body: JSON.stringify({
        query: 'query Slow { project(id: "demo-project") { rcsSenders(first: 3) { totalCount } } }',
      }),
    });
    // Deterministic trigger: the sandbox has received the list call (it counts before its latency).
    for (let i = 0; i < 200; i++) {
      const stats = await sandbox.stats();
      if ((stats.byOperation[LIST] ?? 0) >= 1) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    expect((await sandbox.stats()).byOperation[LIST]).toBe(1);

    const termAt = performance.now();
    child.kill('SIGTERM');
    // Give the signal a moment to be delivered, then ask for readiness on a fresh connection.
    let ready = 0;
    for (let i = 0; i < 50 && ready !== 503; i++) {
      ready = (await fetch(url.replace('/graphql', '/readyz'), { headers: { connection: 'close' } })).status;
      if (ready !== 503) await new Promise((r) => setTimeout(r, 10));
    }
    const readyAt = performance.now() - termAt;
    expect(ready).toBe(503);
    expect(readyAt).toBeLessThan(LATENCY_MS / 2);

    const res = await slow;
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe('slow-1');
    const body = (await res.json()) as { data?: { project: { rcsSenders: { totalCount: number } } } };
    expect(body.data?.project.rcsSenders.totalCount).toBeGreaterThan(0);

    expect(await exited).toBe(0);
    const exitMs = performance.now() - termAt;
    console.log(
      `SIGTERM: /readyz 503 after ${Math.round(readyAt)} ms; exit 0 after ${Math.round(exitMs)} ms`,
    );

    // The structured log: the slow request's line, then the drain, with no credential anywhere.
    const lines = err
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.find((l) => l.requestId === 'slow-1')).toMatchObject({
      level: 'info',
      msg: 'request',
      operationName: 'Slow',
      status: 200,
      upstreamCalls: 1,
    });
    expect(lines.map((l) => l.msg)).toContain('shutdown: drained');
    expect(lines.find((l) => l.msg === 'shutdown: drained')).toMatchObject({ cutOff: 0 });
    for (const secret of [DEMO.keySecret, OTHER.keySecret, basicAuth(DEMO.keyId, DEMO.keySecret).slice(6)]) {
      expect(out + err).not.toContain(secret);
    }
  }, 60_000);
});
