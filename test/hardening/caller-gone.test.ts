// A caller that goes away cancels the rest of its request's upstream work: the request's signal is tied
// to the HTTP request, so loaders that have not called the upstream yet never do.
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, expect, it } from 'vitest';
import { DEMO } from '../../src/sandbox/index.ts';
import { DEMO_AUTH } from '../support/credentials.ts';
import { type FaultHarness, startFaultHarness } from '../support/fault-harness.ts';

const LIST = 'RcsSendersController_listSenders_v1';
const ACTIVITIES = 'RcsSendersController_listActivities_v1';
const QUERY = `{ project(id: "${DEMO.projectId}") { rcsSenders(first: 14) { nodes { activities(first: 1) { totalCount } } } } }`;

let h: FaultHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

it('a caller that disconnects while the list call is slow causes no follow-up upstream calls', async () => {
  h = await startFaultHarness();
  // Control: the same query, left to finish, costs 1 list + 14 activities calls.
  expect((await h.query(QUERY)).errors).toEqual([]);
  expect([await h.calls(LIST), await h.calls(ACTIVITIES)]).toEqual([1, 14]);

  await h.inject({ match: { operationId: LIST }, latencyMs: 600, times: 1 });
  const gone = new AbortController();
  const pending = fetch(h.server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: DEMO_AUTH },
    body: JSON.stringify({ query: QUERY }),
    signal: gone.signal,
  }).catch((error: unknown) => error);
  await sleep(150);
  gone.abort();
  expect(await pending).toBeInstanceOf(Error);
  await sleep(900); // the slow list answers at ~600 ms; without cancellation 14 activities calls follow

  expect([await h.calls(LIST), await h.calls(ACTIVITIES)]).toEqual([2, 14]);
  // The server is fine afterwards.
  expect((await h.query(QUERY)).errors).toEqual([]);
});
