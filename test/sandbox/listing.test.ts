// Pagination walk, filters and sorting of GET senders; activities paging; seed coverage.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSenderId } from '../../src/sandbox/index.ts';
import { startValidatedSandbox, type ValidatedSandbox } from '../support/sandbox.ts';
import { call } from '../support/sandbox-rest.ts';

let sb: ValidatedSandbox;
beforeAll(async () => {
  sb = await startValidatedSandbox();
});
afterAll(async () => {
  expect(sb.problems()).toEqual([]);
  await sb.close();
});

type Sender = { id: string; state: string; created: string; details: { brand?: { name?: string } } };
const names = (senders: Sender[]) => senders.map((s) => s.details.brand?.name ?? '');

describe('seed', () => {
  it('covers every RcsSenderState, several IN_TEST senders and many test-number states', async () => {
    const all: Sender[] = (await call(sb.url, '~/senders?pageSize=100')).body.senders;
    const states = new Set(all.map((s) => s.state));
    expect([...states].sort()).toEqual([
      'DRAFT',
      'IN_PROGRESS',
      'IN_TEST',
      'LAUNCHED',
      'LAUNCHING',
      'PREPARING_LAUNCH',
      'UNKNOWN',
      'UNLAUNCHED',
    ]);
    expect(all.filter((s) => s.state === 'IN_TEST')).toHaveLength(6);
    const numberStates = new Set(
      all.flatMap((s) =>
        (s as unknown as { testNumberStates: { state: string }[] }).testNumberStates.map((t) => t.state),
      ),
    );
    expect([...numberStates].sort()).toEqual([
      'DECLINED',
      'EXPIRED',
      'FAILED',
      'INVALID',
      'PENDING',
      'REJECTED',
      'UNVERIFIED',
      'VERIFIED',
    ]);
  });
  it('is identical after reset (deterministic ids and timestamps)', async () => {
    const a = await sb.snapshot();
    await sb.reset();
    expect(await sb.snapshot()).toEqual(a);
  });
});

describe('pagination', () => {
  it('walks every sender once with pageSize 4, forward and back', async () => {
    const seen: string[] = [];
    let path = '~/senders?pageSize=4';
    const tokens: (string | undefined)[] = [];
    for (let page = 0; page < 10; page++) {
      const r = await call(sb.url, path);
      expect(r.body.totalSize).toBe(14);
      expect(r.body.pageSize).toBe(4);
      expect(r.body.previousPageToken === undefined).toBe(page === 0);
      seen.push(...r.body.senders.map((s: Sender) => s.id));
      tokens.push(r.body.previousPageToken);
      if (!r.body.nextPageToken) break;
      path = `~/senders?pageSize=4&pageToken=${r.body.nextPageToken}`;
    }
    expect(seen).toHaveLength(14);
    expect(new Set(seen).size).toBe(14);
    const back = await call(sb.url, `~/senders?pageSize=4&pageToken=${tokens[3]}`);
    expect(back.body.senders.map((s: Sender) => s.id)).toEqual(seen.slice(8, 12));
  });
  it('rejects a token from another query', async () => {
    const first = await call(sb.url, '~/senders?pageSize=2&filterStates=IN_TEST');
    const r = await call(sb.url, `~/senders?pageSize=2&pageToken=${first.body.nextPageToken}`);
    expect([r.status, r.body.errorCode]).toEqual([400, 'invalid_page_token']);
  });
  it('defaults to 50 per page, newest first', async () => {
    const r = await call(sb.url, '~/senders');
    expect(r.body.pageSize).toBe(50);
    expect(r.body.nextPageToken).toBeUndefined();
    const created = r.body.senders.map((s: Sender) => s.created);
    expect(created).toEqual([...created].sort().reverse());
  });
  it('pages activities newest first', async () => {
    const path = `~/senders/${seedSenderId('demo-project', 'in-test-ready-gb-fr')}/activities?pageSize=2`;
    const r = await call(sb.url, path);
    expect(r.body.totalSize).toBe(5);
    expect(r.body.notifications.map((n: { type: string }) => n.type)).toEqual([
      'COMMENT_ADDED',
      'COMMENT_ADDED',
    ]);
    expect(r.body.notifications[0].comment).toBe('Banner updated.');
    const next = await call(sb.url, `${path}&pageToken=${r.body.nextPageToken}`);
    expect(next.body.notifications.map((n: { type: string }) => n.type)).toEqual(['EDITED', 'TEST']);
  });
});

describe('filters and sort', () => {
  it('filters by states (repeated and comma-separated)', async () => {
    const repeated = await call(sb.url, '~/senders?filterStates=DRAFT&filterStates=UNKNOWN&sortColumn=NAME');
    const comma = await call(sb.url, '~/senders?filterStates=DRAFT,UNKNOWN&sortColumn=NAME');
    expect(names(repeated.body.senders)).toEqual(['', 'Kilo Legacy', 'Mike Mobile']);
    expect(comma.body.senders).toEqual(repeated.body.senders);
  });
  it('filters by ids, app id and search (case-insensitive, also deprecated filterSenderName)', async () => {
    const ids = ['launched', 'unknown'].map((k) => seedSenderId('demo-project', k));
    const byIds = await call(
      sb.url,
      `~/senders?filterSenderIds=${ids.join(',')}&sortColumn=NAME&sortDirection=DESC`,
    );
    expect(names(byIds.body.senders)).toEqual(['Kilo Legacy', 'India Insurance']);
    const byApp = await call(sb.url, '~/senders?filterConversationApiAppId=01HSANDBOXAPP0000000000002');
    expect(names(byApp.body.senders)).toEqual(['November News']);
    expect(names((await call(sb.url, '~/senders?search=ALERT')).body.senders)).toEqual(['Contoso Alerts']);
    expect(names((await call(sb.url, '~/senders?filterSenderName=delta')).body.senders)).toEqual([
      'Delta Bank OTP',
    ]);
    const byId = await call(sb.url, `~/senders?search=${ids[0]?.slice(0, 8)}`);
    expect(names(byId.body.senders)).toEqual(['India Insurance']);
  });
  it('sorts by STATE ascending with id as tie-breaker', async () => {
    const r = await call(sb.url, '~/senders?sortColumn=STATE&sortDirection=ASC&filterStates=IN_TEST,DRAFT');
    expect(r.body.senders.map((s: Sender) => s.state)).toEqual([
      'DRAFT',
      'DRAFT',
      ...Array(6).fill('IN_TEST'),
    ]);
  });
});
