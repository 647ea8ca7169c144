import { builder } from '../../builder.ts';
import { describedValues, describeEach, mirroredEnum } from '../../lib/enums.ts';
import { COUNTRY_NAMES } from './country-names.ts';
import { LAUNCH_COUNTRY_NOTES, RCS_ENUM_DOCS } from './docs.ts';
import * as V from './values.ts';

export const RcsSenderState = mirroredEnum(RCS_ENUM_DOCS, 'RcsSenderState');
export const RcsTestNumberState = mirroredEnum(RCS_ENUM_DOCS, 'RcsTestNumberState');
export const RcsOperatorStatus = mirroredEnum(RCS_ENUM_DOCS, 'RcsOperatorStatus');
export const RcsActivityType = mirroredEnum(RCS_ENUM_DOCS, 'RcsActivityType');
export const RcsRegion = mirroredEnum(RCS_ENUM_DOCS, 'RcsRegion');
export const RcsHostingRegion = mirroredEnum(RCS_ENUM_DOCS, 'RcsHostingRegion');
export const RcsBillingCategory = mirroredEnum(RCS_ENUM_DOCS, 'RcsBillingCategory');
export const RcsUseCase = mirroredEnum(RCS_ENUM_DOCS, 'RcsUseCase');
export const RcsFeature = mirroredEnum(RCS_ENUM_DOCS, 'RcsFeature');
export const RcsChannelStatus = mirroredEnum(RCS_ENUM_DOCS, 'RcsChannelStatus');
export const RcsBrandStatus = mirroredEnum(RCS_ENUM_DOCS, 'RcsBrandStatus');
export const RcsBrandRegistrationStatus = mirroredEnum(RCS_ENUM_DOCS, 'RcsBrandRegistrationStatus');
export const RcsCountryCode = mirroredEnum(RCS_ENUM_DOCS, 'RcsCountryCode');

// Input-only enums: a client can only send values the upstream accepts, so no UNRECOGNIZED.
export const RcsLaunchCountry = builder.enumType('RcsLaunchCountry', {
  description:
    'A country an RCS sender can be launched in (the 25 the upstream accepts, ISO-3166 alpha-2). Every launch needs the general and verification questionnaire sections; GB, FR and US need their own section too.',
  values: describedValues(
    describeEach(V.RCS_LAUNCH_COUNTRIES, (c) => `${COUNTRY_NAMES[c]}.${LAUNCH_COUNTRY_NOTES[c] ?? ''}`),
  ),
});
export const RcsSenderOrderField = builder.enumType('RcsSenderOrderField', {
  description: 'Column the sender list is sorted by (upstream sortColumn).',
  values: describedValues({
    CREATED: 'Creation time.',
    MODIFIED: 'Last modification time.',
    NAME: 'Brand name (details.brand.name).',
    STATE: 'Lifecycle state.',
  }),
});
export const OrderDirection = builder.enumType('OrderDirection', {
  description: 'Sort direction (upstream sortDirection).',
  values: describedValues({ ASC: 'Ascending: oldest, A first.', DESC: 'Descending: newest, Z first.' }),
});
export const RcsUsQuestionnaireVersion = builder.enumType('RcsUsQuestionnaireVersion', {
  description: 'Generation of the US questionnaire (upstream usQuestionnaireVersion v1 | v2).',
  values: {
    V1: {
      value: 'v1',
      description: 'The legacy US questions (ein, fullCompanyAddress, smsCampaign, free-text brandIndustry).',
      deprecationReason: 'Legacy upstream: use V2.',
    },
    V2: { value: 'v2', description: 'The current US "brand campaign" questions.' },
  } as const,
});
export const RcsUsBrandCampaignVersion = builder.enumType('RcsUsBrandCampaignVersion', {
  description:
    'Variant of the US v2 questions (upstream usQuestionnaireBrandCampaignVersion): decides whether addressState and the stock fields are asked.',
  values: describedValues({
    NON_US_PRIVATE: 'Private company with a non-US tax id: no addressState, no stock fields.',
    NON_US_PUBLIC: 'Listed CORPORATION with a non-US tax id: stock fields, no addressState.',
    US_PRIVATE: 'Private company with a US tax id (EIN): addressState, no stock fields.',
    US_PUBLIC: 'Listed CORPORATION with a US tax id (EIN): addressState and stock fields.',
  }),
});
