import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_PATH } from '../support/chromium.ts';
import { REDIS_SERVER_PATH } from '../support/redis.ts';

// `npm test`'s pretest: silent when every program the suite drives is there; where it cannot install a
// missing one (not root), it stops at once with one line naming the package.

const script = fileURLToPath(new URL('../../scripts/test-prerequisites.sh', import.meta.url));
const asRoot = process.getuid?.() === 0;

function run(env: Record<string, string>, unprivileged: boolean) {
  // As root, drop to `nobody` so the script takes its "cannot install" branch instead of calling apt-get.
  const [cmd, args] =
    unprivileged && asRoot
      ? ['setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', 'bash', script]]
      : ['bash', [script]];
  return spawnSync(cmd, args, { env: { ...process.env, ...env }, encoding: 'utf8' });
}

describe('pretest: test prerequisites', () => {
  it('passes silently when Chromium and redis-server are where the tests look', () => {
    const ok = run({ CHROMIUM_PATH, REDIS_SERVER_PATH }, false);
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
  });

  it('stops with one line naming what to install when it cannot install it', () => {
    const missing = run({ CHROMIUM_PATH: '/nonexistent/chromium', REDIS_SERVER_PATH }, true);
    expect(missing.status).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toBe(
      'pretest: missing chromium (/nonexistent/chromium): install it as root (apt-get install chromium), or set CHROMIUM_PATH, then run npm test again\n',
    );
  });

  it('names redis-server alone, or both programs together, with the variables that move them', () => {
    const redis = run({ CHROMIUM_PATH, REDIS_SERVER_PATH: '/nonexistent/redis-server' }, true);
    expect(redis.status).toBe(1);
    expect(redis.stderr).toBe(
      'pretest: missing redis-server (/nonexistent/redis-server): install it as root (apt-get install redis-server), or set REDIS_SERVER_PATH, then run npm test again\n',
    );
    const both = run(
      { CHROMIUM_PATH: '/nonexistent/chromium', REDIS_SERVER_PATH: '/nonexistent/redis-server' },
      true,
    );
    expect(both.stderr).toBe(
      'pretest: missing chromium redis-server (/nonexistent/chromium /nonexistent/redis-server): install them as root (apt-get install chromium redis-server), or set CHROMIUM_PATH REDIS_SERVER_PATH, then run npm test again\n',
    );
  });
});
