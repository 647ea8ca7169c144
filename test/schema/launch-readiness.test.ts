import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../../src/sandbox/index.ts';
import { requirementsFromUpstream } from '../../src/schema/rcs-senders/launch-catalogue.ts';
import { launchRequirements } from '../../src/schema/rcs-senders/launch-readiness.ts';
import { LaunchRcsSenderDocument, SenderReadinessDocument } from '../generated/graphql.ts';
import { DEMO_AUTH } from '../support/credentials.ts';
import { type GraphQLHarness, startGraphQLHarness } from '../support/graphql.ts';

// launchReadiness is computed from the sender alone; the sandbox decides launches by its own code. For
// every seeded sender, a real launch (on a freshly reset sandbox) must agree: 412 exactly when not ready,
// and the 412's list names exactly the missing requirements' upstream paths, in order. The same launch
// through launchRcsSender gives LaunchPreconditionError.requirements equal to launchReadiness.missing
// (code, message, input path and upstream path), so a client sees both paths on both.

let h: GraphQLHarness;
beforeAll(async () => {
  h = await startGraphQLHarness();
});
afterAll(async () => {
  await h.close();
});
afterEach(() => {
  expect(h.problems()).toEqual([]);
});

describe('launchReadiness agrees with real launches', () => {
  it('for every seeded DEMO sender', async () => {
    await h.reset();
    const data = await h.request(SenderReadinessDocument, { projectId: DEMO.projectId, first: 100 });
    const senders = data.project.rcsSenders?.nodes ?? [];
    expect(senders.length).toBeGreaterThan(5);
    const outcomes: Record<string, number> = {};
    for (const s of senders) {
      await h.reset();
      const res = await fetch(
        `${h.sandboxUrl}/v1/projects/${DEMO.projectId}/rcs/senders/${s.senderId}/launch`,
        {
          method: 'POST',
          headers: { authorization: DEMO_AUTH },
        },
      );
      const body = (await res.json()) as {
        errorCode?: string;
        additionalInformation?: { validationErrors?: string[] };
      };
      outcomes[res.status] = (outcomes[res.status] ?? 0) + 1;
      if (res.status === 409) {
        // The state check comes first (launch only from IN_TEST, LAUNCHING, LAUNCHED, UNLAUNCHED).
        expect(body.errorCode).toBe('launch_invalid_agent_state');
        expect(['IN_TEST', 'LAUNCHING', 'LAUNCHED', 'UNLAUNCHED']).not.toContain(s.state);
        continue;
      }
      const expected = s.launchReadiness.missing.map((m) => `${m.upstreamPath} is required for launch`);
      if (res.status === 412) {
        expect(body.errorCode).toBe('launch_precondition_failed');
        expect({ sender: s.senderId, ready: s.launchReadiness.ready, missing: expected }).toEqual({
          sender: s.senderId,
          ready: false,
          missing: body.additionalInformation?.validationErrors ?? [],
        });
        await h.reset();
        const launched = await h.request(LaunchRcsSenderDocument, {
          input: { id: s.senderId, projectId: DEMO.projectId },
        });
        expect(launched.launchRcsSender).toMatchObject({ __typename: 'LaunchPreconditionError' });
        const error = launched.launchRcsSender as { unmet: string[]; requirements: unknown[] };
        expect({ sender: s.senderId, unmet: error.unmet, requirements: error.requirements }).toEqual({
          sender: s.senderId,
          unmet: expected,
          requirements: s.launchReadiness.missing,
        });
        expect(s.launchReadiness.missing.every((m) => m.field && m.upstreamPath)).toBe(true);
      } else {
        expect({ sender: s.senderId, status: res.status, ready: s.launchReadiness.ready }).toEqual({
          sender: s.senderId,
          status: 200,
          ready: true,
        });
      }
    }
    // The seed must exercise both sides, or this test proves nothing.
    expect(outcomes[200]).toBeGreaterThan(0);
    expect(outcomes[412]).toBeGreaterThan(0);
  });
});

describe('requirementsFromUpstream (unit)', () => {
  it('reads catalogue entries back with both paths, and keeps what it does not know', () => {
    expect(
      requirementsFromUpstream([
        'details.brand.phones or details.brand.emails is required for launch',
        'details.questionnaire.us.answers.taxId is required for launch',
        'details.launch.video is required for launch',
        'validation.error',
      ]),
    ).toEqual([
      {
        code: 'BRAND_CONTACT',
        message: 'details.brand.phones or details.brand.emails is required for launch',
        field: 'details.brand.phones',
        upstreamPath: 'details.brand.phones or details.brand.emails',
      },
      {
        code: 'QUESTIONNAIRE_US_TAX_ID',
        message: 'details.questionnaire.us.answers.taxId is required for launch',
        field: 'details.questionnaire.us.taxId',
        upstreamPath: 'details.questionnaire.us.answers.taxId',
      },
      {
        code: 'UNRECOGNIZED',
        message: 'details.launch.video is required for launch',
        field: null,
        upstreamPath: 'details.launch.video',
      },
      { code: 'UNRECOGNIZED', message: 'validation.error', field: null, upstreamPath: null },
    ]);
  });
});

describe('launchRequirements (unit)', () => {
  it('names every always-required item, in catalogue order, for an empty sender', () => {
    expect(launchRequirements({}).map((r) => r.code)).toEqual([
      'BRAND_NAME',
      'BRAND_CONTACT',
      'BRAND_BANNER_URL',
      'BRAND_LOGO_URL',
      'BRAND_PRIVACY_POLICY_URL',
      'BRAND_TERMS_OF_SERVICE_URL',
      'COUNTRIES',
      'QUESTIONNAIRE_GENERAL_OPT_IN_DESCRIPTION',
      'QUESTIONNAIRE_GENERAL_TRIGGER_DESCRIPTION',
      'QUESTIONNAIRE_GENERAL_INTERACTIONS_DESCRIPTION',
      'QUESTIONNAIRE_GENERAL_OPT_OUT_DESCRIPTION',
      'QUESTIONNAIRE_VERIFICATION_NAME',
      'QUESTIONNAIRE_VERIFICATION_EMAIL',
      'QUESTIONNAIRE_VERIFICATION_WEBSITE',
    ]);
  });

  it('adds US items by tax country and ownership, and treats blank strings as missing', () => {
    const details = {
      countries: ['US'],
      brand: { name: '  ', emails: [{ label: '', address: 'a@b.co' }] },
      questionnaire: { us: { answers: { taxIdCountry: 'US', ownershipType: 'PUBLIC' } } },
    };
    const codes = launchRequirements({ details } as never).map((r) => r.code);
    expect(codes).toContain('BRAND_NAME');
    expect(codes).not.toContain('BRAND_CONTACT');
    expect(codes).toContain('QUESTIONNAIRE_VERIFICATION_PHONE');
    expect(codes.filter((c) => c.startsWith('QUESTIONNAIRE_US_'))).toEqual([
      'QUESTIONNAIRE_US_LEGAL_FORM',
      'QUESTIONNAIRE_US_COMPANY_LEGAL_NAME',
      'QUESTIONNAIRE_US_BRAND_NAME',
      'QUESTIONNAIRE_US_TAX_ID',
      'QUESTIONNAIRE_US_ADDRESS_LINE',
      'QUESTIONNAIRE_US_ADDRESS_CITY',
      'QUESTIONNAIRE_US_ADDRESS_COUNTRY',
      'QUESTIONNAIRE_US_ADDRESS_POSTAL_CODE',
      'QUESTIONNAIRE_US_WEBSITE_URL',
      'QUESTIONNAIRE_US_CONTACT_FIRST_NAME',
      'QUESTIONNAIRE_US_CONTACT_SURNAME',
      'QUESTIONNAIRE_US_ADDRESS_STATE',
      'QUESTIONNAIRE_US_STOCK_EXCHANGE',
      'QUESTIONNAIRE_US_STOCK_SYMBOL',
    ]);
  });
});
