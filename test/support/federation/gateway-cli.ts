// The real `hive-gateway` CLI as a child process, set up the way docs/federation.md tells operators: a
// directory with the supergraph and the documented gateway.config.ts (read from the docs themselves, so
// the docs cannot drift from what is tested), started with the documented command on 127.0.0.1.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const CLI = join(ROOT, 'node_modules', '.bin', 'hive-gateway');

/** The ```ts block of docs/federation.md that starts with `// gateway.config.ts`. */
export function documentedGatewayConfig(): string {
  const docs = readFileSync(join(ROOT, 'docs', 'federation.md'), 'utf8');
  const block = /```ts\n(\/\/ gateway\.config\.ts\n[\s\S]*?)```/.exec(docs)?.[1];
  if (!block) throw new Error('docs/federation.md has no gateway.config.ts block');
  return block;
}

/** A working directory as a user's project has it: node_modules (ours, linked) and the files given. */
export function gatewayDirectory(files: Record<string, string>): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'hive-gateway-'));
  // The config imports '@graphql-hive/gateway': resolved from here, as in a project that installed it.
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** `npm run supergraph -- …args`, started in `cwd` (where relative paths are taken from). */
export function runComposeScript(
  cwd: string,
  args: string[],
): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync('npm', ['run', '--silent', '--prefix', ROOT, 'supergraph', '--', ...args], {
    cwd,
    env: { ...process.env, INIT_CWD: cwd },
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** As runComposeScript; throws with the script's output when it fails. */
export function composeWithScript(cwd: string, args: string[]): string {
  const run = runComposeScript(cwd, args);
  if (run.status !== 0) throw new Error(`npm run supergraph exited ${run.status}: ${run.stderr}`);
  return run.stdout;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

export interface GatewayProcess {
  url: string;
  pid: number;
  /** What the CLI printed (for diagnosing a failed start; never printed by a passing test). */
  output(): string;
  stop(): Promise<void>;
}

/** `hive-gateway supergraph ./supergraph.graphql --host 127.0.0.1 --port <free port>` in `dir`. */
export async function startGatewayCli(dir: string): Promise<GatewayProcess> {
  const port = await freePort();
  // The CLI also reads PORT, HOST, FORK and CONFIG_PATH from the environment: the flags and the
  // directory decide here, whatever the test runner's environment holds.
  const { PORT: _p, HOST: _h, FORK: _f, CONFIG_PATH: _c, ...env } = process.env;
  const child: ChildProcess = spawn(
    CLI,
    ['supergraph', './supergraph.graphql', '--host', '127.0.0.1', '--port', String(port)],
    { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}/graphql`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`hive-gateway exited ${child.exitCode}:\n${output}`);
    const ready = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    }).then(
      (res) => res.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`hive-gateway did not answer within 30 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  if (child.pid === undefined) throw new Error('hive-gateway has no pid');
  return { url, pid: child.pid, output: () => output, stop };
}

/** True while a process with this pid exists. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
