// The runtime upstream-call budget (MAX_UPSTREAM_CALLS, counted on the request's meter by the client), over
// HTTP: a request whose real calls exceed the budget makes exactly `budget` upstream calls, and each call past
// it fails as its own field error (UPSTREAM_BUDGET_EXCEEDED) while the rest of the answer is delivered.
//
// The pre-execution estimate must let the request through, so the query is one the estimate undercounts: a
// sender with more test numbers than the estimate assumes. The budget and the number of test numbers are
// derived from the estimate itself, so the test holds whatever the estimate assumes.
import { parse } from 'graphql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { estimateUpstreamCalls } from '../../src/plugins/upstream-cost.ts';
import { DEMO } from '../../src/sandbox/index.ts';
import { schema } from '../../src/schema/index.ts';
import { type RunningServer, startServer } from '../../src/server.ts';
import { DEMO_AUTH } from '../support/credentials.ts';
import { captureLog, type LogCapture } from '../support/log-capture.ts';
import { startValidatedSandbox, type ValidatedSandbox } from '../support/sandbox.ts';

const P = DEMO.projectId;
const query = (senderId: string) =>
  `{ project(id: "${P}") { rcsSender(id: "${senderId}") { id testNumbers { number capabilities { __typename } } } } }`;

let sandbox: ValidatedSandbox;
let server: RunningServer;
let log: LogCapture;
let senderId = '';
let budget = 0;
let numbers: string[] = [];

async function api(method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(`${sandbox.url}${path}`, {
    method,
    headers: { authorization: DEMO_AUTH, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}`);
  return (await res.json()) as Record<string, unknown>;
}

beforeAll(async () => {
  sandbox = await startValidatedSandbox({ seed: 'demo' });
  // The budget is what the estimate allows for this query: 1 sender + its assumed test numbers.
  budget = estimateUpstreamCalls(schema, parse(query('any')), undefined, {})?.calls ?? 0;
  expect(budget).toBeGreaterThan(1);
  const created = await api('POST', `/v1/projects/${P}/rcs/senders`, {
    region: 'EU',
    billingCategory: 'CONVERSATIONAL',
    useCase: 'OTP',
  });
  senderId = created.id as string;
  // Five more test numbers than the budget can look up; invites are capped at 20 per simulated day.
  numbers = Array.from({ length: budget + 4 }, (_, i) => `+4670100${String(i).padStart(4, '0')}`);
  for (let i = 0; i < numbers.length; i += 20) {
    await api('POST', `/v1/projects/${P}/rcs/senders/${senderId}/testNumbers`, {
      testNumbers: numbers.slice(i, i + 20),
    });
    await api('POST', '/_sandbox/advance', { steps: 1 });
  }
  server = await startServer({
    env: {},
    config: {
      port: 0,
      sinchApiUrl: sandbox.url,
      credentials: undefined,
      logLevel: 'silent',
      limits: { maxUpstreamCalls: budget },
    },
  });
  await fetch(`${sandbox.url}/_sandbox/stats/reset`, { method: 'POST' });
  log = captureLog();
});
afterAll(async () => {
  log.stop();
  await server.close();
  await sandbox.close();
  expect(sandbox.problems()).toEqual([]);
});

it('a request over its upstream-call budget makes exactly `budget` calls; the rest are UPSTREAM_BUDGET_EXCEEDED', async () => {
  const res = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: DEMO_AUTH },
    body: JSON.stringify({ query: query(senderId) }),
  });
  expect(res.status).toBe(200);
  const body = (await res.json()) as {
    data: { project: { rcsSender: { testNumbers: { number: string; capabilities: unknown }[] } } };
    errors: { message: string; path: (string | number)[]; extensions: Record<string, unknown> }[];
  };
  // 1 GET of the sender, then capability lookups until the budget is spent.
  expect((await sandbox.stats()).total).toBe(budget);
  const looked = budget - 1;
  const testNumbers = body.data.project.rcsSender.testNumbers;
  expect(testNumbers.map((n) => n.number)).toEqual(numbers);
  expect(testNumbers.slice(0, looked).every((n) => n.capabilities !== null)).toBe(true);
  expect(testNumbers.slice(looked).map((n) => n.capabilities)).toEqual(
    Array(numbers.length - looked).fill(null),
  );
  expect(body.errors).toEqual(
    numbers.slice(looked).map((_, i) => ({
      message: `The request's upstream-call budget of ${budget} is spent.`,
      locations: [{ line: 1, column: query(senderId).indexOf('capabilities') + 1 }],
      path: ['project', 'rcsSender', 'testNumbers', looked + i, 'capabilities'],
      extensions: { code: 'UPSTREAM_BUDGET_EXCEEDED', budget },
    })),
  );
  expect(log.lines().find((l) => l.msg === 'request')).toMatchObject({
    upstreamCalls: budget,
    sharedCalls: 0,
  });
  // Refused calls are not logged one by one.
  expect(log.lines().filter((l) => l.level === 'error')).toEqual([]);
});
