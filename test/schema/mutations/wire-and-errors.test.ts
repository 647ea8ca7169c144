import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ConflictError,
  InvalidStateError,
  LaunchPreconditionError,
  NotFoundError,
  RateLimitedError,
  ValidationError,
} from '../../../src/schema/errors.ts';
import {
  createBodyToWire,
  needsUsV2,
  updateBodyToWire,
} from '../../../src/schema/rcs-senders/inputs/to-wire.ts';
import { upstreamPathOf } from '../../../src/schema/upstream-error-details.ts';
import { toDomainError } from '../../../src/schema/upstream-errors.ts';
import {
  UpstreamAuthError,
  UpstreamBadRequestError,
  UpstreamConflictError,
  UpstreamError,
  UpstreamNotFoundError,
  UpstreamPreconditionError,
  UpstreamRateLimitError,
  UpstreamServerError,
  UpstreamTimeoutError,
} from '../../../src/upstream/errors.ts';

describe('input → wire', () => {
  it('update keeps explicit nulls and leaves absent keys absent', () => {
    const body = updateBodyToWire({
      brand: { name: 'Acme', emails: null, phones: [{ number: '+46123123111' }] },
      countries: null,
      questionnaire: {
        general: { optInDescription: null, triggerDescription: 'On order' },
        us: { taxId: null },
      },
    });
    expect(JSON.stringify(body)).toBe(
      JSON.stringify({
        details: {
          brand: { name: 'Acme', emails: null, phones: [{ number: '+46123123111', label: '' }] },
          countries: null,
          questionnaire: {
            general: { answers: { optInDescription: null, triggerDescription: 'On order' } },
            us: { answers: { taxId: null } },
          },
        },
      }),
    );
  });

  it('create drops nulls and wraps questionnaire answers', () => {
    const body = createBodyToWire({
      projectId: 'p',
      region: 'EU',
      billingCategory: 'CONVERSATIONAL',
      useCase: 'OTP',
      details: {
        brand: { name: null, websites: [{ label: 'Home', url: 'https://a.example' }] },
        testNumbers: null,
        questionnaire: { fr: { siren: '123456789', fullCompanyAddress: null }, gb: null },
      },
    });
    expect(body).toEqual({
      region: 'EU',
      billingCategory: 'CONVERSATIONAL',
      useCase: 'OTP',
      details: {
        brand: { websites: [{ label: 'Home', url: 'https://a.example' }] },
        questionnaire: { fr: { answers: { siren: '123456789' } } },
      },
    });
    expect(createBodyToWire({ projectId: 'p', region: 'US', billingCategory: 'X', useCase: 'OTP' })).toEqual({
      region: 'US',
      billingCategory: 'X',
      useCase: 'OTP',
    });
  });

  it('property: every key given on update reaches the wire with its value (null included), no other key does', () => {
    const value = fc.option(fc.string({ minLength: 1, maxLength: 8 }), { nil: null });
    const brandKeys = ['name', 'description', 'color', 'bannerUrl', 'logoUrl'] as const;
    const generalKeys = ['optInDescription', 'triggerDescription', 'optOutDescription'] as const;
    fc.assert(
      fc.property(
        fc.record(Object.fromEntries(brandKeys.map((k) => [k, value])), { requiredKeys: [] }),
        fc.record(Object.fromEntries(generalKeys.map((k) => [k, value])), { requiredKeys: [] }),
        fc.option(fc.constantFrom<string[]>(['SE'], ['FR', 'GB']), { nil: null }),
        fc.boolean(),
        (brand, general, countries, withCountries) => {
          const details = { brand, questionnaire: { general }, ...(withCountries ? { countries } : {}) };
          const wire = updateBodyToWire(details).details as Record<string, unknown>;
          expect(wire.brand).toEqual(brand);
          expect(Object.keys(wire.brand as object)).toEqual(Object.keys(brand));
          expect(wire.questionnaire).toEqual({ general: { answers: general } });
          expect('countries' in wire).toBe(withCountries);
          if (withCountries) expect(wire.countries).toEqual(countries);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('asks for the v2 US questionnaire only when US answers are sent', () => {
    expect(needsUsV2({ questionnaire: { us: { taxId: null } } })).toBe(true);
    expect(needsUsV2({ questionnaire: { general: {} } })).toBe(false);
    expect(needsUsV2({ countries: ['US'] })).toBe(false);
  });
});

const upstream = (Cls: typeof UpstreamError, status: number, errorCode: string, extra: object = {}) =>
  new Cls({ status, errorCode, message: `m:${errorCode}`, resolution: 'Do this.', ...extra });

const all = [
  ValidationError,
  NotFoundError,
  ConflictError,
  InvalidStateError,
  LaunchPreconditionError,
  RateLimitedError,
];

describe('toDomainError', () => {
  it('maps invalid_input with field paths taken from the upstream messages', () => {
    const err = upstream(UpstreamBadRequestError, 400, 'invalid_input', {
      additionalInformation: {
        validationErrors: [
          'details.brand.emails[1].address must be an email',
          'details.questionnaire.general.answers.optInDescription should not be empty',
          'validation.error',
        ],
      },
    });
    const mapped = toDomainError(err, { allowed: all });
    expect(mapped).toBeInstanceOf(ValidationError);
    expect((mapped as ValidationError).code).toBe('invalid_input');
    expect((mapped as ValidationError).message).toBe('m:invalid_input Do this.');
    expect((mapped as ValidationError).fieldErrors).toEqual([
      {
        path: ['input', 'details', 'brand', 'emails', '1', 'address'],
        message: 'details.brand.emails[1].address must be an email',
      },
      {
        path: ['input', 'details', 'questionnaire', 'general', 'optInDescription'],
        message: 'details.questionnaire.general.answers.optInDescription should not be empty',
      },
      { path: ['input'], message: 'validation.error' },
    ]);
    const renamed = toDomainError(
      upstream(UpstreamBadRequestError, 400, 'invalid_input', {
        additionalInformation: { validationErrors: ['testNumbers.0 must be a phone number'] },
      }),
      {
        allowed: all,
        fieldPath: (p) => (p[0] === 'testNumbers' ? ['input', 'numbers', ...p.slice(1)] : null),
      },
    ) as ValidationError;
    expect(renamed.fieldErrors[0]?.path).toEqual(['input', 'numbers', '0']);
    expect(upstreamPathOf('comment must be shorter')).toEqual(['comment']);
    expect(upstreamPathOf('-- not a path')).toBeNull();
    expect(upstreamPathOf('each value in details.testNumbers must be a valid phone number')).toEqual([
      'details',
      'testNumbers',
    ]);
  });

  it('keeps other 400 codes as ValidationError codes', () => {
    const mapped = toDomainError(upstream(UpstreamBadRequestError, 400, 'no_fields_to_update'), {
      allowed: all,
    });
    expect(mapped).toMatchObject({ code: 'no_fields_to_update', fieldErrors: [] });
    expect(mapped).toBeInstanceOf(ValidationError);
  });

  it('add_test_number_invalid names the number: as the upstream named it, else the only one, else the list', () => {
    const numbers = ['+46700000021', '+467000000221', '+46700000022'];
    const ctx = {
      allowed: all,
      testNumbers: { values: numbers, path: (i: number) => ['input', 'numbers', String(i)] },
    };
    const invalid = (extra: object = {}) =>
      upstream(UpstreamBadRequestError, 400, 'add_test_number_invalid', {
        message: 'Invalid phone number.',
        resolution: 'Please verify that phone number is correct.',
        ...extra,
      });
    const text = 'Invalid phone number. Please verify that phone number is correct.';
    // In the message (E.164, not a prefix of the longer number) or in additionalInformation (without "+").
    expect(
      (toDomainError(invalid({ message: 'Invalid phone number +46700000022.' }), ctx) as ValidationError)
        .fieldErrors,
    ).toEqual([
      {
        path: ['input', 'numbers', '2'],
        message: 'Invalid phone number +46700000022. Please verify that phone number is correct.',
      },
    ]);
    expect(
      (
        toDomainError(
          invalid({ additionalInformation: { invalidNumbers: ['467000000221'] } }),
          ctx,
        ) as ValidationError
      ).fieldErrors,
    ).toEqual([{ path: ['input', 'numbers', '1'], message: text }]);
    // Unnamed: the only number sent is the one; among several, the list itself.
    const one = { ...ctx, testNumbers: { ...ctx.testNumbers, values: ['+46700000021'] } };
    expect((toDomainError(invalid(), one) as ValidationError).fieldErrors).toEqual([
      { path: ['input', 'numbers', '0'], message: text },
    ]);
    expect((toDomainError(invalid(), ctx) as ValidationError).fieldErrors).toEqual([
      { path: ['input', 'numbers'], message: `${text} The upstream did not say which number.` },
    ]);
  });

  it('maps 404 with the resource id the code is about', () => {
    const ids = { sender: 'S', project: 'P', number: '+46123123111' };
    expect(
      toDomainError(upstream(UpstreamNotFoundError, 404, 'sender_not_found'), { allowed: all, ids }),
    ).toMatchObject({
      code: 'sender_not_found',
      resourceId: 'S',
    });
    expect(
      toDomainError(upstream(UpstreamNotFoundError, 404, 'user_is_not_tester_for_agent'), {
        allowed: all,
        ids,
      }),
    ).toMatchObject({ resourceId: '+46123123111' });
    expect(
      toDomainError(upstream(UpstreamNotFoundError, 404, 'account_not_found'), { allowed: all, ids }),
    ).toMatchObject({
      resourceId: 'P',
    });
  });

  it('maps 409, 412 and 429', () => {
    const state = toDomainError(upstream(UpstreamConflictError, 409, 'launch_invalid_agent_state'), {
      allowed: all,
      state: 'DRAFT',
    });
    expect(state).toBeInstanceOf(InvalidStateError);
    expect(state).toMatchObject({ code: 'launch_invalid_agent_state', state: 'DRAFT' });
    expect(
      toDomainError(upstream(UpstreamConflictError, 409, 'file_not_found'), { allowed: all }),
    ).toBeInstanceOf(ConflictError);
    const pre = toDomainError(
      upstream(UpstreamPreconditionError, 412, 'launch_precondition_failed', {
        additionalInformation: { validationErrors: ['details.countries is required for launch'] },
      }),
      { allowed: all },
    );
    expect(pre).toBeInstanceOf(LaunchPreconditionError);
    expect((pre as LaunchPreconditionError).unmet).toEqual(['details.countries is required for launch']);
    const limited = toDomainError(
      upstream(UpstreamRateLimitError, 429, 'rbm_too_many_requests', { retryAfterSeconds: 7 }),
      {
        allowed: all,
      },
    );
    expect(limited).toMatchObject({ code: 'rbm_too_many_requests', retryAfterSeconds: 7 });
  });

  it('passes what the union cannot carry through, for the request-level mapper', () => {
    const limited = upstream(UpstreamRateLimitError, 429, 'rbm_too_many_requests', { retryAfterSeconds: 3 });
    expect(toDomainError(limited, { allowed: [ValidationError, NotFoundError] })).toBe(limited);
    const conflict = upstream(UpstreamConflictError, 409, 'file_not_found');
    expect(toDomainError(conflict, { allowed: [NotFoundError] })).toBe(conflict);
  });

  it('never makes data of 401, 403, 5xx, timeouts or bugs: they pass through unchanged', () => {
    for (const err of [
      upstream(UpstreamAuthError, 401, 'unauthorized_error'),
      upstream(UpstreamError, 403, 'rbm_has_not_been_used'),
      upstream(UpstreamServerError, 500, 'internal_error'),
      new UpstreamTimeoutError({ errorCode: 'timeout', message: 'timed out' }),
      new TypeError('bug'),
    ]) {
      expect(toDomainError(err, { allowed: all })).toBe(err);
    }
  });

  it('never makes data of the auth server refusing our key, whatever status it answered', () => {
    for (const status of [400, 404, 429]) {
      const refused = upstream(UpstreamAuthError, status, 'invalid_client');
      expect(toDomainError(refused, { allowed: all })).toBe(refused);
    }
  });
});
