// `npm start` as a user (or a supervisor, or a container's PID 1) runs it: the real npm, the package.json
// script, a fresh environment without Sinch variables. PORT=0 picks a free port; the printed banner tells
// the URLs. Also: the process tree under a PID, read from /proc, to prove nothing is left behind.
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface NpmStart {
  child: ChildProcess;
  url: string;
  sandboxUrl: string;
  /** Everything printed on stdout so far. */
  stdout(): string;
  stderr(): string;
  exited: Promise<number | null>;
}

/** npm itself: the one running this test when there is one (npm test), else the npm on PATH. */
function npmCommand(): [string, string[]] {
  const cli = process.env.npm_execpath;
  return cli?.endsWith('.js') ? [process.execPath, [cli]] : ['npm', []];
}

export async function npmStart(env: Record<string, string> = {}): Promise<NpmStart> {
  const childEnv: Record<string, string | undefined> = { ...process.env, PORT: '0', ...env };
  for (const name of ['SINCH_API_URL', 'SINCH_AUTH_URL', 'SINCH_KEY_ID', 'SINCH_KEY_SECRET', 'SINCH_AUTH']) {
    delete childEnv[name];
  }
  const [command, prefix] = npmCommand();
  const child = spawn(command, [...prefix, 'start'], {
    cwd: root,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr?.on('data', (c: Buffer) => {
    err += c.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const [url, sandboxUrl] = await new Promise<[string, string]>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no banner printed; output so far:\n${out}\n${err}`)),
      30_000,
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /ready at (http:\/\/127\.0\.0\.1:\d+\/graphql)/.exec(out)?.[1];
      const sandbox = /sandbox at (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
      if (url && sandbox && out.includes('_sandbox/advance')) {
        clearTimeout(timer);
        resolve([url, sandbox]);
      }
    });
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}\n${err}`)));
  });
  return { child, url, sandboxUrl, stdout: () => out, stderr: () => err, exited };
}

/** The PIDs of every live process below `pid` (children, grandchildren, …), from /proc. */
export function descendants(pid: number): number[] {
  const parentOf = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so split after the last ')'.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parentOf.set(Number(name), ppid);
    } catch {
      // gone meanwhile
    }
  }
  const found: number[] = [];
  const walk = (p: number) => {
    for (const [child, parent] of parentOf) {
      if (parent === p) {
        found.push(child);
        walk(child);
      }
    }
  };
  walk(pid);
  return found;
}

/** Whether a PID is still a live (not zombie) process. */
export function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}
