// Test data at federation scale: extra senders created through the sandbox's REST API (as a client of
// the Sinch API would), and 1,000 representations over 200 distinct senders with duplicates, both key
// forms, unknown senders and project handles mixed in.
import { DEMO } from '../../../src/sandbox/index.ts';
import { encodeSenderId } from '../../../src/schema/rcs-senders/ids.ts';
import { DEMO_AUTH } from '../credentials.ts';

export interface SenderIds {
  id: string;
  senderId: string;
}

/** Creates DRAFT senders in DEMO's project with POST /v1/projects/{projectId}/rcs/senders. */
export async function createSenders(sandboxUrl: string, count: number): Promise<string[]> {
  const created: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const res = await fetch(`${sandboxUrl}/v1/projects/${DEMO.projectId}/rcs/senders`, {
      method: 'POST',
      headers: { authorization: DEMO_AUTH, 'content-type': 'application/json' },
      body: JSON.stringify({
        region: 'EU',
        billingCategory: 'CONVERSATIONAL',
        useCase: 'OTP',
        details: { brand: { name: `Scale ${i}` } },
      }),
    });
    if (res.status !== 201) throw new Error(`create sender answered ${res.status}: ${await res.text()}`);
    created.push(((await res.json()) as { id: string }).id);
  }
  return created;
}

/** DEMO's sender ids, from one list page of the REST API (the seed has 14). */
export async function listSenderIds(sandboxUrl: string): Promise<string[]> {
  const res = await fetch(`${sandboxUrl}/v1/projects/${DEMO.projectId}/rcs/senders?pageSize=100`, {
    headers: { authorization: DEMO_AUTH },
  });
  if (res.status !== 200) throw new Error(`list senders answered ${res.status}`);
  const body = (await res.json()) as { senders: { id: string }[]; nextPageToken?: string };
  if (body.nextPageToken) throw new Error('more than one page of senders');
  return body.senders.map((s) => s.id);
}

/** Ten upstream sender ids no project has (well-formed, so each costs one GET answered 404). */
export const UNKNOWN_SENDERS = Array.from(
  { length: 10 },
  (_, i) => `00000000-0000-4000-8000-0000000000${String(i).padStart(2, '0')}`,
);

export type Representation = Record<string, string>;

/**
 * 1,000 representations: every 100th from index 49 a Project, from index 99 an unknown sender (10
 * distinct), the other 980 cycle through `senderIds` (by 7s: each of 200 appears 4-5 times) alternating the
 * global-id and the `projectId senderId` key. `expected[i]` is the upstream sender id answered at i
 * (null for an unknown sender, "project" for a project).
 */
export function representations(senderIds: readonly string[]): {
  reps: Representation[];
  expected: (string | null)[];
} {
  const reps: Representation[] = [];
  const expected: (string | null)[] = [];
  let known = 0;
  for (let i = 0; i < 1000; i += 1) {
    if (i % 100 === 49) {
      reps.push({ __typename: 'Project', id: DEMO.projectId });
      expected.push('project');
    } else if (i % 100 === 99) {
      const unknown = UNKNOWN_SENDERS[Math.floor(i / 100)] as string;
      reps.push(senderRep(unknown, i));
      expected.push(null);
    } else {
      const senderId = senderIds[(known * 7) % senderIds.length] as string;
      known += 1;
      reps.push(senderRep(senderId, i));
      expected.push(senderId);
    }
  }
  return { reps, expected };
}

function senderRep(senderId: string, i: number): Representation {
  return i % 2 === 0
    ? { __typename: 'RcsSender', id: encodeSenderId(DEMO.projectId, senderId) }
    : { __typename: 'RcsSender', projectId: DEMO.projectId, senderId };
}
