import {
  type GraphQLArgument,
  type GraphQLNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  isUnionType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.ts';

// Issue #3: GraphiQL is the documentation, so every type, field, argument and enum value a client can see
// carries a description. Left out: GraphQL's built-ins, and the federation plumbing the federation plugin
// generates (`_entities`, `_service` and their types), which routers read, not people.

const FEDERATION_TYPES = new Set(['_Any', '_Entity', '_Service']);
const FEDERATION_FIELDS = new Set(['Query._entities', 'Query._service']);

function described(description: string | null | undefined): boolean {
  return typeof description === 'string' && description.trim() !== '';
}

function argumentOffenders(owner: string, args: readonly GraphQLArgument[]): string[] {
  return args.filter((arg) => !described(arg.description)).map((arg) => `${owner}(${arg.name}:)`);
}

function offendersOf(type: GraphQLNamedType): string[] {
  const offenders: string[] = described(type.description) ? [] : [type.name];
  if (isObjectType(type) || isInterfaceType(type)) {
    for (const field of Object.values(type.getFields())) {
      const path = `${type.name}.${field.name}`;
      if (FEDERATION_FIELDS.has(path)) continue;
      if (!described(field.description)) offenders.push(path);
      offenders.push(...argumentOffenders(path, field.args));
    }
  } else if (isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) {
      if (!described(field.description)) offenders.push(`${type.name}.${field.name}`);
    }
  } else if (isEnumType(type)) {
    for (const value of type.getValues()) {
      if (!described(value.description)) offenders.push(`${type.name}.${value.name}`);
    }
  }
  return offenders;
}

function ownTypes(): GraphQLNamedType[] {
  return Object.values(schema.getTypeMap()).filter(
    (type) => !isIntrospectionType(type) && !isSpecifiedScalarType(type) && !FEDERATION_TYPES.has(type.name),
  );
}

describe('schema descriptions', () => {
  it('describes every type, field, argument and enum value outside the built-ins and federation plumbing', () => {
    const offenders = ownTypes().flatMap(offendersOf).sort();
    expect(offenders).toEqual([]);
  });

  it('walks the whole graph, relay-generated and enum types included (the check is not vacuous)', () => {
    const names = ownTypes().map((type) => type.name);
    expect(names).toEqual(
      expect.arrayContaining(['RcsSender', 'PageInfo', 'RcsSenderEdge', 'OrderDirection']),
    );
    expect(names).not.toContain('_Service');
    expect(names).not.toContain('String');
    expect(
      ownTypes()
        .filter(isUnionType)
        .map((u) => u.name),
    ).toContain('LaunchRcsSenderResult');
    const country = schema.getType('RcsCountryCode');
    expect(isEnumType(country) && country.getValue('SE')?.description).toBe('Sweden');
    const launchCountry = schema.getType('RcsLaunchCountry');
    expect(isEnumType(launchCountry) && launchCountry.getValue('FR')?.description).toBe(
      'France. Launching here needs the `fr` questionnaire section (fullCompanyAddress, siren).',
    );
  });

  it('marks exactly the upstream-deprecated fields and enum values with a deprecationReason', () => {
    const deprecated = ownTypes().flatMap((type) => {
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        return Object.values(type.getFields())
          .filter((field) => described(field.deprecationReason))
          .map((field) => `${type.name}.${field.name}`);
      }
      if (isEnumType(type)) {
        return type
          .getValues()
          .filter((value) => described(value.deprecationReason))
          .map((value) => `${type.name}.${value.name}`);
      }
      return [];
    });
    expect(deprecated.sort()).toEqual([
      'RcsBillingCategory.BASIC_MESSAGE',
      'RcsBillingCategory.CONVERSATIONAL_LEGACY',
      'RcsBillingCategory.SINGLE_MESSAGE',
      'RcsGbAnswers.campaignLength',
      'RcsGbAnswersInput.campaignLength',
      'RcsSender.callbackUrl',
      'RcsSender.conversationApiAppId',
      'RcsUsAnswers.ein',
      'RcsUsAnswers.fullCompanyAddress',
      'RcsUsAnswers.fullCompanyAddressMetadata',
      'RcsUsAnswers.smsCampaign',
      'RcsUsQuestionnaireVersion.V1',
      'WhatsappAccountDetails.companyLegalName',
      'WhatsappSenderChangeStatus.MULTIPLE_WABA_ERROR',
    ]);
  });
});
