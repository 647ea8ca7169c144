// Child processes of the bench: how each server is started, CPU pinning, readiness, memory sampling and
// cleanup. Every child is tracked by PID and killed when the bench exits, however it exits (Ctrl-C too).
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Cores: the measured server alone on one, the sandbox and the load generator (this process) on the other. */
export const SERVER_CORE = 1;
export const DRIVER_CORE = 0;

let tasksetChecked: boolean | undefined;
/** Whether `taskset` (util-linux) can be used here. */
export function tasksetAvailable(): boolean {
  tasksetChecked ??= spawnSync('taskset', ['-c', '0', 'true'], { stdio: 'ignore' }).status === 0;
  return tasksetChecked;
}

function pinned(core: number, argv: string[]): string[] {
  return tasksetAvailable() ? ['taskset', '-c', String(core), ...argv] : argv;
}

/** Pins this process (all its threads) to a core; false when taskset is missing or refuses. */
export function pinSelf(core: number): boolean {
  if (!tasksetAvailable()) return false;
  return (
    spawnSync('taskset', ['-a', '-cp', String(core), String(process.pid)], { stdio: 'ignore' }).status === 0
  );
}

/**
 * How `npm start` starts the project: the command of package.json `scripts.start`, run directly (no npm in
 * between, so the PID is the server's own). Follows the script when it changes (e.g. to a compiled build):
 * leading `exec` and VAR=value assignments are understood, `node` is this Node binary, `tsx x` is
 * `node --import tsx x`. Anything else (shell operators) stops the bench with a message instead of guessing.
 */
export function projectCommand(): { argv: string[]; env: Record<string, string>; script: string } {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts?: Record<string, string> };
  const script = pkg.scripts?.start;
  if (!script) throw new Error('package.json has no scripts.start');
  if (/[|&;<>()$`"'\\]/.test(script)) {
    throw new Error(`bench: cannot run scripts.start "${script}" without a shell; update projectCommand()`);
  }
  // `npm start` runs its prestart (the build) first; so does the bench, once, before it starts anything.
  if (pkg.scripts?.prestart) {
    const built = spawnSync('npm', ['run', '--silent', 'prestart'], { stdio: 'inherit' });
    if (built.status !== 0) throw new Error(`bench: npm run prestart failed (${built.status})`);
  }
  const words = script.trim().split(/\s+/);
  const env: Record<string, string> = {};
  if (words[0] === 'exec') words.shift();
  while (words[0] && /^[A-Za-z_]\w*=/.test(words[0])) {
    const [name, ...value] = (words.shift() as string).split('=');
    env[name as string] = value.join('=');
  }
  const [program, ...args] = words;
  if (program === 'node') return { argv: [process.execPath, ...args], env, script };
  if (program === 'tsx') return { argv: [process.execPath, '--import', 'tsx', ...args], env, script };
  throw new Error(
    `bench: scripts.start "${script}" does not start with node or tsx; update projectCommand()`,
  );
}

/** The baseline, with the runner the project's sources use (tsx). */
export function baselineCommand(): string[] {
  return [process.execPath, '--import', 'tsx', 'bench/baseline/server.ts'];
}

/** The sandbox as `npm run sandbox` runs it. */
export function sandboxCommand(): string[] {
  return [process.execPath, '--import', 'tsx', 'src/sandbox/main.ts'];
}

export interface Child {
  name: string;
  pid: number;
  /** The URL the ready line printed. */
  url: string;
  /** Last few KB of the child's output, for error messages. */
  tail(): string;
  /** Log lines at warn / error seen on its output (the project's JSON logs). */
  logCounts: { warn: number; error: number };
  proc: ChildProcess;
}

const children = new Set<ChildProcess>();

function killAll(signal: NodeJS.Signals): void {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null && child.pid) {
      try {
        process.kill(child.pid, signal);
      } catch {
        // already gone
      }
    }
  }
}

let cleanupInstalled = false;
/** On any exit of the bench (normal, error, Ctrl-C, SIGTERM) every child still running is killed by PID. */
export function installCleanup(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  process.on('exit', () => killAll('SIGKILL'));
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      const pids = [...children].map((c) => c.pid).join(', ');
      process.stderr.write(`\nbench: ${signal}, stopping the child processes (${pids || 'none'})\n`);
      // SIGTERM now, and the exit handler's SIGKILL for any still there: an aborted bench waits for nothing.
      killAll('SIGTERM');
      process.exit(130);
    });
  }
}

/**
 * Starts `argv` pinned to `core`, resolves once its output matches `ready` (whose first group is the URL).
 * Output is read and dropped (only a tail is kept), so a chatty server never blocks on a full pipe.
 */
export async function startProcess(opts: {
  name: string;
  argv: string[];
  env: Record<string, string | undefined>;
  core: number;
  ready: RegExp;
  timeoutMs?: number;
}): Promise<Child> {
  const [cmd, ...args] = pinned(opts.core, opts.argv);
  const proc = spawn(cmd as string, args, { env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(proc);
  proc.once('exit', () => children.delete(proc));
  let tail = '';
  let readyText = '';
  let ready = false;
  const logCounts = { warn: 0, error: 0 };
  const onData = (chunk: Buffer) => {
    const text = chunk.toString();
    tail = (tail + text).slice(-8192);
    if (!ready) readyText += text;
    logCounts.warn += text.split('"level":"warn"').length - 1;
    logCounts.error += text.split('"level":"error"').length - 1;
  };
  proc.stdout?.on('data', onData);
  proc.stderr?.on('data', onData);
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${opts.name} did not start in time:\n${tail}`)),
      opts.timeoutMs ?? 60_000,
    );
    const check = () => {
      const m = opts.ready.exec(readyText);
      if (m) {
        ready = true;
        readyText = '';
        clearTimeout(timer);
        resolve(m[1] as string);
      }
    };
    proc.stdout?.on('data', check);
    proc.stderr?.on('data', check);
    proc.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    proc.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${opts.name} exited (${code ?? signal}) before it was ready:\n${tail}`));
    });
  });
  proc.on('exit', (code, signal) => {
    if (!stopping.has(proc))
      process.stderr.write(`bench: ${opts.name} exited unexpectedly (${code ?? signal})\n${tail}\n`);
  });
  return { name: opts.name, pid: proc.pid as number, url, tail: () => tail, logCounts, proc };
}

const stopping = new Set<ChildProcess>();

/** SIGTERM, then SIGKILL after 5 s; resolves when the process is gone. */
export function stopProcess(child: Child): Promise<void> {
  const proc = child.proc;
  stopping.add(proc);
  return new Promise((resolve) => {
    if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
    proc.once('exit', () => resolve());
    proc.kill('SIGTERM');
    setTimeout(() => proc.kill('SIGKILL'), 5_000).unref();
  });
}

/** VmRSS and VmHWM (peak RSS) of a process in MiB, from /proc/<pid>/status. */
export function memoryOf(pid: number): { rssMiB: number; hwmMiB: number } {
  let status = '';
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return { rssMiB: Number.NaN, hwmMiB: Number.NaN };
  }
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? Number.NaN);
  return { rssMiB: kb('VmRSS') / 1024, hwmMiB: kb('VmHWM') / 1024 };
}

/** CPU time (user + system) a process has used so far, in ms (Linux /proc, 100 ticks a second). */
export function cpuMsOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

/** Samples VmRSS every `intervalMs` until stopped; returns the largest sample. */
export function sampleRss(pid: number, intervalMs = 50): { stop(): number } {
  let max = memoryOf(pid).rssMiB;
  const timer = setInterval(() => {
    const { rssMiB } = memoryOf(pid);
    if (rssMiB > max || Number.isNaN(max)) max = rssMiB;
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      const { rssMiB } = memoryOf(pid);
      return Math.max(max, rssMiB);
    },
  };
}
