// What the error log holds. A client's mistake (an unknown enum value or a malformed value in the variables,
// a missing variable) is one short info line without a stack, so no client can flood the error log; an
// internal fault stays an error line with its stack. The yoga instance runs in process with a stub client.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UpstreamApi } from '../../src/context.ts';
import { createLogger } from '../../src/log.ts';
import { createYoga } from '../../src/yoga.ts';

let lines: Record<string, unknown>[] = [];
let raw: string[] = [];
let yoga: ReturnType<typeof createYoga>;

beforeEach(() => {
  lines = [];
  raw = [];
  const client = {
    rcsSenders: {
      list: async () => {
        throw new TypeError('a bug in our code');
      },
    },
  } as unknown as UpstreamApi;
  const logger = createLogger('debug', (line) => {
    raw.push(line);
    lines.push(JSON.parse(line) as Record<string, unknown>);
  });
  yoga = createYoga({ client, logger, serviceAuth: true });
});
afterEach(() => {
  lines = [];
});

async function post(query: string, variables: Record<string, unknown>): Promise<number> {
  const res = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  await res.text();
  return res.status;
}

const SENDERS = `query($p: ID!, $s: [RcsSenderState!], $f: Int) {
  project(id: $p) { rcsSenders(first: $f, filter: { states: $s }) { totalCount } }
}`;

describe('error log levels', () => {
  it.each([
    ['an unknown enum value', { p: 'demo-project', s: ['NOPE'] }],
    ['a missing variable', { s: ['DRAFT'] }],
    ['a malformed value', { p: 'demo-project', f: 'ten' }],
  ])('%s: at most one info line, under 300 bytes, no stack, nothing at error', async (_name, variables) => {
    expect(await post(SENDERS, variables)).toBe(400);
    const notRequest = lines.filter((l) => l.msg !== 'request');
    expect(notRequest.filter((l) => l.level === 'error')).toEqual([]);
    expect(notRequest.length).toBeLessThanOrEqual(1);
    for (const line of raw.filter((l) => !l.includes('"msg":"request"'))) {
      expect(line).not.toContain('stack');
      expect(line.length).toBeLessThan(300);
      expect(JSON.parse(line)).toMatchObject({ level: 'info', msg: 'client error' });
    }
  });

  it('the unknown enum value is logged once at info with its reason', async () => {
    await post(SENDERS, { p: 'demo-project', s: ['NOPE'] });
    expect(lines.filter((l) => l.msg === 'client error')).toEqual([
      expect.objectContaining({
        level: 'info',
        reason:
          'Variable "$s" got invalid value "NOPE" at "s[0]"; Value "NOPE" does not exist in "RcsSenderState" enum.',
      }),
    ]);
  });

  it('an internal fault stays an error line with its stack', async () => {
    expect(await post(SENDERS, { p: 'demo-project' })).toBe(200);
    const errors = lines.filter((l) => l.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ msg: 'request error', path: 'project.rcsSenders' });
    expect((errors[0]?.err as { stack?: string } | undefined)?.stack).toMatch(
      /^TypeError: a bug in our code\n\s+at /,
    );
  });
});
