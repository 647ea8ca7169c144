import { GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.ts';
import { type EnumDocsTable, mirroredEnum, UNRECOGNIZED } from '../../src/schema/lib/enums.ts';
import { RCS_ENUM_DOCS } from '../../src/schema/rcs-senders/enums/docs.ts';
import { WHATSAPP_ENUM_DOCS } from '../../src/schema/whatsapp/enum-docs.ts';

// A mirrored enum is its entry in its folder's enum docs table: the schema's enum has exactly the entry's
// values and UNRECOGNIZED (the published schema sorts them); each described as the entry says, deprecated where it says.

const tables: [string, EnumDocsTable][] = [
  ['RCS', RCS_ENUM_DOCS],
  ['WhatsApp', WHATSAPP_ENUM_DOCS],
];

describe('enum docs tables', () => {
  for (const [channel, table] of tables) {
    it(`${channel}: every entry is a schema enum with its values, described and deprecated`, () => {
      expect(Object.keys(table).length).toBeGreaterThan(10);
      for (const [name, doc] of Object.entries(table)) {
        const type = schema.getType(name);
        expect(type, name).toBeInstanceOf(GraphQLEnumType);
        const values = (type as GraphQLEnumType).getValues();
        expect(type?.description, name).toBe(doc.about);
        expect(values.map((v) => v.name).sort()).toEqual([...Object.keys(doc.values), UNRECOGNIZED].sort());
        for (const v of values.filter((v) => v.name !== UNRECOGNIZED)) {
          expect(v.description, `${name}.${v.name}`).toBe((doc.values as Record<string, string>)[v.name]);
          const reason = (doc.deprecations as Record<string, string> | undefined)?.[v.name];
          expect(v.deprecationReason ?? undefined, `${name}.${v.name}`).toBe(reason);
        }
      }
    });
  }

  it('names the upstream deprecations the tables declare', () => {
    const billing = schema.getType('RcsBillingCategory') as GraphQLEnumType;
    expect(billing.getValue('BASIC_MESSAGE')?.deprecationReason).toBe(
      'Deprecated upstream: use NON_CONVERSATIONAL.',
    );
    const change = schema.getType('WhatsappSenderChangeStatus') as GraphQLEnumType;
    expect(change.getValue('MULTIPLE_WABA_ERROR')?.deprecationReason).toBe('Deprecated upstream.');
  });

  it('refuses an enum that has no entry in the table it names', () => {
    expect(() => mirroredEnum({} as EnumDocsTable, 'UndocumentedEnum')).toThrow(
      'mirroredEnum: no docs entry for enum UndocumentedEnum',
    );
  });
});
