import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// What a user sees when the server cannot start: one line naming the problem and the fix, no stack trace,
// a non-zero exit, and no process left running.

const root = fileURLToPath(new URL('../..', import.meta.url));

function start(env: Record<string, string>) {
  const childEnv: Record<string, string | undefined> = { ...process.env, ...env };
  delete childEnv.SINCH_API_URL;
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: root,
    env: childEnv,
    encoding: 'utf8',
    timeout: 30_000,
  });
}

describe('start-up failures', () => {
  it('a port in use: one line, exit 1', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      const run = start({ PORT: String(port) });
      expect(run.status).toBe(1);
      expect(run.stderr).toBe(
        `Cannot listen on 127.0.0.1:${port}: the address is already in use (another server running?). Stop it, or choose another port with PORT (or SANDBOX_PORT for the embedded sandbox).\n`,
      );
      expect(run.stdout).toBe('');
    } finally {
      taken.close();
    }
  });

  it('invalid configuration: one line per variable, exit 2', () => {
    const run = start({ PORT: 'eighty', CORS_ORIGINS: 'example.com' });
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')).toEqual([
      'Invalid configuration:',
      '  - PORT must be an integer 0..65535, got "eighty"',
      expect.stringMatching(/^ {2}- CORS_ORIGINS: "example\.com" is not an origin/),
      '',
    ]);
  });
});
