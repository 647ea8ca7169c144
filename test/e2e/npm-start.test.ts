import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultQuery } from '../../src/yoga.ts';

// `npm start` (= tsx src/server.ts; run here as `node --import tsx` so SIGTERM reaches the server itself
// rather than an npm or tsx wrapper) with no Sinch environment: the server embeds the sandbox and answers GraphiQL's default
// query with no Authorization header at all. PORT=0 picks a free port; the test reads the printed URL.

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('npm start: tsx src/server.ts (no environment)', () => {
  let child: ChildProcess | undefined;
  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child?.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  });

  it('prints the URL and an Authorization header, answers the default query, exits on SIGTERM', async () => {
    const env = { ...process.env, PORT: '0' } as Record<string, string | undefined>;
    for (const name of [
      'SINCH_API_URL',
      'SINCH_AUTH_URL',
      'SINCH_KEY_ID',
      'SINCH_KEY_SECRET',
      'SINCH_AUTH',
    ]) {
      delete env[name];
    }
    child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed; output so far:\n${out}`)), 30_000);
      child?.stdout?.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /ready at (http:\/\/127\.0\.0\.1:\d+\/graphql)/.exec(out);
        if (match?.[1] && out.includes('Authorization: Basic ')) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
      child?.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
    expect(out).toContain('Authorization: Basic ZGVtby1rZXk6ZGVtby1zZWNyZXQ=');

    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: defaultQuery('demo-project') }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      data?: { project: { rcsSenders: { totalCount: number; nodes: unknown[] } } };
      errors?: unknown;
    };
    expect(body.errors).toBeUndefined();
    expect(body.data?.project.rcsSenders.totalCount).toBeGreaterThan(0);
    expect(body.data?.project.rcsSenders.nodes.length).toBe(
      Math.min(10, body.data?.project.rcsSenders.totalCount ?? 0),
    );

    const health = await fetch(url.replace('/graphql', '/healthz'));
    expect(health.status).toBe(200);
    const ready = await fetch(url.replace('/graphql', '/readyz'));
    expect(ready.status).toBe(200);
    const graphiql = await fetch(url, { headers: { accept: 'text/html' } });
    const html = await graphiql.text();
    expect(html).toContain('ProjectSenders');
    expect(html).not.toMatch(/<script[^>]+src="https?:/);
    expect(html).not.toMatch(/<link[^>]+href="https?:/);

    const exited = new Promise<number | null>((resolve) => child?.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
