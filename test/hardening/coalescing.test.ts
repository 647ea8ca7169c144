// One upstream call for many callers, over HTTP end to end: concurrent identical GraphQL requests share the
// upstream GET (counted by the sandbox's /_sandbox/stats and in each request's log line), and a write that
// completed is never hidden by a read that started before it. A latency fault on the sandbox keeps the
// first GET in flight while the others arrive.
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO, seedSenderId } from '../../src/sandbox/index.ts';
import { encodeSenderId } from '../../src/schema/rcs-senders/ids.ts';
import { type FaultHarness, startFaultHarness } from '../support/fault-harness.ts';
import { captureLog, type LogCapture } from '../support/log-capture.ts';

const GET = 'RcsSendersController_getSender_v1';
const PATCH = 'RcsSendersController_updateSender_v1';
const P = DEMO.projectId;
const SENDER = seedSenderId(P, 'draft-minimal');
const READ = `{ project(id: "${P}") { rcsSender(id: "${SENDER}") { id countries } } }`;

let h: FaultHarness | undefined;
let log: LogCapture | undefined;
afterEach(async () => {
  log?.stop();
  if (!h) return;
  await h.close();
  expect(h.sandbox.problems()).toEqual([]);
  h = log = undefined;
});

const countriesOf = (data: unknown) =>
  (data as { project: { rcsSender: { countries: string[] } } }).project.rcsSender.countries;

describe('in-flight coalescing over HTTP', () => {
  it('5 concurrent identical requests → 1 upstream GET; the log lines say 1 made and 4 shared', async () => {
    const t = await startFaultHarness();
    h = t;
    log = captureLog();
    await t.inject({ match: { operationId: GET }, latencyMs: 600, times: 1 });
    const answers = await Promise.all([1, 2, 3, 4, 5].map(() => t.query(READ)));
    expect(answers.map((a) => a.errors)).toEqual(Array(5).fill([]));
    expect(new Set(answers.map((a) => JSON.stringify(a.data))).size).toBe(1);
    expect(await t.calls(GET)).toBe(1);
    const lines = (log.lines() ?? []).filter((l) => l.msg === 'request');
    expect(lines.map((l) => [l.upstreamCalls, l.sharedCalls]).sort()).toEqual([
      [0, 1],
      [0, 1],
      [0, 1],
      [0, 1],
      [1, 0],
    ]);
  });

  it('read-your-writes: a GET in flight, a PATCH that completes, a new GET → it sees the PATCH (2 GETs)', async () => {
    const t = await startFaultHarness();
    h = t;
    // Only the first GET is slow: it is still in flight when the PATCH has completed.
    await t.inject({ match: { operationId: GET }, latencyMs: 1500, times: 1 });
    const before = t.query(READ);
    // The sandbox counts a request when it arrives, before the latency: the slow GET is in flight now.
    while ((await t.calls(GET)) === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    const update = await t.query(
      `mutation($input: UpdateRcsSenderInput!) { updateRcsSender(input: $input) {
        __typename ... on UpdateRcsSenderSuccess { sender { countries } } } }`,
      { input: { id: encodeSenderId(P, SENDER), details: { countries: ['SE'] } } },
    );
    expect(update.data).toEqual({
      updateRcsSender: { __typename: 'UpdateRcsSenderSuccess', sender: { countries: ['SE'] } },
    });
    expect(await t.calls(PATCH)).toBe(1);
    const after = await t.query(READ);
    expect(after.errors).toEqual([]);
    expect(countriesOf(after.data)).toEqual(['SE']);
    // The sandbox applies a latency before it reads the store, so the early GET sees the PATCH too: what
    // tells the shared answer from a fresh one is the count. Joined, it would have been 1 GET.
    expect((await before).errors).toEqual([]);
    expect(await t.calls(GET)).toBe(2);
  });
});
