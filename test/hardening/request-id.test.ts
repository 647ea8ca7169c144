// One request id ties a request's log lines together: the request line, masked-error lines and the
// upstream client's per-call lines all carry the id echoed on the response.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { UpstreamApi } from '../../src/context.ts';
import { addLogTap, createLogger } from '../../src/log.ts';
import { DEMO } from '../../src/sandbox/index.ts';
import type { CallOptions } from '../../src/upstream/types.ts';
import { createYoga } from '../../src/yoga.ts';
import { DEMO_AUTH } from '../support/credentials.ts';
import { type FaultHarness, startFaultHarness } from '../support/fault-harness.ts';

let h: FaultHarness;
const lines: Record<string, unknown>[] = [];
let untap: () => void;
beforeAll(async () => {
  untap = addLogTap((line) => lines.push(JSON.parse(line) as Record<string, unknown>));
  h = await startFaultHarness({ logLevel: 'debug' });
});
afterAll(async () => {
  untap();
  await h.close();
});

it('the upstream call log lines carry the request id of the GraphQL request', async () => {
  const res = await fetch(h.server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: DEMO_AUTH, 'x-request-id': 'trace-7f3a' },
    body: JSON.stringify({
      query: `{ project(id: "${DEMO.projectId}") { rcsSenders(first: 2) { nodes { activities(first: 1) { totalCount } } } } }`,
    }),
  });
  expect(res.headers.get('x-request-id')).toBe('trace-7f3a');
  expect(((await res.json()) as { errors?: unknown }).errors).toBeUndefined();
  const calls = lines.filter((l) => l.event === 'upstream.call');
  expect(calls.map((l) => l.operationId).sort()).toEqual([
    'RcsSendersController_listActivities_v1',
    'RcsSendersController_listActivities_v1',
    'RcsSendersController_listSenders_v1',
  ]);
  expect(calls.map((l) => l.requestId)).toEqual(['trace-7f3a', 'trace-7f3a', 'trace-7f3a']);
  expect(lines.find((l) => l.msg === 'request')).toMatchObject({ requestId: 'trace-7f3a', upstreamCalls: 3 });
});

it('a request without x-request-id gets one id: response header, request line, error line, upstream calls', async () => {
  // In process with a stub client, so the test sees the request id every upstream call is made with.
  const seen: (string | undefined)[] = [];
  const own: Record<string, unknown>[] = [];
  const client = {
    rcsSenders: {
      list: async (_p: string, _q: unknown, opts: CallOptions) => {
        seen.push(opts.requestId);
        return { senders: [{ id: 's1' }], totalSize: 1 };
      },
      listActivities: async (_p: string, _s: string, _q: unknown, opts: CallOptions) => {
        seen.push(opts.requestId);
        throw new TypeError('a bug in our code');
      },
    },
  } as unknown as UpstreamApi;
  const logger = createLogger('debug', (line) => own.push(JSON.parse(line) as Record<string, unknown>));
  const yoga = createYoga({ client, logger, serviceAuth: true });
  const res = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        '{ project(id: "p") { rcsSenders(first: 1) { nodes { activities(first: 1) { totalCount } } } } }',
    }),
  });
  await res.text();
  const id = res.headers.get('x-request-id');
  expect(id).toMatch(/^[\da-f-]{36}$/);
  expect(seen).toEqual([id, id]);
  expect(own.find((l) => l.msg === 'request')).toMatchObject({ requestId: id, upstreamCalls: 0 });
  const errorLines = own.filter((l) => l.level === 'error');
  expect(errorLines.length).toBe(1);
  expect(errorLines[0]).toMatchObject({ requestId: id });
});
