// The Dockerfile's instructions, read the way `docker build` reads them (comments, `\` continuations, exec
// and shell forms, `--flag=value` options), and the build context as `.dockerignore` leaves it. Only what
// the project's Dockerfile uses: FROM … AS, WORKDIR, COPY [--from], RUN [--mount], ENV, USER, EXPOSE,
// HEALTHCHECK, CMD (anything else is kept as a raw instruction so a test can refuse it).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';

export interface Instruction {
  /** Upper-case keyword: RUN, COPY, … */
  keyword: string;
  /** `--name=value` options before the arguments (COPY --from, RUN --mount, HEALTHCHECK --interval). */
  flags: Record<string, string>;
  /** The rest of the line, flags removed. */
  args: string;
  /** The JSON array of an exec-form RUN/CMD/HEALTHCHECK CMD, else undefined (shell form). */
  exec?: string[];
  line: number;
}

export interface Stage {
  image: string;
  name: string | undefined;
  instructions: Instruction[];
}

function splitFlags(rest: string): { flags: Record<string, string>; args: string } {
  const flags: Record<string, string> = {};
  let args = rest.trim();
  for (let m = /^--([a-z-]+)(?:=(\S*))?\s*/.exec(args); m; m = /^--([a-z-]+)(?:=(\S*))?\s*/.exec(args)) {
    flags[m[1] ?? ''] = m[2] ?? 'true';
    args = args.slice(m[0].length);
  }
  return { flags, args };
}

function execForm(args: string): string[] | undefined {
  if (!args.startsWith('[')) return undefined;
  const parsed: unknown = JSON.parse(args);
  if (!Array.isArray(parsed) || !parsed.every((a) => typeof a === 'string')) {
    throw new Error(`not an exec-form array of strings: ${args}`);
  }
  return parsed as string[];
}

/** The stages of a Dockerfile, in order, each with its instructions. */
export function parseDockerfile(text: string): Stage[] {
  const logical: { text: string; line: number }[] = [];
  let pending: { text: string; line: number } | undefined;
  text.split('\n').forEach((raw, i) => {
    const line = raw.trimEnd();
    if (!pending && (line.trim() === '' || line.trimStart().startsWith('#'))) return;
    if (pending && line.trimStart().startsWith('#')) return; // comments inside a continuation are dropped
    const continued = line.endsWith('\\');
    const body = continued ? line.slice(0, -1) : line;
    pending = pending
      ? { ...pending, text: `${pending.text} ${body.trim()}` }
      : { text: body.trim(), line: i + 1 };
    if (!continued) {
      logical.push(pending);
      pending = undefined;
    }
  });
  if (pending) logical.push(pending);

  const stages: Stage[] = [];
  for (const { text: l, line } of logical) {
    const [, word = '', rest = ''] = /^(\S+)\s*(.*)$/.exec(l) ?? [];
    const keyword = word.toUpperCase();
    if (keyword === 'FROM') {
      const [image = '', as, name] = rest.trim().split(/\s+/);
      stages.push({ image, name: as?.toUpperCase() === 'AS' ? name : undefined, instructions: [] });
      continue;
    }
    const stage = stages.at(-1);
    if (!stage) throw new Error(`line ${line}: ${keyword} before FROM`);
    const { flags, args } = splitFlags(rest);
    const instruction: Instruction = { keyword, flags, args, line };
    if (keyword === 'RUN' || keyword === 'CMD' || keyword === 'ENTRYPOINT') instruction.exec = execForm(args);
    if (keyword === 'HEALTHCHECK' && /^CMD\s/i.test(args)) {
      instruction.exec = execForm(args.replace(/^CMD\s+/i, ''));
    }
    stage.instructions.push(instruction);
  }
  return stages;
}

/** ENV's pairs: `K=V K2="V 2"`, or the legacy `ENV K V`. */
export function parseEnv(args: string): Record<string, string> {
  if (!/^[A-Za-z_][A-Za-z0-9_]*=/.test(args)) {
    const [, key = '', value = ''] = /^(\S+)\s+(.*)$/.exec(args) ?? [];
    return { [key]: value };
  }
  const env: Record<string, string> = {};
  for (const m of args.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("(?:[^"\\]|\\.)*"|'[^']*'|\S*)/g)) {
    const raw = m[2] ?? '';
    env[m[1] ?? ''] = raw.startsWith('"')
      ? raw.slice(1, -1).replace(/\\(.)/g, '$1')
      : raw.startsWith("'")
        ? raw.slice(1, -1)
        : raw;
  }
  return env;
}

/** A Go filepath.Match glob with Docker's `**` (any number of folders) as a regular expression source. */
function globToRegExp(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] ?? '';
    if (glob.startsWith('**/', i)) {
      out += '(?:.*/)?';
      i += 2;
    } else if (glob.startsWith('**', i)) {
      out += '.*';
      i += 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return out;
}

/** Docker's .dockerignore matching: Go filepath.Match globs plus `**`, `!` exceptions, last match wins. */
export function dockerignore(text: string): (path: string) => boolean {
  const rules = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => {
      const negate = l.startsWith('!');
      const pattern = posix.normalize((negate ? l.slice(1) : l).trim()).replace(/^\/+/, '');
      return { negate, re: new RegExp(`^${globToRegExp(pattern)}$`) };
    });
  return (path: string) => {
    // A path is excluded when it, or a folder above it, matches.
    const parts = path.split('/');
    const prefixes = parts.map((_, i) => parts.slice(0, i + 1).join('/'));
    let excluded = false;
    for (const rule of rules) {
      if (prefixes.some((p) => rule.re.test(p))) excluded = !rule.negate;
    }
    return excluded;
  };
}

/**
 * The build context `docker build .` would send from a clean checkout: the files git knows (tracked, and
 * untracked ones not ignored by .gitignore, as they are in the working tree), minus .dockerignore.
 */
export function copyContext(repo: string, into: string, ignored: (path: string) => boolean): string[] {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: repo,
    encoding: 'utf8',
  });
  if (listed.status !== 0) throw new Error(`git ls-files: ${listed.stderr}`);
  const files = [...new Set(listed.stdout.split('\0').filter(Boolean))].filter(
    (f) => !ignored(f) && existsSync(join(repo, f)),
  );
  for (const file of files) {
    mkdirSync(dirname(join(into, file)), { recursive: true });
    cpSync(join(repo, file), join(into, file));
  }
  return files;
}

/**
 * COPY as docker does it: sources relative to the context (or, with --from, absolute in that stage's
 * filesystem); a folder's contents go into the destination; the destination is relative to WORKDIR.
 * `root` is the folder standing for the stage's `/`.
 */
export function copyInstruction(opts: {
  args: string;
  sourceRoot: string;
  fromStage: boolean;
  root: string;
  workdir: string;
}): void {
  const parts = execForm(opts.args) ?? opts.args.split(/\s+/);
  const dest = parts.at(-1) ?? '';
  const sources = parts.slice(0, -1);
  const destPath = join(opts.root, posix.resolve(opts.workdir, dest));
  const intoFolder = dest.endsWith('/') || sources.length > 1;
  for (const source of sources) {
    const from = opts.fromStage
      ? join(opts.sourceRoot, source)
      : join(opts.sourceRoot, posix.normalize(source));
    if (!existsSync(from)) throw new Error(`COPY ${opts.args}: ${source} does not exist`);
    if (statSync(from).isDirectory()) {
      mkdirSync(destPath, { recursive: true });
      cpSync(from, destPath, { recursive: true });
    } else {
      const target = intoFolder ? join(destPath, posix.basename(source)) : destPath;
      mkdirSync(dirname(target), { recursive: true });
      cpSync(from, target);
    }
  }
}
