import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  symlinkSync,
} from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  copyContext,
  copyInstruction,
  dockerignore,
  type Instruction,
  parseDockerfile,
  parseEnv,
  type Stage,
} from '../support/dockerfile.ts';
import { descendants } from '../support/npm-start.ts';

// There is no container runtime on these machines, so this test does what `docker build` and `docker run`
// would do with the repository's Dockerfile, step by step, in clean folders: the build context is the
// checkout as git lists it minus .dockerignore; each stage gets its own folder standing for its `/`, and
// its WORKDIR/COPY/ENV/RUN instructions are executed in order (RUN through `/bin/sh -c`, like docker's shell
// form); the runtime stage's CMD is then started with the Dockerfile's ENV, exactly as written, and queried,
// health-checked with the HEALTHCHECK command and stopped with SIGTERM sent to its PID.
//
// Two faithful shortcuts keep it near half a minute instead of four:
// - `npm ci` gets `--prefer-offline`: the same command on the same lockfile, but the locked tarballs come
//   from npm's cache (integrity-checked) without asking the registry about each one first. The Dockerfile's
//   `--mount=type=cache,target=/root/.npm` is the image build's equivalent.
// - The build stage's full `npm ci` (≈1,200 packages, ~950 MB, 2½–4 min of disk writes here) is not
//   repeated when the repository's own node_modules already holds every package of the copied lockfile at
//   its locked version and integrity (what `npm ci` on that lockfile produces; checked against npm's own
//   record, node_modules/.package-lock.json): that tree is linked in instead. The build stage only runs
//   esbuild with `--packages=external`, which never reads a package, so its output is the same. When the
//   tree does not match (a dependency changed and nobody reinstalled), or with CONTAINER_TEST_FULL_INSTALL=1,
//   the real `npm ci` runs. The runtime stage's `npm ci --omit=dev` always runs for real (~15 s): it is
//   what the image ships, and where a runtime import left in devDependencies would show.

const repo = fileURLToPath(new URL('../..', import.meta.url));
const dockerfilePath = join(repo, 'Dockerfile');

interface Built {
  stages: Stage[];
  runtime: Stage;
  /** The runtime stage's folder standing for `/`, and its WORKDIR inside it. */
  root: string;
  workdir: string;
  env: Record<string, string>;
  user: string | undefined;
  cmd: string[];
  healthcheck: Instruction;
  log: string[];
}

type Lock = {
  packages: Record<string, { version?: string; integrity?: string; optional?: boolean; dev?: boolean }>;
};

/** Whether `nodeModules` holds every package `npm ci` installs from `lock`, at its locked version. */
function satisfiesLock(nodeModules: string, lock: Lock): boolean {
  const recordPath = join(nodeModules, '.package-lock.json');
  if (!existsSync(recordPath)) return false;
  const installed = (JSON.parse(readFileSync(recordPath, 'utf8')) as Lock).packages;
  return Object.entries(lock.packages).every(([path, want]) => {
    if (path === '') return true;
    const have = installed[path];
    // Optional packages for other platforms (fsevents, @esbuild/darwin-*) are not installed here.
    if (!have) return want.optional === true;
    return have.version === want.version && have.integrity === want.integrity;
  });
}

const hostEnv = () => {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin' };
  // HOME locates npm's cache (~/.npm), the cache mount's counterpart; proxies, if the machine needs them.
  for (const name of [
    'HOME',
    'HTTP_PROXY',
    'HTTPS_PROXY',
    'NO_PROXY',
    'http_proxy',
    'https_proxy',
    'no_proxy',
  ]) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  return env;
};

/** Executes one stage's instructions into `root`; returns its final WORKDIR, ENV, USER, CMD, HEALTHCHECK. */
function buildStage(stage: Stage, root: string, context: string, built: Map<string, string>, log: string[]) {
  let workdir = '/';
  let env: Record<string, string> = {};
  let user: string | undefined;
  let cmd: string[] | undefined;
  let healthcheck: Instruction | undefined;
  for (const ins of stage.instructions) {
    const cwd = join(root, workdir);
    switch (ins.keyword) {
      case 'WORKDIR':
        workdir = posix.resolve(workdir, ins.args);
        mkdirSync(join(root, workdir), { recursive: true });
        break;
      case 'ENV':
        env = { ...env, ...parseEnv(ins.args) };
        break;
      case 'COPY': {
        const from = ins.flags.from;
        const sourceRoot = from === undefined ? context : built.get(from);
        if (sourceRoot === undefined) throw new Error(`line ${ins.line}: no stage named ${from}`);
        copyInstruction({ args: ins.args, sourceRoot, fromStage: from !== undefined, root, workdir });
        break;
      }
      case 'RUN': {
        if (ins.exec) throw new Error(`line ${ins.line}: exec-form RUN not handled`);
        for (const step of ins.args.split(/\s*&&\s*/)) {
          // These steps run on this machine, not in a sandbox: only the commands the Dockerfile is known to
          // use. Extend this list knowingly.
          if (!/^npm (ci|run [\w:-]+)( --[\w=-]+)*$/.test(step)) {
            throw new Error(`line ${ins.line}: RUN step not executed by this test: ${step}`);
          }
        }
        const fullCi = /^npm ci( --no-audit| --no-fund)*$/.test(ins.args);
        const ownModules = join(repo, 'node_modules');
        if (
          fullCi &&
          process.env.CONTAINER_TEST_FULL_INSTALL !== '1' &&
          satisfiesLock(ownModules, JSON.parse(readFileSync(join(cwd, 'package-lock.json'), 'utf8')) as Lock)
        ) {
          symlinkSync(realpathSync(ownModules), join(cwd, 'node_modules'));
          log.push(`${stage.name}: ${ins.args} → the repository's node_modules (same lockfile), linked`);
          break;
        }
        const command = ins.args.replace(/\bnpm ci\b/g, 'npm ci --prefer-offline');
        const started = Date.now();
        const ran = spawnSync('/bin/sh', ['-c', command], {
          cwd,
          env: { ...hostEnv(), ...env },
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
        });
        log.push(`${stage.name}: ${command} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
        if (ran.status !== 0) {
          throw new Error(`line ${ins.line}: ${command} exited ${ran.status}\n${ran.stdout}\n${ran.stderr}`);
        }
        break;
      }
      case 'USER':
        user = ins.args;
        break;
      case 'CMD':
        cmd = ins.exec;
        if (!cmd) throw new Error(`line ${ins.line}: CMD is in shell form (a shell would be PID 1)`);
        break;
      case 'HEALTHCHECK':
        healthcheck = ins;
        break;
      case 'EXPOSE':
        break;
      default:
        throw new Error(`line ${ins.line}: ${ins.keyword} is not handled by this test`);
    }
  }
  return { workdir, env, user, cmd, healthcheck };
}

const temps: string[] = [];
const tempDir = (label: string) => {
  const dir = mkdtempSync(join(tmpdir(), `container-${label}-`));
  temps.push(dir);
  return dir;
};

function build(): Built {
  const stages = parseDockerfile(readFileSync(dockerfilePath, 'utf8'));
  const ignored = dockerignore(readFileSync(join(repo, '.dockerignore'), 'utf8'));
  const context = tempDir('context');
  copyContext(repo, context, ignored);
  const built = new Map<string, string>();
  const log: string[] = [];
  let last: ReturnType<typeof buildStage> | undefined;
  let root = '';
  for (const [i, stage] of stages.entries()) {
    root = tempDir(stage.name ?? `stage${i}`);
    last = buildStage(stage, root, context, built, log);
    built.set(stage.name ?? String(i), root);
  }
  const runtime = stages.at(-1);
  if (!runtime || !last?.cmd || !last.healthcheck)
    throw new Error('the last stage needs CMD and HEALTHCHECK');
  return {
    stages,
    runtime,
    root,
    workdir: last.workdir,
    env: last.env,
    user: last.user,
    cmd: last.cmd,
    healthcheck: last.healthcheck,
    log,
  };
}

/** What the CMD runs with: the image's ENV, an ephemeral loopback port instead of 0.0.0.0:4000. */
function runEnv(b: Built, port: string): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: '/home/node',
    ...b.env,
    HOST: '127.0.0.1',
    PORT: port,
  };
}

/** Runs the HEALTHCHECK's command as docker would inside the container (same ENV and WORKDIR). */
function healthcheck(b: Built, port: string) {
  const [command = '', ...args] = b.healthcheck.exec ?? [];
  return spawnSync(command, args, { cwd: join(b.root, b.workdir), env: runEnv(b, port), timeout: 10_000 });
}

describe('the Dockerfile, built and run step by step (no container runtime here)', () => {
  let b: Built;
  let server: ChildProcess | undefined;
  let exited: Promise<number | null>;
  let out = '';
  let err = '';
  let started = 0;

  beforeAll(() => {
    started = Date.now();
    b = build();
    process.stdout.write(
      `container.test: built in ${((Date.now() - started) / 1000).toFixed(1)} s\n  ${b.log.join('\n  ')}\n`,
    );
  }, 600_000);

  afterAll(async () => {
    if (server && server.exitCode === null) server.kill('SIGKILL');
    // A full build-stage install is ~950 MB of small files: removing it takes a while on a busy disk.
    await Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true })));
  }, 300_000);

  it('declares what a platform expects: two node:20-slim stages, non-root USER, NODE_ENV, EXPOSE, HEALTHCHECK, exec CMD', () => {
    expect(b.stages.map((s) => s.image)).toEqual(['node:20-slim', 'node:20-slim']);
    expect(b.user).toBeDefined();
    expect(['root', '0', '0:0']).not.toContain(b.user);
    expect(b.env.NODE_ENV).toBe('production');
    expect(b.env.NODE_OPTIONS ?? '').not.toMatch(/--(import|loader|require)/);
    expect(b.runtime.instructions.some((i) => i.keyword === 'EXPOSE' && i.args === b.env.PORT)).toBe(true);
    expect(b.runtime.instructions.some((i) => i.keyword === 'ENTRYPOINT')).toBe(false);
    // node itself is PID 1: exec form, no npm, no shell, no loader.
    expect(b.cmd).toEqual(['node', 'dist/server.js']);
    expect(b.healthcheck.exec?.[0]).toBe('node');
    expect(b.healthcheck.exec?.join(' ')).toContain('/readyz');
    const runs = b.runtime.instructions.filter((i) => i.keyword === 'RUN').map((i) => i.args);
    expect(runs.some((r) => /\bnpm ci\b.*--omit=dev/.test(r))).toBe(true);
  });

  it('.dockerignore keeps local, generated and secret files out of the context', () => {
    const ignored = dockerignore(readFileSync(join(repo, '.dockerignore'), 'utf8'));
    for (const path of [
      'node_modules/graphql/package.json',
      'dist/server.js',
      '.git/HEAD',
      '.env',
      'coverage/x',
    ]) {
      expect(ignored(path), path).toBe(true);
    }
    for (const path of [
      'package.json',
      'package-lock.json',
      'src/server.ts',
      'contract/upstream/rcs-senders.openapi.yaml',
    ]) {
      expect(ignored(path), path).toBe(false);
    }
  });

  it('the runtime stage has production dependencies only: no tsx, every import of dist/ resolves', () => {
    const app = join(b.root, b.workdir);
    expect(existsSync(join(app, 'dist', 'server.js'))).toBe(true);
    expect(existsSync(join(app, 'src'))).toBe(false);
    expect(existsSync(join(app, 'node_modules', 'tsx'))).toBe(false);
    const installed = (
      JSON.parse(readFileSync(join(app, 'node_modules', '.package-lock.json'), 'utf8')) as Lock
    ).packages;
    expect(Object.keys(installed).filter((p) => installed[p]?.dev)).toEqual([]);
    const devDeps = Object.keys(
      (
        JSON.parse(readFileSync(join(app, 'package.json'), 'utf8')) as {
          devDependencies: Record<string, string>;
        }
      ).devDependencies,
    );
    expect(devDeps.filter((d) => existsSync(join(app, 'node_modules', d)))).toEqual([]);

    // Bare specifiers the bundle imports (esbuild left packages external), resolved from dist/ by node. Only
    // package-shaped names count: the bundle's own strings may hold `from '…'` or `import '…'` too.
    const specifiers = new Set<string>();
    for (const file of readdirSync(join(app, 'dist')).filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(join(app, 'dist', file), 'utf8');
      for (const m of code.matchAll(
        /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["']((?:@[\w.-]+\/)?[\w-][\w.-]*(?:\/[\w.@-]+)*)["']/g,
      )) {
        if (!m[1]?.startsWith('node:')) specifiers.add(m[1] ?? '');
      }
    }
    expect(specifiers.size).toBeGreaterThan(5);
    const resolved = spawnSync(
      'node',
      [
        '--input-type=module',
        '-e',
        'for (const s of JSON.parse(process.argv[1])) { try { import.meta.resolve(s) } catch (e) { console.log(s + ": " + e.code) } }',
        JSON.stringify([...specifiers]),
      ],
      { cwd: join(app, 'dist'), encoding: 'utf8' },
    );
    expect(resolved.status).toBe(0);
    expect(resolved.stdout).toBe('');
  });

  it('CMD as the image runs it: demo data from the embedded sandbox, GraphiQL, HEALTHCHECK 0; SIGTERM to its PID drains and exits 0', async () => {
    const app = join(b.root, b.workdir);
    // USER node: run as an unprivileged user too when the test itself runs as root (files stay root's, as
    // COPY leaves them; the server only reads).
    const asRoot = process.getuid?.() === 0;
    if (asRoot) chmodSync(b.root, 0o755); // mkdtemp's 0700; the folders below are 0755 already
    const [command = '', ...args] = b.cmd;
    server = spawn(command, args, {
      cwd: app,
      env: runEnv(b, '0'),
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
    });
    server.stderr?.on('data', (c: Buffer) => {
      err += c.toString();
    });
    exited = new Promise((resolve) => server?.once('exit', (code) => resolve(code)));
    const [url, sandboxUrl] = await new Promise<[string, string]>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no banner: ${out}\n${err}`)), 30_000);
      server?.stdout?.on('data', (c: Buffer) => {
        out += c.toString();
        const u = /ready at (http:\/\/127\.0\.0\.1:\d+\/graphql)/.exec(out)?.[1];
        const s = /sandbox at (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
        if (u && s) {
          clearTimeout(timer);
          resolve([u, s]);
        }
      });
      server?.once('exit', (code) => reject(new Error(`exited ${code}: ${out}\n${err}`)));
    });
    const port = new URL(url).port;
    const pid = server.pid ?? 0;

    // The process is the server itself: `node dist/server.js`, nothing between, no children, no loader.
    expect(readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean)).toEqual(b.cmd);
    expect(descendants(pid)).toEqual([]);
    expect(readFileSync(`/proc/${pid}/environ`, 'utf8')).not.toMatch(/NODE_OPTIONS=[^\0]*--(import|loader)/);
    if (asRoot) expect(readFileSync(`/proc/${pid}/status`, 'utf8')).toMatch(/^Uid:\s+65534\s/m);

    const post = (query: string) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
    const QUERY = '{ project(id: "demo-project") { rcsSenders(first: 50) { totalCount nodes { id } } } }';
    const body = (await (await post(QUERY)).json()) as {
      data?: { project: { rcsSenders: { totalCount: number; nodes: unknown[] } } };
      errors?: unknown;
    };
    expect(body.errors).toBeUndefined();
    expect(body.data?.project.rcsSenders.totalCount).toBe(14);

    const page = await fetch(url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('GraphiQL');

    const healthy = healthcheck(b, port);
    expect(healthy.status, String(healthy.stderr)).toBe(0);

    // SIGTERM during a slow request (the sandbox holds it 1.5 s): HEALTHCHECK fails at once (/readyz 503),
    // the request still completes, the process exits 0 well within SHUTDOWN_TIMEOUT_MS (default 10 s).
    const LIST = 'RcsSendersController_listSenders_v1';
    await fetch(`${sandboxUrl}/_sandbox/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ rules: [{ match: { operationId: LIST }, latencyMs: 1500 }] }),
    });
    const slow = post(QUERY);
    const listCalls = async () =>
      (
        (await (await fetch(`${sandboxUrl}/_sandbox/stats`)).json()) as {
          byOperation: Record<string, number>;
        }
      ).byOperation[LIST] ?? 0;
    const before = await listCalls();
    for (let i = 0; i < 200 && (await listCalls()) <= before; i++)
      await new Promise((r) => setTimeout(r, 10));

    const signalled = Date.now();
    process.kill(pid, 'SIGTERM');
    await new Promise((r) => setTimeout(r, 100));
    expect(healthcheck(b, port).status).toBe(1);
    const res = await slow;
    expect(res.status).toBe(200);
    expect(((await res.json()) as typeof body).data?.project.rcsSenders.totalCount).toBe(14);
    expect(await exited).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(Number(b.env.SHUTDOWN_TIMEOUT_MS ?? 10_000));
    expect(err).toContain('"msg":"shutdown: drained"');
    // Once it is gone the check fails too: it really asks the server.
    expect(healthcheck(b, port).status).not.toBe(0);
  }, 60_000);
});
