// Every error branch of createRcsSender, updateRcsSender and launchRcsSender, driven by real sandbox states
// (or fault rules for 429/5xx), through GraphQL over HTTP. Invalid input must cost zero upstream calls.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, seedSenderId } from '../../../src/sandbox/index.ts';
import { encodeSenderId } from '../../../src/schema/rcs-senders/ids.ts';
import {
  CreateRcsSenderDocument,
  LaunchRcsSenderDocument,
  UpdateRcsSenderDocument,
} from '../../generated/graphql.ts';
import { type GraphQLHarness, startGraphQLHarness } from '../../support/graphql.ts';
import { addFaults, calls, clearFaults } from './sandbox-control.ts';

let h: GraphQLHarness;
beforeAll(async () => {
  h = await startGraphQLHarness();
});
afterEach(async () => {
  await clearFaults(h);
});
afterAll(async () => {
  await h.close();
  expect(h.problems()).toEqual([]);
});

const P = DEMO.projectId;
const seeded = (key: string) => encodeSenderId(P, seedSenderId(P, key));
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const minimal = { projectId: P, region: 'EU', billingCategory: 'CONVERSATIONAL', useCase: 'OTP' } as const;

describe('createRcsSender', () => {
  it('answers invalid input with ValidationError and makes no upstream call', async () => {
    await h.resetStats();
    const r = await h.request(CreateRcsSenderDocument, {
      input: {
        ...minimal,
        region: 'UNRECOGNIZED',
        details: { brand: { color: 'red', emails: [{ address: 'nope' }] }, testNumbers: ['0701234567'] },
      },
    });
    expect(r.createRcsSender).toEqual({
      __typename: 'ValidationError',
      code: 'invalid_input',
      message: 'The input is invalid; see fieldErrors.',
      fieldErrors: [
        { path: ['input', 'region'], message: 'Must be one of BR, EU, US.' },
        { path: ['input', 'details', 'brand', 'color'], message: 'Must be a colour in the form #RRGGBB.' },
        {
          path: ['input', 'details', 'brand', 'emails', '0', 'address'],
          message: 'Must be an e-mail address.',
        },
        {
          path: ['input', 'details', 'testNumbers', '0'],
          message: 'Must be an E.164 phone number such as +46123123111.',
        },
      ],
    });
    expect((await h.stats()).total).toBe(0);
  });

  it('maps an upstream 400 (a number the upstream cannot invite) to ValidationError naming the number', async () => {
    const r = await h.request(CreateRcsSenderDocument, {
      input: { ...minimal, details: { testNumbers: ['+99912345678'] } },
    });
    expect(r.createRcsSender).toMatchObject({
      __typename: 'ValidationError',
      code: 'add_test_number_invalid',
      fieldErrors: [
        {
          path: ['input', 'details', 'testNumbers', '0'],
          message: 'Invalid phone number. Please verify that phone number is correct.',
        },
      ],
    });
  });

  it('maps 429 to RateLimitedError with Retry-After', async () => {
    await addFaults(h, [
      { match: { operationId: 'RcsSendersController_createSender_v1' }, status: 429, retryAfterSeconds: 17 },
    ]);
    const r = await h.request(CreateRcsSenderDocument, { input: minimal });
    expect(r.createRcsSender).toMatchObject({
      __typename: 'RateLimitedError',
      code: 'rbm_too_many_requests',
      retryAfterSeconds: 17,
    });
  });

  it('turns a project without RCS (403) into a FORBIDDEN error, not data', async () => {
    const r = await h.raw(
      CreateRcsSenderDocument,
      { input: { ...minimal, projectId: 'rcs-disabled-project' } },
      {
        authorization: `Basic ${Buffer.from('disabled-key:disabled-secret').toString('base64')}`,
      },
    );
    expect(r.data?.createRcsSender).toBeNull();
    expect(r.errors.map((e) => e.extensions)).toEqual([
      { code: 'FORBIDDEN', upstreamCode: 'rbm_has_not_been_used' },
    ]);
  });
});

describe('updateRcsSender', () => {
  it('refuses null where the upstream cannot delete, and a missing projectId, without upstream calls', async () => {
    await h.resetStats();
    const r = await h.request(UpdateRcsSenderDocument, {
      input: { id: seedSenderId(P, 'in-progress'), details: { brand: { name: null } } },
    });
    expect(r.updateRcsSender).toMatchObject({
      __typename: 'ValidationError',
      fieldErrors: [
        {
          path: ['input', 'projectId'],
          message: 'Required when the sender is given by its upstream id (not a global id).',
        },
      ],
    });
    const nulls = await h.request(UpdateRcsSenderDocument, {
      input: { id: seeded('in-progress'), details: { brand: { name: null } } },
    });
    expect(nulls.updateRcsSender).toMatchObject({
      __typename: 'ValidationError',
      fieldErrors: [
        {
          path: ['input', 'details', 'brand', 'name'],
          message: 'Cannot be deleted (null is not accepted here).',
        },
      ],
    });
    expect((await h.stats()).total).toBe(0);
  });

  it('maps upstream invalid_input to fieldErrors with paths into the input', async () => {
    const id = seeded('in-test-ready-us-fr');
    const pub = await h.request(UpdateRcsSenderDocument, {
      input: {
        id,
        details: {
          questionnaire: { us: { ownershipType: 'PUBLIC', legalForm: 'CORPORATION', stockSymbol: 'ACME' } },
        },
      },
    });
    expect(pub.updateRcsSender?.__typename).toBe('UpdateRcsSenderSuccess');
    // Valid on its own; invalid together with the stored stock fields, which only the upstream knows.
    const r = await h.request(UpdateRcsSenderDocument, {
      input: { id, details: { questionnaire: { us: { ownershipType: 'PRIVATE' } } } },
    });
    expect(r.updateRcsSender).toMatchObject({
      __typename: 'ValidationError',
      code: 'invalid_input',
      fieldErrors: [
        {
          path: ['input', 'details', 'questionnaire', 'us', 'stockExchange'],
          message:
            'details.questionnaire.us.answers.stockExchange must not be set when ownershipType is PRIVATE',
        },
        {
          path: ['input', 'details', 'questionnaire', 'us', 'stockSymbol'],
          message:
            'details.questionnaire.us.answers.stockSymbol must not be set when ownershipType is PRIVATE',
        },
      ],
    });
  });

  it('refuses an empty patch before the upstream could (no_fields_to_update); keeps the code of other 400s', async () => {
    await h.resetStats();
    const empty = await h.request(UpdateRcsSenderDocument, {
      input: { id: seeded('in-progress'), details: {} },
    });
    expect(empty.updateRcsSender).toMatchObject({
      __typename: 'ValidationError',
      code: 'invalid_input',
      fieldErrors: [
        {
          path: ['input', 'details'],
          message: 'Must change at least one field (set a value, or null to delete one).',
        },
      ],
    });
    expect((await h.stats()).total).toBe(0);
    const live = await h.request(UpdateRcsSenderDocument, {
      input: { id: seeded('launched'), details: { brand: { description: 'Too late' } } },
    });
    expect(live.updateRcsSender).toMatchObject({
      __typename: 'ValidationError',
      code: 'fields_not_updatable',
    });
  });

  it('maps 404s to NotFoundError with the resource id', async () => {
    const missing = await h.request(UpdateRcsSenderDocument, {
      input: { id: UNKNOWN, projectId: P, details: { countries: ['SE'] } },
    });
    expect(missing.updateRcsSender).toEqual({
      __typename: 'NotFoundError',
      code: 'sender_not_found',
      message: expect.any(String),
      resourceId: encodeSenderId(P, UNKNOWN),
    });
    // Re-listing a tester who declined is refused upstream with a 404 code of its own.
    const declined = await h.request(UpdateRcsSenderDocument, {
      input: {
        id: seeded('in-test-ready-gb-fr'),
        details: { testNumbers: ['+447700900121', '+447700900135'] },
      },
    });
    expect(declined.updateRcsSender).toMatchObject({
      __typename: 'NotFoundError',
      code: 'blocked_because_the_recipient_declined',
    });
  });

  it('maps 429 to RateLimitedError', async () => {
    await addFaults(h, [{ match: { operationId: 'RcsSendersController_updateSender_v1' }, status: 429 }]);
    const r = await h.request(UpdateRcsSenderDocument, {
      input: { id: seeded('in-progress'), details: { countries: ['SE'] } },
    });
    expect(r.updateRcsSender).toMatchObject({
      __typename: 'RateLimitedError',
      code: 'rbm_too_many_requests',
    });
  });
});

describe('launchRcsSender', () => {
  it('InvalidStateError carries the current state; LaunchPreconditionError the exact unmet list', async () => {
    await h.resetStats();
    const early = await h.request(LaunchRcsSenderDocument, { input: { id: seeded('in-progress') } });
    expect(early.launchRcsSender).toMatchObject({
      __typename: 'InvalidStateError',
      code: 'launch_invalid_agent_state',
      state: 'IN_PROGRESS',
    });
    expect(await calls(h)).toEqual({
      RcsSendersController_launchSender_v1: 1,
      RcsSendersController_getSender_v1: 1,
    });
    const gaps = await h.request(LaunchRcsSenderDocument, { input: { id: seeded('in-test-no-countries') } });
    expect(gaps.launchRcsSender).toMatchObject({
      __typename: 'LaunchPreconditionError',
      code: 'launch_precondition_failed',
      unmet: [
        'details.brand.bannerUrl is required for launch',
        'details.brand.logoUrl is required for launch',
        'details.countries is required for launch',
        'details.questionnaire.verification.answers.name is required for launch',
        'details.questionnaire.verification.answers.email is required for launch',
        'details.questionnaire.verification.answers.website is required for launch',
      ],
    });
  });

  it('NotFoundError for an unknown sender; RateLimitedError on 429', async () => {
    const r = await h.request(LaunchRcsSenderDocument, { input: { id: encodeSenderId(P, UNKNOWN) } });
    expect(r.launchRcsSender).toMatchObject({ __typename: 'NotFoundError', code: 'sender_not_found' });
    await addFaults(h, [
      { match: { operationId: 'RcsSendersController_launchSender_v1' }, status: 429, retryAfterSeconds: 3 },
    ]);
    const limited = await h.request(LaunchRcsSenderDocument, { input: { id: seeded('launched') } });
    expect(limited.launchRcsSender).toMatchObject({ __typename: 'RateLimitedError', retryAfterSeconds: 3 });
  });

  it('invalid input (no ValidationError in this union) is a BAD_USER_INPUT error; 5xx is masked', async () => {
    await h.resetStats();
    const bad = await h.raw(LaunchRcsSenderDocument, { input: { id: UNKNOWN } });
    expect(bad.data?.launchRcsSender).toBeNull();
    expect(bad.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await h.stats()).total).toBe(0);
    await addFaults(h, [{ match: { operationId: 'RcsSendersController_launchSender_v1' }, status: 500 }]);
    const failed = await h.raw(LaunchRcsSenderDocument, { input: { id: seeded('launched') } });
    expect(failed.data?.launchRcsSender).toBeNull();
    expect(failed.errors.map((e) => [e.message, e.extensions?.code])).toEqual([
      ['The upstream failed.', 'UPSTREAM_ERROR'],
    ]);
    expect(JSON.stringify(failed)).not.toContain(h.sandboxUrl);
  });

  it('a rejected caller credential is UNAUTHENTICATED', async () => {
    const r = await h.raw(
      LaunchRcsSenderDocument,
      { input: { id: seeded('launched') } },
      {
        authorization: `Basic ${Buffer.from('demo-key:wrong-secret').toString('base64')}`,
      },
    );
    expect(r.errors.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(JSON.stringify(r)).not.toContain('wrong-secret');
  });
});
