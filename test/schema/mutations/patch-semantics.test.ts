// Patch semantics on the wire: an explicit null is sent as null and deletes; an absent field is not sent
// and stays as stored. Checked on the exact PATCH bytes (a recording proxy in front of the sandbox) and on
// what the sandbox stored afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_AUTH } from '../../support/credentials.ts';
import { type DirectExecutor, directExecutor, startRecordingProxy } from '../../support/direct-executor.ts';
import { startValidatedSandbox, type ValidatedSandbox } from '../../support/sandbox.ts';
import { operation } from './documents.ts';

const CREATE = operation('create-rcs-sender.graphql', 'CreateRcsSender');
const UPDATE = operation('update-rcs-sender.graphql', 'UpdateRcsSender');

type Payload = { __typename: string; sender?: { senderId: string; id: string }; fieldErrors?: unknown };

let sandbox: ValidatedSandbox;
let proxy: Awaited<ReturnType<typeof startRecordingProxy>>;
let gql: DirectExecutor;

beforeAll(async () => {
  sandbox = await startValidatedSandbox({ seed: 'demo' });
  proxy = await startRecordingProxy(sandbox.url);
  gql = directExecutor(proxy.url);
});
afterAll(async () => {
  await gql.close();
  await proxy.close();
  await sandbox.close();
  expect(sandbox.problems()).toEqual([]);
});

async function storedDetails(senderId: string): Promise<Record<string, unknown>> {
  const res = await fetch(`${sandbox.url}/v1/projects/demo-project/rcs/senders/${senderId}`, {
    headers: { authorization: DEMO_AUTH },
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { details: Record<string, unknown> }).details;
}

describe('updateRcsSender patch semantics', () => {
  it('sends null for deletes, omits absent fields, and the sandbox stores exactly that', async () => {
    const created = await gql.run<{ createRcsSender: Payload }>(CREATE, {
      input: {
        projectId: 'demo-project',
        region: 'EU',
        billingCategory: 'CONVERSATIONAL',
        useCase: 'MULTIUSE',
        details: {
          brand: {
            name: 'Patchy',
            description: 'Before',
            emails: [{ label: 'Support', address: 'support@patchy.example' }],
            phones: [{ label: 'Desk', number: '+46701234567' }],
          },
          countries: ['SE', 'FR'],
          questionnaire: { general: { optInDescription: 'Web form', triggerDescription: 'Orders' } },
        },
      },
    });
    expect(created.errors).toBeUndefined();
    const sender = created.data?.createRcsSender.sender;
    expect(created.data?.createRcsSender.__typename).toBe('CreateRcsSenderSuccess');
    if (!sender) throw new Error('no sender');

    proxy.requests.length = 0;
    const updated = await gql.run<{ updateRcsSender: Payload }>(UPDATE, {
      input: {
        id: sender.id,
        details: {
          brand: { emails: null, description: 'After' },
          countries: null,
          questionnaire: { general: { optInDescription: null } },
        },
      },
    });
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateRcsSender.__typename).toBe('UpdateRcsSenderSuccess');

    // Exactly one upstream call: the PATCH (the returned sender is primed, no GET follows).
    expect(proxy.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      `PATCH /v1/projects/demo-project/rcs/senders/${sender.senderId}`,
    ]);
    expect(proxy.requests[0]?.body).toBe(
      '{"details":{"brand":{"description":"After","emails":null},"countries":null,' +
        '"questionnaire":{"general":{"answers":{"optInDescription":null}}}}}',
    );

    const details = await storedDetails(sender.senderId);
    expect(details.brand).toEqual({
      name: 'Patchy',
      description: 'After',
      color: '#000000', // the upstream default, stored at create
      phones: [{ label: 'Desk', number: '+46701234567' }],
    });
    expect(details.countries).toBeUndefined();
    expect((details.questionnaire as { general: { answers: unknown } }).general.answers).toEqual({
      triggerDescription: 'Orders',
    });
  });

  it('adds ?usQuestionnaireVersion=v2 exactly when US answers are in the body', async () => {
    const created = await gql.run<{ createRcsSender: Payload }>(CREATE, {
      input: { projectId: 'demo-project', region: 'US', billingCategory: 'CONVERSATIONAL', useCase: 'OTP' },
    });
    const sender = created.data?.createRcsSender.sender;
    if (!sender) throw new Error('no sender');
    proxy.requests.length = 0;
    const withUs = await gql.run<{ updateRcsSender: Payload }>(UPDATE, {
      input: {
        id: sender.senderId,
        projectId: 'demo-project',
        details: {
          questionnaire: { us: { ownershipType: 'PRIVATE', taxIdCountry: 'US', taxId: '12-3456789' } },
        },
      },
    });
    expect(withUs.data?.updateRcsSender.__typename).toBe('UpdateRcsSenderSuccess');
    const withoutUs = await gql.run<{ updateRcsSender: Payload }>(UPDATE, {
      input: { id: sender.id, details: { countries: ['US'] } },
    });
    expect(withoutUs.data?.updateRcsSender.__typename).toBe('UpdateRcsSenderSuccess');
    expect(proxy.requests.map((r) => r.url)).toEqual([
      `/v1/projects/demo-project/rcs/senders/${sender.senderId}?usQuestionnaireVersion=v2`,
      `/v1/projects/demo-project/rcs/senders/${sender.senderId}`,
    ]);
    expect(JSON.parse(proxy.requests[0]?.body ?? '')).toEqual({
      details: {
        questionnaire: {
          us: { answers: { ownershipType: 'PRIVATE', taxIdCountry: 'US', taxId: '12-3456789' } },
        },
      },
    });
    const us = (await storedDetails(sender.senderId)).questionnaire as { us: { answers: unknown } };
    expect(us.us.answers).toEqual({ ownershipType: 'PRIVATE', taxIdCountry: 'US', taxId: '12-3456789' });
  });
});
