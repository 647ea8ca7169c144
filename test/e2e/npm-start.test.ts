import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultQuery } from '../../src/yoga.ts';
import { basicAuth, DEMO_AUTH, OTHER_AUTH } from '../support/credentials.ts';
import { alive, descendants, type NpmStart, npmStart } from '../support/npm-start.ts';

// The documented start, exactly as a newcomer or a supervisor runs it: `npm start` with no Sinch
// environment. It embeds the sandbox, answers GraphiQL's default query with no header, forwards a request's
// own Authorization, prints a working command to advance the sandbox, and on a SIGTERM sent to the PID npm
// has (what a supervisor or a container runtime signals) drains and leaves no process behind.

const post = (url: string, query: string, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });

const SENDERS = (project: string) => `{ project(id: "${project}") { rcsSenders(first: 50) { totalCount } } }`;

describe('npm start (no environment)', () => {
  let run: NpmStart | undefined;
  afterEach(async () => {
    if (run && run.child.exitCode === null) {
      for (const pid of descendants(run.child.pid ?? 0)) process.kill(pid, 'SIGKILL');
      run.child.kill('SIGKILL');
      await run.exited;
    }
    run = undefined;
  });

  it('prints URL, header and advance command; no header → demo key; own header forwarded; all of it works', async () => {
    run = await npmStart();
    const out = run.stdout();
    expect(out).toContain(`Authorization: ${DEMO_AUTH}`);

    const res = await post(run.url, defaultQuery('demo-project'));
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      data?: { project: { rcsSenders: { totalCount: number; nodes: unknown[] } } };
      errors?: unknown;
    };
    expect(body.errors).toBeUndefined();
    expect(body.data?.project.rcsSenders.totalCount).toBe(14);
    expect(body.data?.project.rcsSenders.nodes.length).toBe(10);

    // The printed header works as printed; the second seeded project's key reaches that project only.
    const demo = (await (
      await post(run.url, SENDERS('demo-project'), { authorization: DEMO_AUTH })
    ).json()) as {
      data: { project: { rcsSenders: { totalCount: number } } };
    };
    expect(demo.data.project.rcsSenders.totalCount).toBe(14);
    const other = (await (
      await post(run.url, SENDERS('other-project'), { authorization: OTHER_AUTH })
    ).json()) as {
      data: { project: { rcsSenders: { totalCount: number } } };
    };
    expect(other.data.project.rcsSenders.totalCount).toBeGreaterThan(0);
    expect(other.data.project.rcsSenders.totalCount).not.toBe(14);
    const wrong = (await (
      await post(run.url, SENDERS('demo-project'), { authorization: basicAuth('demo-key', 'not-the-secret') })
    ).json()) as { data: { project: { rcsSenders: null } }; errors: { extensions: { code: string } }[] };
    expect(wrong.data.project.rcsSenders).toBeNull();
    expect(wrong.errors.map((e) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);

    // The printed advance command, run as printed, moves simulated time on by one day.
    const line = out.split('\n').find((l) => l.startsWith('curl ') && l.includes('/_sandbox/advance'));
    expect(line).toBeDefined();
    const snapshot = async () =>
      (await (await fetch(`${run?.sandboxUrl}/_sandbox/snapshot`)).json()) as { day: number };
    const before = await snapshot();
    const advanced = spawnSync('sh', ['-c', line ?? 'false'], { encoding: 'utf8' });
    expect(advanced.status, advanced.stderr).toBe(0);
    const answer = JSON.parse(advanced.stdout) as { day: number; transitions: unknown[] };
    expect(answer.day).toBe(before.day + 1);
    expect(answer.transitions.length).toBeGreaterThan(0);
    expect((await snapshot()).day).toBe(before.day + 1);

    const html = await (await fetch(run.url, { headers: { accept: 'text/html' } })).text();
    expect(html).toContain('ProjectSenders');
    expect(html).not.toMatch(/<script[^>]+src="https?:/);
    expect(html).not.toMatch(/<link[^>]+href="https?:/);
  });

  it('SIGTERM to the npm PID during a slow request: it completes, /readyz 503, exit 0, no process left', async () => {
    run = await npmStart({ LOG_LEVEL: 'info' });
    const npmPid = run.child.pid ?? 0;
    const tree = descendants(npmPid);
    expect(tree.length).toBeGreaterThan(0);

    const LIST = 'RcsSendersController_listSenders_v1';
    const fault = await fetch(`${run.sandboxUrl}/_sandbox/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ rules: [{ match: { operationId: LIST }, latencyMs: 1500 }] }),
    });
    expect(fault.ok).toBe(true);
    const slow = post(run.url, `query Slow ${SENDERS('demo-project')}`, { 'x-request-id': 'slow-npm' });
    // Deterministic trigger: the sandbox has received the list call (it counts before its latency).
    const listCalls = async () =>
      (
        (await (await fetch(`${run?.sandboxUrl}/_sandbox/stats`)).json()) as {
          byOperation: Record<string, number>;
        }
      ).byOperation[LIST] ?? 0;
    for (let i = 0; i < 200 && (await listCalls()) < 1; i++) await new Promise((r) => setTimeout(r, 10));
    expect(await listCalls()).toBe(1);

    process.kill(npmPid, 'SIGTERM');
    let ready = 0;
    for (let i = 0; i < 50 && ready !== 503; i++) {
      ready = (await fetch(run.url.replace('/graphql', '/readyz'), { headers: { connection: 'close' } }))
        .status;
      if (ready !== 503) await new Promise((r) => setTimeout(r, 10));
    }
    expect(ready).toBe(503);

    const res = await slow;
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data: { project: { rcsSenders: { totalCount: number } } } };
    expect(body.data.project.rcsSenders.totalCount).toBe(14);

    expect(await run.exited).toBe(0);
    await new Promise((r) => setTimeout(r, 100));
    expect(tree.filter(alive)).toEqual([]);
    expect(run.stderr()).toContain('"msg":"shutdown: drained"');
  });
});
