// Secrets scan across the whole suite (vitest setupFiles): everything the test process writes to
// stdout/stderr, every log line any project logger formats (whatever its level, via addLogTap), and every
// response body our GraphQL server sends (/graphql, /healthz, /readyz, /webhooks) is recorded; afterAll of each test
// file fails if any of it contains a test credential: the key secrets, their Basic encodings, or a token the
// sandbox issued (OAuth access tokens, sender authTokens — learnt from the sandbox's own responses).
import { ServerResponse } from 'node:http';
import { afterAll } from 'vitest';
import { addLogTap } from '../../src/log.ts';
import { DEMO, DISABLED, OTHER } from '../../src/sandbox/seed.ts';

export interface Recorded {
  source: 'stdout' | 'stderr' | 'log' | 'response';
  where: string;
  text: string;
}

const secrets = new Set<string>();
for (const { keyId, keySecret } of [DEMO, OTHER, DISABLED]) {
  secrets.add(keySecret);
  secrets.add(Buffer.from(`${keyId}:${keySecret}`).toString('base64'));
}
let records: Recorded[] = [];
let responsesSeen = 0;

/** Adds a secret to look for (e.g. one a test made up). */
export function addSecret(secret: string): void {
  if (secret.length >= 8) secrets.add(secret);
}

export function findLeaks(): { secret: string; source: Recorded['source']; where: string }[] {
  const leaks: { secret: string; source: Recorded['source']; where: string }[] = [];
  for (const r of records) {
    for (const secret of secrets) {
      // The secret itself is not repeated in the report, only which one (by its first characters).
      if (r.text.includes(secret))
        leaks.push({ secret: `${secret.slice(0, 4)}…`, source: r.source, where: r.where });
    }
  }
  return leaks;
}

/** Drops records (a self-test that plants a secret on purpose removes it again). */
export function forgetRecords(predicate: (r: Recorded) => boolean): void {
  records = records.filter((r) => !predicate(r));
}

export function scanStats(): { records: number; responses: number; secrets: number } {
  return { records: records.length, responses: responsesSeen, secrets: secrets.size };
}

function tee(stream: NodeJS.WriteStream, source: 'stdout' | 'stderr'): void {
  const original = stream.write.bind(stream) as (...args: unknown[]) => boolean;
  stream.write = ((chunk: unknown, ...rest: unknown[]) => {
    records.push({ source, where: source, text: typeof chunk === 'string' ? chunk : String(chunk) });
    return original(chunk, ...rest);
  }) as typeof stream.write;
}

const TOKEN_KEYS =
  /"(?:access_token|authToken|bearerToken|facebookAccessToken|facebookCode|authenticationCode)"\s*:\s*"([^"]+)"/g;
const OURS = /^\/(graphql|healthz|readyz|webhooks)\b/;

function teeResponses(): void {
  const proto = ServerResponse.prototype as ServerResponse & { __secretsTee?: boolean };
  if (proto.__secretsTee) return;
  proto.__secretsTee = true;
  const chunksOf = new WeakMap<ServerResponse, Buffer[]>();
  const keep = (res: ServerResponse, chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
    const buf =
      typeof chunk === 'string'
        ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
        : Buffer.from(chunk as Uint8Array);
    const list = chunksOf.get(res) ?? [];
    list.push(buf);
    chunksOf.set(res, list);
  };
  const write = proto.write;
  const end = proto.end;
  proto.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    keep(this, chunk, rest[0]);
    return (write as (...a: unknown[]) => boolean).call(this, chunk, ...rest);
  } as typeof proto.write;
  proto.end = function (this: ServerResponse, ...args: unknown[]) {
    keep(this, args[0], args[1]);
    const body = Buffer.concat(chunksOf.get(this) ?? []).toString('utf8');
    chunksOf.delete(this);
    const path = (this.req?.url ?? '').split('?')[0] ?? '';
    if (OURS.test(path)) {
      responsesSeen++;
      records.push({
        source: 'response',
        where: `${this.req?.method} ${path} → ${this.statusCode}`,
        text: body,
      });
    } else {
      // Sandbox (or recorder) responses: learn the tokens they hand out.
      for (const m of body.matchAll(TOKEN_KEYS)) if (m[1]) addSecret(m[1]);
    }
    return (end as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as typeof proto.end;
}

tee(process.stdout, 'stdout');
tee(process.stderr, 'stderr');
addLogTap((line) => records.push({ source: 'log', where: 'log', text: line }));
teeResponses();

afterAll(() => {
  const leaks = findLeaks();
  if (leaks.length > 0) {
    throw new Error(`Secrets found in captured output: ${JSON.stringify(leaks.slice(0, 20))}`);
  }
});
