// Acceptance 3: one sender from a minimal create to LAUNCHED, asserting every documented state,
// error code and activity on the way.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { capabilitiesFor, REJECTION_REMARK, reviewVideoUri } from '../../src/sandbox/index.ts';
import { startValidatedSandbox, type ValidatedSandbox } from '../support/sandbox.ts';
import { call } from '../support/sandbox-rest.ts';

const FULL = JSON.parse(
  readFileSync(
    new URL('../../contract/upstream/examples/updateSender.request.newInput.json', import.meta.url),
    'utf8',
  ),
);

let sb: ValidatedSandbox;
beforeAll(async () => {
  sb = await startValidatedSandbox({ seed: 'empty' });
});
afterAll(async () => {
  expect(sb.problems()).toEqual([]);
  await sb.close();
});

const advance = async () =>
  (await call(sb.url, '/_sandbox/advance', { method: 'POST', body: {}, auth: null })).body;

it('walks DRAFT → IN_PROGRESS → IN_TEST → PREPARING_LAUNCH → LAUNCHING → LAUNCHED', async () => {
  const created = await call(sb.url, '~/senders', {
    method: 'POST',
    body: { region: 'EU', billingCategory: 'CONVERSATIONAL', useCase: 'PROMOTIONAL' },
  });
  expect(created.status).toBe(201);
  expect(created.body.state).toBe('DRAFT');
  const id: string = created.body.id;
  const path = `~/senders/${id}`;

  const early = await call(sb.url, `${path}/launch`, { method: 'POST' });
  expect([early.status, early.body.errorCode]).toEqual([409, 'launch_invalid_agent_state']);
  expect(early.body.resolution).toBe(
    'Launch are only supported by senders with state: IN_TEST, LAUNCHING, LAUNCHED, UNLAUNCHED.',
  );

  const named = await call(sb.url, path, {
    method: 'PATCH',
    body: {
      details: {
        brand: { name: 'Walkthrough', emails: [{ label: 'Support', address: 'help@walk.example' }] },
      },
    },
  });
  expect(named.body.state).toBe('IN_PROGRESS');
  expect((await advance()).transitions).toContainEqual({
    projectId: 'demo-project',
    senderId: id,
    kind: 'state',
    from: 'IN_PROGRESS',
    to: 'IN_TEST',
  });
  expect((await call(sb.url, path)).body.state).toBe('IN_TEST');

  const unmet = await call(sb.url, `${path}/launch`, { method: 'POST' });
  expect(unmet.status).toBe(412);
  expect(unmet.body.errorCode).toBe('launch_precondition_failed');
  expect(unmet.body.additionalInformation.validationErrors).toEqual([
    'details.brand.bannerUrl is required for launch',
    'details.brand.logoUrl is required for launch',
    'details.brand.privacyPolicyUrl is required for launch',
    'details.brand.termsOfServiceUrl is required for launch',
    'details.countries is required for launch',
    'details.questionnaire.general.answers.optInDescription is required for launch',
    'details.questionnaire.general.answers.triggerDescription is required for launch',
    'details.questionnaire.general.answers.interactionsDescription is required for launch',
    'details.questionnaire.general.answers.optOutDescription is required for launch',
    'details.questionnaire.verification.answers.name is required for launch',
    'details.questionnaire.verification.answers.email is required for launch',
    'details.questionnaire.verification.answers.website is required for launch',
  ]);

  // Test numbers: invited (UNVERIFIED), answered on advance by the last-digit rule.
  const added = await call(sb.url, `${path}/testNumbers`, {
    method: 'POST',
    body: { testNumbers: ['+447700900111', '+447700900125', '+447700900139'] },
  });
  expect(added.body.testNumbers.map((t: { state: string }) => t.state)).toEqual([
    'UNVERIFIED',
    'UNVERIFIED',
    'UNVERIFIED',
  ]);
  const notYet = await call(sb.url, `${path}/testNumbers/%2B447700900111/capabilities`);
  expect([notYet.status, notYet.body.errorCode]).toEqual([404, 'user_has_not_accepted_invite']);
  await advance();
  const states = await Promise.all(
    ['111', '125', '139'].map(
      async (n) => (await call(sb.url, `${path}/testNumbers/%2B447700900${n}`)).body.state,
    ),
  );
  expect(states).toEqual(['VERIFIED', 'DECLINED', 'UNVERIFIED']);
  const caps = await call(sb.url, `${path}/testNumbers/%2B447700900111/capabilities`);
  expect(caps.body).toEqual({ features: capabilitiesFor('+447700900111') });
  const declined = await call(sb.url, `${path}/testNumbers/%2B447700900125/capabilities`);
  expect([declined.status, declined.body.errorCode]).toEqual([404, 'blocked_because_the_recipient_declined']);
  const retried = await call(sb.url, `${path}/testNumbers/%2B447700900111/retry`);
  expect(retried.body.state).toBe('UNVERIFIED');
  expect((await call(sb.url, `${path}/testNumbers/%2B447700900125`, { method: 'DELETE' })).status).toBe(204);

  // Complete every precondition, without a video: launch waits in PREPARING_LAUNCH.
  const details = structuredClone(FULL.details);
  delete details.testNumbers;
  delete details.questionnaire.general.answers.videoUris;
  const complete = await call(sb.url, path, { method: 'PATCH', body: { details } });
  expect(complete.status).toBe(200);
  const launched = await call(sb.url, `${path}/launch`, { method: 'POST' });
  expect(launched.status).toBe(200);
  expect(launched.body.state).toBe('PREPARING_LAUNCH');
  expect(launched.body.launched).toBe(launched.body.modified);
  expect(
    launched.body.countryStatus.map((c: { country: string; status: string }) => [c.country, c.status]),
  ).toEqual([
    ['GB', 'PENDING'],
    ['FR', 'PENDING'],
  ]);

  await advance();
  const launching = (await call(sb.url, path)).body;
  expect(launching.state).toBe('LAUNCHING');
  expect(launching.details.questionnaire.general.answers.videoUris).toEqual([reviewVideoUri(id)]);
  const locked = await call(sb.url, path, {
    method: 'PATCH',
    body: { details: { brand: { name: 'Too late' } } },
  });
  expect([locked.status, locked.body.errorCode]).toEqual([400, 'fields_not_updatable']);
  const more = await call(sb.url, path, {
    method: 'PATCH',
    body: { details: { countries: ['GB', 'FR', 'DE'] } },
  });
  expect(more.body.countryStatus.map((c: { status: string }) => c.status)).toEqual([
    'PENDING',
    'PENDING',
    'NOT_LAUNCHED',
  ]);

  await advance();
  const live = (await call(sb.url, path)).body;
  expect(live.state).toBe('LAUNCHED');
  const fr = live.countryStatus.find((c: { country: string }) => c.country === 'FR');
  expect(fr.status).toBe('LAUNCHED');
  expect(
    fr.operators.map((o: { name: string; status: string; remark?: string }) => [o.name, o.status, o.remark]),
  ).toEqual([
    ['Orange', 'LAUNCHED', undefined],
    ['SFR', 'LAUNCHED', undefined],
    ['Free', 'REJECTED', REJECTION_REMARK],
  ]);
  expect(live.countryStatus.find((c: { country: string }) => c.country === 'DE').status).toBe('NOT_LAUNCHED');

  const relaunch = await call(sb.url, `${path}/launch`, { method: 'POST' });
  expect(relaunch.body.state).toBe('LAUNCHING');

  await call(sb.url, `${path}/comments`, { method: 'POST', body: { comment: 'Ship it' } });
  const log = await call(sb.url, `${path}/activities`);
  expect(
    log.body.notifications.map((n: { type: string; author?: string }) => `${n.type}:${n.author}`),
  ).toEqual([
    'COMMENT_ADDED:Provisioning API user',
    'EDITED:Provisioning API user', // relaunch
    'ACTIVE:Sinch', // LAUNCHED
    'EDITED:Provisioning API user', // countries patch
    'EDITED:Sinch', // video added, LAUNCHING
    'TEST:Sinch', // the retried invite answered again
    'EDITED:Provisioning API user', // launch
    'EDITED:Provisioning API user', // complete details
    'TEST:Provisioning API user', // delete
    'TEST:Provisioning API user', // retry
    'TEST:Sinch', // invites answered
    'TEST:Provisioning API user', // add
    'EDITED:Sinch', // IN_TEST
    'EDITED:Provisioning API user', // brand
    'CREATED:Provisioning API user',
  ]);
  expect(log.body.notifications[0].comment).toBe('Ship it');
  expect(log.body.totalSize).toBe(15);
});
