import { describe, expect, it } from 'vitest';
import { parseUpstreamTimestamp, redactHeaders, redactSender, redactText } from '../../src/upstream/index.ts';
import { readExample } from '../support/upstream-fixtures.ts';

describe('parseUpstreamTimestamp', () => {
  it.each([
    ['2023-01-19t13:11:08.204Z', '2023-01-19T13:11:08.204Z'],
    ['2023-01-19T13:11:08.204Z', '2023-01-19T13:11:08.204Z'],
    ['2023-01-19T13:11:08Z', '2023-01-19T13:11:08.000Z'],
    ['2023-01-19T13:11Z', '2023-01-19T13:11:00.000Z'],
    ['2023-01-19T13:11:08.123456789z', '2023-01-19T13:11:08.123Z'],
    ['2023-01-19T13:11:08', '2023-01-19T13:11:08.000Z'],
    ['2023-01-19 13:11:08.5+02:00', '2023-01-19T11:11:08.500Z'],
    ['2023-01-19T13:11:08-0130', '2023-01-19T14:41:08.000Z'],
  ])('%s → %s', (input, iso) => {
    expect(parseUpstreamTimestamp(input)?.toISOString()).toBe(iso);
  });

  it.each([
    '',
    'garbage',
    '2023-01-19',
    '2023-02-30T00:00:00Z',
    '2023-13-01T00:00:00Z',
    '2023-01-19T24:00:00Z',
    '19/01/2023',
  ])('%j → null', (input) => {
    expect(parseUpstreamTimestamp(input)).toBeNull();
  });
});

describe('redaction', () => {
  it('redacts credential headers in objects and Headers', () => {
    expect(
      redactHeaders({
        Authorization: 'Basic abc',
        accept: 'application/json',
        cookie: 'c=1',
        'x-request-id': 'r',
      }),
    ).toEqual({
      Authorization: '[REDACTED]',
      accept: 'application/json',
      cookie: '[REDACTED]',
      'x-request-id': 'r',
    });
    expect(redactHeaders(new Headers({ authorization: 'Bearer t', 'user-agent': 'u' }))).toEqual({
      authorization: '[REDACTED]',
      'user-agent': 'u',
    });
  });

  it("redacts a sender's authToken at any depth without touching the original", () => {
    const sender = readExample<{ authToken?: string; authName?: string }>(
      'getSender.response.200.newInTest.json',
    );
    const original = JSON.stringify(sender);
    expect(typeof sender.authToken).toBe('string');
    const safe = redactSender({ page: [sender] });
    expect(safe.page[0]?.authToken).toBe('[REDACTED]');
    expect(safe.page[0]?.authName).toBe(sender.authName);
    expect(JSON.stringify(sender)).toBe(original);
    expect(JSON.stringify(safe)).not.toContain(`"${sender.authToken}"`);
  });

  it('redacts secrets inside free text', () => {
    expect(redactText('key s3cret-value leaked s3cret-value', ['s3cret-value', undefined, ''])).toBe(
      'key [REDACTED] leaked [REDACTED]',
    );
  });
});
