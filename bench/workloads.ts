// The bench's data and workloads.
//
// Data, "an upstream the project has never seen": the sandbox is reset to its `empty` seed (the demo
// project and key exist, with no senders), then one project's 50 senders are created through the REST
// API, each with 3 test numbers, and one simulated day is advanced so the invites are answered. The
// project's sender list then holds exactly these 50. The last digit of a number decides its answer
// (docs/sandbox.md): 140 of the 150 numbers end in 1-3 (VERIFIED, capabilities answer 200 with features),
// 5 end in 8 (VERIFIED, capabilities 404 user_cannot_be_reached) and 5 end in 9 (no answer, UNVERIFIED,
// capabilities 404 user_has_not_accepted_invite), so both members of the capabilities union are served.

export const PROJECT_ID = 'demo-project';
export const DEMO_KEY = { keyId: 'demo-key', keySecret: 'demo-secret' } as const;
export const SENDERS = 50;
export const NUMBERS_PER_SENDER = 3;

const AUTH = `Basic ${Buffer.from(`${DEMO_KEY.keyId}:${DEMO_KEY.keySecret}`).toString('base64')}`;

/** The test numbers of sender `i` (0-based). */
export function testNumbersOf(i: number): string[] {
  const base = `+4670100${String(i).padStart(2, '0')}`;
  const third = i % 10 === 8 ? '8' : i % 10 === 9 ? '9' : '3';
  return [`${base}01`, `${base}12`, `${base}2${third}`];
}

export interface SeededData {
  senderIds: string[];
  /** Expected outcome counts over all numbers (checked against the sandbox after the advance). */
  verified: number;
  withFeatures: number;
}

async function call(sandboxUrl: string, method: string, path: string, body?: unknown): Promise<unknown> {
  const res = await fetch(`${sandboxUrl}${path}`, {
    method,
    headers: { authorization: AUTH, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`seeding: ${method} ${path} answered ${res.status}: ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : undefined;
}

export async function seedSandbox(sandboxUrl: string): Promise<SeededData> {
  await call(sandboxUrl, 'POST', '/_sandbox/reset', { seed: 'empty' });
  const senders = `/v1/projects/${PROJECT_ID}/rcs/senders`;
  const before = (await call(sandboxUrl, 'GET', `${senders}?pageSize=100`)) as { totalSize: number };
  if (before.totalSize !== 0) throw new Error(`seeding: the empty seed has ${before.totalSize} senders`);
  const senderIds: string[] = [];
  for (let i = 0; i < SENDERS; i++) {
    const created = (await call(sandboxUrl, 'POST', senders, {
      region: 'EU',
      billingCategory: 'CONVERSATIONAL',
      useCase: 'MULTIUSE',
      details: { brand: { name: `Bench sender ${i}` } },
    })) as { id: string };
    await call(sandboxUrl, 'POST', `${senders}/${created.id}/testNumbers`, { testNumbers: testNumbersOf(i) });
    senderIds.push(created.id);
  }
  await call(sandboxUrl, 'POST', '/_sandbox/advance', { steps: 1 });

  const list = (await call(sandboxUrl, 'GET', `${senders}?pageSize=100`)) as {
    senders: { id: string; testNumberStates?: { number: string; state: string }[] }[];
  };
  const listed = new Set(list.senders.map((s) => s.id));
  if (list.senders.length !== SENDERS || senderIds.some((id) => !listed.has(id))) {
    throw new Error(`seeding: the project lists ${list.senders.length} senders, not the ${SENDERS} created`);
  }
  const numbers = list.senders.flatMap((s) => s.testNumberStates ?? []);
  const verified = numbers.filter((n) => n.state === 'VERIFIED');
  const withFeatures = verified.filter((n) => !n.number.endsWith('8')).length;
  if (numbers.length !== SENDERS * NUMBERS_PER_SENDER || withFeatures !== 140) {
    throw new Error(
      `seeding: ${numbers.length} numbers, ${withFeatures} with capabilities (expected 150, 140)`,
    );
  }
  await call(sandboxUrl, 'POST', '/_sandbox/stats/reset');
  return { senderIds, verified: verified.length, withFeatures };
}

const TEST_NUMBERS = `testNumbers { number state capabilities { __typename
  ... on RcsCapabilities { features } ... on RcsCapabilitiesUnavailable { code message } } }`;

export interface Workload {
  name: 'W1' | 'W2' | 'W3';
  description: string;
  /** Upstream calls one request needs with no sharing between requests. */
  budget: number;
  /** Request body number `i` (W3 rotates over the senders). */
  body(i: number): string;
}

export function workloads(data: SeededData): Workload[] {
  const w1 = JSON.stringify({
    query: `query W1 { project(id: "${PROJECT_ID}") { rcsSenders(first: ${SENDERS}) { nodes { id ${TEST_NUMBERS} } } } }`,
  });
  const oneSender = `query W2($p: ID!, $s: ID!) { project(id: $p) { rcsSender(id: $s) { id ${TEST_NUMBERS} } } }`;
  const bodies = data.senderIds.map((s) =>
    JSON.stringify({ query: oneSender, variables: { p: PROJECT_ID, s } }),
  );
  const first = bodies[0] as string;
  return [
    {
      name: 'W1',
      description: `${SENDERS} senders, their test numbers and capabilities`,
      budget: 1 + SENDERS * NUMBERS_PER_SENDER,
      body: () => w1,
    },
    {
      name: 'W2',
      description: 'one sender, its test numbers and capabilities (the same sender every request)',
      budget: 1 + NUMBERS_PER_SENDER,
      body: () => first,
    },
    {
      name: 'W3',
      description: 'W2 for a different sender each request (round robin over the 50)',
      budget: 1 + NUMBERS_PER_SENDER,
      body: (i) => bodies[i % bodies.length] as string,
    },
  ];
}

interface AnswerSender {
  id?: unknown;
  testNumbers?: { number: string; state: string; capabilities: Record<string, unknown> | null }[];
}

/**
 * What an answer says with the sender ids left out (the project's ids are global ids, the baseline's the
 * upstream's): the two servers must give the same summary for the same workload.
 */
export function summarize(data: unknown): string {
  const project = (
    data as { project?: { rcsSenders?: { nodes?: AnswerSender[] }; rcsSender?: AnswerSender } }
  )?.project;
  const senders = project?.rcsSenders?.nodes ?? (project?.rcsSender ? [project.rcsSender] : []);
  return JSON.stringify(senders.map((s) => s.testNumbers ?? null));
}

/** Shape check of a W1 answer: 50 senders × 3 numbers, every capabilities field answered. */
export function checkW1(data: unknown): string | undefined {
  const nodes = (data as { project?: { rcsSenders?: { nodes?: AnswerSender[] } } })?.project?.rcsSenders
    ?.nodes;
  if (!nodes || nodes.length !== SENDERS)
    return `expected ${SENDERS} senders, got ${nodes?.length ?? 'none'}`;
  const numbers = nodes.flatMap((n) => n.testNumbers ?? []);
  if (numbers.length !== SENDERS * NUMBERS_PER_SENDER)
    return `expected 150 test numbers, got ${numbers.length}`;
  const features = numbers.filter((n) => n.capabilities?.__typename === 'RcsCapabilities').length;
  const unavailable = numbers.filter(
    (n) => n.capabilities?.__typename === 'RcsCapabilitiesUnavailable',
  ).length;
  if (features !== 140 || unavailable !== 10)
    return `capabilities: ${features} with features, ${unavailable} unavailable`;
  return undefined;
}
