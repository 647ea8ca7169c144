// The real server process (node --import tsx src/server.ts) for trace tests, with its upstream behind a
// forwarding recorder (so a test sees the headers each upstream request carried) in front of a sandbox.
// The test's own OTEL_* variables are dropped: the child sees only those the test passes.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { DEMO } from '../../src/sandbox/index.ts';
import { type HttpRecorder, type Responder, startHttpRecorder } from './http-recorder.ts';
import { startValidatedSandbox, type ValidatedSandbox } from './sandbox.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface TracedServer {
  url: string;
  sandbox: ValidatedSandbox;
  /** Every upstream request as sent (token requests included), with its headers. */
  upstream: HttpRecorder;
  stderr(): string;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
  kill(): Promise<void>;
}

const HOP_BY_HOP = new Set(['host', 'connection', 'content-length', 'keep-alive', 'transfer-encoding']);

function forwardTo(target: string): Responder {
  return (req, res) => {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string' && !HOP_BY_HOP.has(name)) headers[name] = value;
    }
    const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : req.body;
    fetch(`${target}${req.url}`, { method: req.method, headers, body }).then(
      async (answer) => {
        const out: Record<string, string> = {};
        answer.headers.forEach((value, name) => {
          if (!HOP_BY_HOP.has(name) && name !== 'content-encoding') out[name] = value;
        });
        res.writeHead(answer.status, out);
        res.end(Buffer.from(await answer.arrayBuffer()));
      },
      () => res.socket?.destroy(),
    );
  };
}

export async function startTracedServer(env: Record<string, string>): Promise<TracedServer> {
  const sandbox = await startValidatedSandbox({ seed: 'demo' });
  const upstream = await startHttpRecorder(forwardTo(sandbox.url));
  const childEnv: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(process.env))
    if (!name.startsWith('OTEL_')) childEnv[name] = value;
  Object.assign(childEnv, {
    PORT: '0',
    SINCH_API_URL: upstream.url,
    SINCH_AUTH_URL: `${upstream.url}/oauth2/token`,
    SINCH_KEY_ID: DEMO.keyId,
    SINCH_KEY_SECRET: DEMO.keySecret,
    LOG_LEVEL: 'warn',
    ...env,
  });
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
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
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL printed:\n${out}\n${err}`)), 30_000);
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      const found = /ready at (http:\/\/127\.0\.0\.1:\d+\/graphql)/.exec(out)?.[1];
      if (found) {
        clearTimeout(timer);
        resolve(found);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited ${code}:\n${out}\n${err}`));
    });
  });
  let closing: Promise<void> | undefined;
  const closeRest = () => {
    closing ??= upstream.close().then(() => sandbox.close());
    return closing;
  };
  return {
    url,
    sandbox,
    upstream,
    stderr: () => err,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      const code = await exited;
      await closeRest();
      return code;
    },
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
      await closeRest();
    },
  };
}
