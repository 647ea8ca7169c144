// One request id ties a request's log lines together: the request line, masked-error lines and the
// upstream client's per-call lines all carry the id echoed on the response.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addLogTap } from '../../src/log.ts';
import { DEMO } from '../../src/sandbox/index.ts';
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
