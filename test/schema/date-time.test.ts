// The DateTime scalar parses with the one strict parser (src/upstream/timestamp.ts), for client input and
// upstream values alike: the upstream's lower-case "t" is fine, impossible dates and times are not.
import { type GraphQLScalarType, Kind } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.ts';

const scalar = schema.getType('DateTime') as GraphQLScalarType;
const MESSAGE =
  'DateTime must be an ISO-8601 instant with an offset, such as "2024-05-01T12:00:00Z", naming a real date and time.';

describe('DateTime input (variables and literals)', () => {
  it.each([
    ['2023-01-19t13:11:08.204Z', '2023-01-19T13:11:08.204Z'],
    ['2023-01-19T13:11:08+02:00', '2023-01-19T11:11:08.000Z'],
    ['2023-01-19 13:11Z', '2023-01-19T13:11:00.000Z'],
    ['2024-02-29T23:59:59.999-0130', '2024-03-01T01:29:59.999Z'],
  ])('%s is %s', (value, iso) => {
    expect((scalar.parseValue(value) as Date).toISOString()).toBe(iso);
    expect((scalar.parseLiteral({ kind: Kind.STRING, value }) as Date).toISOString()).toBe(iso);
  });

  it.each([
    '2023-02-30T00:00:00Z',
    '2023-02-29T00:00:00Z',
    '2023-04-31T00:00:00Z',
    '2023-13-01T00:00:00Z',
    '2023-00-10T00:00:00Z',
    '2023-01-19T24:00:00Z',
    '2023-01-19T23:60:00Z',
    '2023-01-19T23:59:60Z',
    '2023-01-19T12:00:00+24:00',
    '2023-01-19T12:00:00+05:60',
    '2023-01-19T12:00:00',
    ' 2023-01-19T12:00:00Z',
    '2023-01-19',
  ])('%s is refused with the scalar message', (value) => {
    expect(() => scalar.parseValue(value)).toThrow(MESSAGE);
    expect(() => scalar.parseLiteral({ kind: Kind.STRING, value })).toThrow(MESSAGE);
  });

  it('refuses a non-string', () => {
    expect(() => scalar.parseValue(1_674_133_868_204)).toThrow(MESSAGE);
    expect(() => scalar.parseLiteral({ kind: Kind.INT, value: '1' })).toThrow(MESSAGE);
  });
});

describe('DateTime output (upstream values)', () => {
  it('is canonical for the upstream forms, and null for an impossible date', () => {
    expect(scalar.serialize('2023-01-19t13:11:08.204Z')).toBe('2023-01-19T13:11:08.204Z');
    expect(scalar.serialize('2023-01-19T13:11:08')).toBe('2023-01-19T13:11:08.000Z');
    expect(scalar.serialize('2023-02-30t00:00:00.000Z')).toBeNull();
    expect(scalar.serialize('2023-01-19T24:00:00Z')).toBeNull();
    expect(scalar.serialize(new Date('2023-01-19T13:11:08.204Z'))).toBe('2023-01-19T13:11:08.204Z');
  });
});
