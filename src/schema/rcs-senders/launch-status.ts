import type {
  RcsCountryStatus as CountryStatusDto,
  RcsOperator as OperatorDto,
} from '../../upstream/types.ts';
import { builder } from '../builder.ts';
import { RcsCountryCode, RcsOperatorStatus } from './enums/types.ts';

// A sender's launch status by country and by operator (countryStatus): plain data on the sender DTO.

export const RcsOperator = builder.objectRef<OperatorDto>('RcsOperator').implement({
  description: 'Launch status with one mobile operator.',
  fields: (t) => ({
    name: t.exposeString('name', {
      nullable: false,
      description: 'Operator name (free text, e.g. "Orange", "EE").',
    }),
    status: t.field({
      nullable: false,
      type: RcsOperatorStatus.ref,
      description: 'Launch status with this operator.',
      resolve: (o) => RcsOperatorStatus.map(o.status) ?? 'UNRECOGNIZED',
    }),
    remark: t.exposeString('remark', {
      nullable: true,
      description: 'Note on the status, e.g. a rejection reason.',
    }),
    modifiedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the status last changed (modified); null when not reported.',
      resolve: (o) => o.modified ?? null,
    }),
  }),
});

export const RcsCountryStatus = builder.objectRef<CountryStatusDto>('RcsCountryStatus').implement({
  description: 'Launch status in one country, with the status of each operator there.',
  fields: (t) => ({
    country: t.field({
      nullable: false,
      type: RcsCountryCode.ref,
      description: 'The country (ISO-3166 alpha-2).',
      resolve: (c) => RcsCountryCode.map(c.country) ?? 'UNRECOGNIZED',
    }),
    status: t.field({
      nullable: false,
      type: RcsOperatorStatus.ref,
      description: 'Aggregate status in the country, over its operators.',
      resolve: (c) => RcsOperatorStatus.map(c.status) ?? 'UNRECOGNIZED',
    }),
    operators: t.field({
      nullable: false,
      type: [RcsOperator],
      description: 'Status with each operator in the country.',
      resolve: (c) => c.operators ?? [],
    }),
  }),
});
