// Every client operation against the project's sandbox over real HTTP, once per auth mode: service Basic,
// service OAuth2, and passthrough (a caller's Basic header, and a caller's Bearer token). Every exchange is
// validated against the OpenAPI document by the validated sandbox.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capabilitiesFor, DEMO } from '../../src/sandbox/index.ts';
import {
  type CallOptions,
  createSinchClient,
  type SinchClient,
  UpstreamConflictError,
  UpstreamNotFoundError,
} from '../../src/upstream/index.ts';
import { startValidatedSandbox, type ValidatedSandbox } from '../support/sandbox.ts';
import { readExample } from '../support/upstream-fixtures.ts';

const P = DEMO.projectId;
const BASIC = `Basic ${Buffer.from(`${DEMO.keyId}:${DEMO.keySecret}`).toString('base64')}`;
const MODES = ['service-basic', 'service-oauth2', 'passthrough-basic', 'passthrough-bearer'] as const;

async function fetchToken(url: string): Promise<string> {
  const res = await fetch(`${url}/oauth2/token`, {
    method: 'POST',
    headers: { authorization: BASIC, 'content-type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials',
  });
  return ((await res.json()) as { access_token: string }).access_token;
}

describe.each(MODES)('every operation against the sandbox (%s)', (mode) => {
  let sb: ValidatedSandbox;
  let client: SinchClient;
  let o: CallOptions;
  beforeAll(async () => {
    sb = await startValidatedSandbox();
    const service = mode.startsWith('service');
    client = createSinchClient({
      baseUrl: sb.url,
      authUrl: `${sb.url}/oauth2/token`,
      credentials: service
        ? {
            keyId: DEMO.keyId,
            keySecret: DEMO.keySecret,
            mode: mode === 'service-basic' ? 'basic' : 'oauth2',
          }
        : undefined,
    });
    o =
      mode === 'passthrough-basic'
        ? { auth: { kind: 'passthrough', authorization: BASIC } }
        : mode === 'passthrough-bearer'
          ? { auth: { kind: 'passthrough', authorization: `Bearer ${await fetchToken(sb.url)}` } }
          : {};
  });
  afterAll(async () => {
    await client.close();
    await sb.close();
    expect(sb.problems()).toEqual([]);
  });

  it('walks all 15 operations', async () => {
    const s = client.rcsSenders;
    // list + find a launch-ready seeded sender by name
    const page = await s.list(P, { filterStates: ['IN_TEST'], search: 'Delta Bank', pageSize: 10 }, o);
    expect(page.senders.map((x) => x.details?.brand?.name)).toEqual(['Delta Bank OTP']);
    const ready = page.senders[0]?.id ?? '';

    const created = await s.create(P, readExample('createSender.request.minimal.json'), o);
    expect(created.state).toBe('DRAFT');
    expect((await s.get(P, created.id, o)).id).toBe(created.id);

    const updated = await s.update(
      P,
      created.id,
      { details: { brand: { name: 'Client Walk', color: '#123456' } } },
      undefined,
      o,
    );
    expect(updated.details?.brand?.name).toBe('Client Walk');
    expect(updated.details?.brand?.color).toBe('#123456');

    const comment = await s.createComment(P, created.id, { comment: 'from the client test' }, o);
    expect(comment).toMatchObject({ type: 'CREATED', comment: 'from the client test' });
    const activities = await s.listActivities(P, created.id, { pageSize: 10 }, o);
    expect(activities.notifications.map((n) => n.type)).toEqual(['COMMENT_ADDED', 'EDITED', 'CREATED']);

    const conflict = await s.launch(P, created.id, o).catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(UpstreamConflictError);
    expect(conflict).toMatchObject({ status: 409, errorCode: 'launch_invalid_agent_state' });

    const added = await s.addTestNumbers(P, ready, { testNumbers: ['+46701234571'] }, o);
    expect(added.testNumbers.map((t) => [t.number, t.state])).toEqual([
      ['+46701234560', 'VERIFIED'],
      ['+46701234571', 'UNVERIFIED'],
    ]);
    expect(await s.getTestNumberState(P, ready, '+46701234560', o)).toMatchObject({
      number: '+46701234560',
      state: 'VERIFIED',
    });
    expect(await s.getTestNumberCapabilities(P, ready, '+46701234560', o)).toEqual({
      features: capabilitiesFor('+46701234560'),
    });
    expect(await s.retryTestNumber(P, ready, '+46701234571', o)).toMatchObject({
      number: '+46701234571',
      state: 'UNVERIFIED',
    });
    expect(await s.deleteTestNumber(P, ready, '+46701234571', o)).toBeUndefined();
    const gone = await s.getTestNumberState(P, ready, '+46701234571', o).catch((e: unknown) => e);
    expect(gone).toBeInstanceOf(UpstreamNotFoundError);
    expect(gone).toMatchObject({ errorCode: 'user_is_not_tester_for_agent' });

    const launched = await s.launch(P, ready, o);
    expect(['PREPARING_LAUNCH', 'LAUNCHING']).toContain(launched.state);

    const questions = await client.rcsQuestionnaire.get(P, 'OTP', { countries: ['US'] }, o);
    expect(Object.keys(questions)).toContain('us');

    const accountComment = await client.rcsAccounts.createComment(P, { comment: 'account note' }, o);
    expect(accountComment).toMatchObject({ type: 'CREATED', comment: 'account note' });
    const account = await client.rcsAccounts.listActivities(P, { pageSize: 5 }, o);
    expect(account.notifications[0]).toMatchObject({ type: 'COMMENT_ADDED', comment: 'account note' });

    const stats = await sb.stats();
    expect(Object.keys(stats.byOperation).sort()).toEqual([
      'RcsAccountsController_createComment_v1',
      'RcsAccountsController_listActivities_v1',
      'RcsQuestionnaireController_getQuestions_v1',
      'RcsSendersController_addTestNumbers_v1',
      'RcsSendersController_createSenderComment_v1',
      'RcsSendersController_createSender_v1',
      'RcsSendersController_deleteTestNumber_v1',
      'RcsSendersController_getSender_v1',
      'RcsSendersController_getTestNumberCapabilities_v1',
      'RcsSendersController_getTestNumberState_v1',
      'RcsSendersController_launchSender_v1',
      'RcsSendersController_listActivities_v1',
      'RcsSendersController_listSenders_v1',
      'RcsSendersController_retryTestNumber_v1',
      'RcsSendersController_updateSender_v1',
    ]);
    expect(stats.byRoute['POST /oauth2/token'] ?? 0).toBe(
      mode === 'service-oauth2' || mode === 'passthrough-bearer' ? 1 : 0,
    );
  });
});
