// The sender lifecycle walked entirely through GraphQL (issue #3, acceptance 3): create → DRAFT, an early
// launch refused, updates move it to IN_PROGRESS and (advance) IN_TEST, a launch with gaps names them, test
// numbers are invited / answered / re-invited / deleted, a comment is added, and the launch ends LAUNCHED.
// Every step also asserts its upstream call count from /_sandbox/stats.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AddRcsSenderCommentWithSenderDocument,
  AddRcsTestNumbersDocument,
  CreateRcsSenderDocument,
  DeleteRcsTestNumberDocument,
  LaunchRcsSenderDocument,
  MutationFlowSenderDocument,
  ResendRcsTestNumberInviteDocument,
  UpdateRcsSenderDocument,
  UpdateRcsSenderPrimedDocument,
} from '../../generated/graphql.ts';
import { type GraphQLHarness, startGraphQLHarness } from '../../support/graphql.ts';
import { advance, calls } from './sandbox-control.ts';

let h: GraphQLHarness;
beforeAll(async () => {
  h = await startGraphQLHarness();
});
afterAll(async () => {
  await h.close();
  expect(h.problems()).toEqual([]);
});

const PROJECT = 'demo-project';
const A = '+46700000001'; // last digit 1: the sandbox's tester accepts
const D = '+46700000005'; // last digit 5: the tester declines

describe('sender lifecycle through GraphQL', () => {
  it('walks from creation to LAUNCHED', async () => {
    await h.resetStats();
    const created = await h.request(CreateRcsSenderDocument, {
      input: { projectId: PROJECT, region: 'EU', billingCategory: 'CONVERSATIONAL', useCase: 'MULTIUSE' },
    });
    const c = created.createRcsSender;
    if (c?.__typename !== 'CreateRcsSenderSuccess') throw new Error(`create: ${JSON.stringify(c)}`);
    const id = c.sender.id;
    expect(c.sender).toMatchObject({ state: 'DRAFT', projectId: PROJECT, region: 'EU', useCase: 'MULTIUSE' });
    expect(c.sender.launchReadiness.ready).toBe(false);
    // The returned sender is primed: its fields (launchReadiness, testNumbers included) cost no GET.
    expect(await calls(h)).toEqual({ RcsSendersController_createSender_v1: 1 });

    const early = (await h.request(LaunchRcsSenderDocument, { input: { id } })).launchRcsSender;
    expect(early).toMatchObject({
      __typename: 'InvalidStateError',
      code: 'launch_invalid_agent_state',
      state: 'DRAFT',
    });
    // One launch, one fresh GET for the state the 409 body does not carry.
    expect(await calls(h)).toEqual({
      RcsSendersController_launchSender_v1: 1,
      RcsSendersController_getSender_v1: 1,
    });

    const branded = (
      await h.request(UpdateRcsSenderDocument, {
        input: {
          id,
          details: {
            brand: {
              name: 'Lifecycle Ltd',
              emails: [{ label: 'Support', address: 'support@lifecycle.example' }],
              phones: [{ number: '+46812345678' }],
              websites: [{ label: 'Home', url: 'https://lifecycle.example' }],
              bannerUrl: 'https://cdn.lifecycle.example/banner.png',
              privacyPolicyUrl: 'https://lifecycle.example/privacy',
              termsOfServiceUrl: 'https://lifecycle.example/terms',
            },
          },
        },
      })
    ).updateRcsSender;
    expect(branded).toMatchObject({ __typename: 'UpdateRcsSenderSuccess', sender: { state: 'IN_PROGRESS' } });
    expect(await calls(h)).toEqual({ RcsSendersController_updateSender_v1: 1 });

    await advance(h);
    const inTest = await h.request(MutationFlowSenderDocument, { projectId: PROJECT, id });
    expect(inTest.project.rcsSender?.state).toBe('IN_TEST');

    const answered = (
      await h.request(UpdateRcsSenderDocument, {
        input: {
          id,
          details: {
            countries: ['FR'],
            questionnaire: {
              general: {
                optInDescription: 'Customers opt in on the website.',
                triggerDescription: 'Order updates.',
                interactionsDescription: 'Replies with suggested actions.',
                optOutDescription: 'Reply STOP.',
              },
              verification: {
                name: 'Ann Admin',
                email: 'ann@lifecycle.example',
                website: 'https://lifecycle.example',
              },
            },
          },
        },
      })
    ).updateRcsSender;
    expect(answered).toMatchObject({
      __typename: 'UpdateRcsSenderSuccess',
      sender: { state: 'IN_TEST', countries: ['FR'] },
    });

    await h.resetStats();
    const gaps = (await h.request(LaunchRcsSenderDocument, { input: { id } })).launchRcsSender;
    expect(gaps).toEqual({
      __typename: 'LaunchPreconditionError',
      code: 'launch_precondition_failed',
      message: 'Launch precondition failed. Correct the precondition errors and launch again.',
      unmet: [
        'details.brand.logoUrl is required for launch',
        'details.questionnaire.fr.answers.fullCompanyAddress is required for launch',
        'details.questionnaire.fr.answers.siren is required for launch',
      ],
      requirements: [
        {
          code: 'BRAND_LOGO_URL',
          message: 'details.brand.logoUrl is required for launch',
          field: 'details.brand.logoUrl',
          upstreamPath: 'details.brand.logoUrl',
        },
        {
          code: 'QUESTIONNAIRE_FR_FULL_COMPANY_ADDRESS',
          message: 'details.questionnaire.fr.answers.fullCompanyAddress is required for launch',
          field: 'details.questionnaire.fr.fullCompanyAddress',
          upstreamPath: 'details.questionnaire.fr.answers.fullCompanyAddress',
        },
        {
          code: 'QUESTIONNAIRE_FR_SIREN',
          message: 'details.questionnaire.fr.answers.siren is required for launch',
          field: 'details.questionnaire.fr.siren',
          upstreamPath: 'details.questionnaire.fr.answers.siren',
        },
      ],
    });
    expect(await calls(h)).toEqual({ RcsSendersController_launchSender_v1: 1 });

    const added = (await h.request(AddRcsTestNumbersDocument, { input: { senderId: id, numbers: [A, D] } }))
      .addRcsTestNumbers;
    if (added?.__typename !== 'AddRcsTestNumbersSuccess') throw new Error(`add: ${JSON.stringify(added)}`);
    expect(added.testNumbers.map((t) => [t.number, t.state])).toEqual([
      [A, 'UNVERIFIED'],
      [D, 'UNVERIFIED'],
    ]);
    expect(await calls(h)).toEqual({ RcsSendersController_addTestNumbers_v1: 1 });

    await advance(h);
    const tested = await h.request(MutationFlowSenderDocument, { projectId: PROJECT, id });
    expect(tested.project.rcsSender?.testNumbers).toEqual([
      { number: A, state: 'VERIFIED' },
      { number: D, state: 'DECLINED' },
    ]);

    await h.resetStats();
    const resent = (
      await h.request(ResendRcsTestNumberInviteDocument, { input: { senderId: id, number: A } })
    ).resendRcsTestNumberInvite;
    expect(resent).toMatchObject({
      __typename: 'ResendRcsTestNumberInviteSuccess',
      testNumber: { number: A, state: 'UNVERIFIED' },
    });
    expect(await calls(h)).toEqual({ RcsSendersController_retryTestNumber_v1: 1 });

    const deleted = (await h.request(DeleteRcsTestNumberDocument, { input: { senderId: id, number: D } }))
      .deleteRcsTestNumber;
    expect(deleted).toEqual({
      __typename: 'DeleteRcsTestNumberSuccess',
      deletedNumber: D,
      sender: { id, testNumbers: [{ number: A, state: 'UNVERIFIED' }] },
    });
    // DELETE answers 204: the selected sender costs one GET.
    expect(await calls(h)).toEqual({
      RcsSendersController_deleteTestNumber_v1: 1,
      RcsSendersController_getSender_v1: 1,
    });

    const commented = (
      await h.request(AddRcsSenderCommentWithSenderDocument, {
        input: { senderId: id, comment: 'Ready for review, logo follows.' },
      })
    ).addRcsSenderComment;
    expect(commented).toMatchObject({
      __typename: 'AddRcsSenderCommentSuccess',
      comment: { comment: 'Ready for review, logo follows.' },
      sender: {
        id,
        comments: {
          nodes: [{ comment: 'Ready for review, logo follows.', author: 'Provisioning API user' }],
        },
      },
    });

    const completed = (
      await h.request(UpdateRcsSenderDocument, {
        input: {
          id,
          details: {
            brand: { logoUrl: 'https://cdn.lifecycle.example/logo.png' },
            questionnaire: { fr: { fullCompanyAddress: '1 Rue de la Paix, Paris', siren: '123456789' } },
          },
        },
      })
    ).updateRcsSender;
    expect(completed).toMatchObject({
      __typename: 'UpdateRcsSenderSuccess',
      sender: { state: 'IN_TEST', launchReadiness: { ready: true, missing: [] } },
    });

    const launched = (await h.request(LaunchRcsSenderDocument, { input: { id } })).launchRcsSender;
    // No review video in the answers: the launch waits for Sinch to add one.
    expect(launched).toMatchObject({
      __typename: 'LaunchRcsSenderSuccess',
      sender: { id, state: 'PREPARING_LAUNCH' },
    });

    await advance(h);
    expect(
      (await h.request(MutationFlowSenderDocument, { projectId: PROJECT, id })).project.rcsSender?.state,
    ).toBe('LAUNCHING');
    await advance(h);
    const done = (await h.request(MutationFlowSenderDocument, { projectId: PROJECT, id })).project.rcsSender;
    expect(done?.state).toBe('LAUNCHED');
    expect(done?.questionnaire?.general?.videoUris).toHaveLength(1);
  });

  it("primes the request's loader: reading the sender back by id in the same request costs no GET", async () => {
    const created = (
      await h.request(CreateRcsSenderDocument, {
        input: { projectId: PROJECT, region: 'EU', billingCategory: 'CONVERSATIONAL', useCase: 'OTP' },
      })
    ).createRcsSender;
    if (created?.__typename !== 'CreateRcsSenderSuccess') throw new Error(JSON.stringify(created));
    await h.resetStats();
    const r = await h.request(UpdateRcsSenderPrimedDocument, {
      input: { id: created.sender.id, details: { brand: { description: 'Primed' } } },
      id: created.sender.senderId,
    });
    expect(r.updateRcsSender).toEqual({
      __typename: 'UpdateRcsSenderSuccess',
      sender: {
        state: 'DRAFT',
        project: { rcsSender: { id: created.sender.id, brand: { description: 'Primed' } } },
      },
    });
    expect(await calls(h)).toEqual({ RcsSendersController_updateSender_v1: 1 });
  });
});
