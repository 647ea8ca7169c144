import type { Context } from '../../context.ts';
import {
  type CapabilitiesKey,
  type CapabilitiesResult,
  capabilitiesKey,
  capabilitiesLoaderOptions,
  loadRcsTestNumberCapabilitiesByNumber,
} from '../../loaders/capabilities.ts';
import { builder } from '../builder.ts';
import { upstreamCost } from '../cost.ts';
import { RcsFeature, RcsTestNumberState } from './enums/types.ts';
import { RcsSender, type SenderRecord } from './sender.ts';

/** A test number in the context of its sender (the capabilities lookup needs both ids). */
export interface TestNumberRecord {
  readonly projectId: string;
  readonly senderId: string;
  readonly number: string;
  readonly state: string;
  readonly submitted?: string | null;
}

type Capabilities = Extract<CapabilitiesResult, { kind: 'capabilities' }>;
type Unavailable = Extract<CapabilitiesResult, { kind: 'unavailable' }>;

export const RcsCapabilities = builder.objectRef<Capabilities>('RcsCapabilities').implement({
  description: "RBM features the tester's device supports (live lookup).",
  fields: (t) => ({
    features: t.field({
      nullable: false,
      type: [RcsFeature.ref],
      description: 'The supported features (features), e.g. REVOCATION, ACTION_DIAL.',
      resolve: (c) => c.features.map((f) => RcsFeature.map(f) ?? 'UNRECOGNIZED'),
    }),
  }),
});

export const RcsCapabilitiesUnavailable = builder
  .objectRef<Unavailable>('RcsCapabilitiesUnavailable')
  .implement({
    description:
      'The upstream answered that no capabilities can be had for this number now (invite not accepted, declined, unreachable, not a tester, agent lookup failed).',
    fields: (t) => ({
      code: t.exposeString('code', {
        nullable: false,
        description: 'The upstream errorCode, e.g. "user_has_not_accepted_invite".',
      }),
      message: t.exposeString('message', {
        nullable: false,
        description: "The upstream's message and resolution, e.g. why the invite must be accepted first.",
      }),
    }),
  });

export const RcsCapabilitiesResult = builder.unionType('RcsCapabilitiesResult', {
  description:
    "The outcome of a capability lookup: the device's features, or why the upstream could not tell (an expected 404, as data).",
  types: [RcsCapabilities, RcsCapabilitiesUnavailable],
  resolveType: (value) => (value.kind === 'unavailable' ? RcsCapabilitiesUnavailable : RcsCapabilities),
});

export const RcsTestNumber = builder.objectRef<TestNumberRecord>('RcsTestNumber').implement({
  description: 'A tester device number of a sender, with its invite state.',
  fields: (t) => ({
    number: t.field({
      nullable: false,
      type: 'PhoneNumber',
      description: 'The tester number, E.164 (testNumberStates[].number).',
      resolve: (n) => n.number,
    }),
    state: t.field({
      nullable: false,
      type: RcsTestNumberState.ref,
      description: 'Invite state (testNumberStates[].state); VERIFIED numbers can receive test messages.',
      resolve: (n) => RcsTestNumberState.map(n.state) ?? 'UNRECOGNIZED',
    }),
    submittedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the number was submitted (invite sent).',
      resolve: (n) => n.submitted ?? null,
    }),
    capabilities: t.loadable({
      type: RcsCapabilitiesResult,
      nullable: true,
      description:
        'Live RBM capability lookup. One upstream call per (sender, number), batched and de-duplicated per request; a failure nulls this field only.',
      extensions: upstreamCost({ calls: 1 }),
      load: (keys: CapabilitiesKey[], ctx: Context) => loadRcsTestNumberCapabilitiesByNumber(ctx, keys),
      loaderOptions: capabilitiesLoaderOptions,
      resolve: (n, _args, ctx) => capabilitiesKey(ctx.authKey, n.projectId, n.senderId, n.number),
    }),
  }),
});

export function testNumbersOf(sender: SenderRecord): TestNumberRecord[] {
  return (sender.testNumberStates ?? []).map((s) => ({
    projectId: sender.projectId,
    senderId: sender.id,
    number: s.number,
    state: s.state,
    submitted: s.submitted,
  }));
}

builder.objectFields(RcsSender, (t) => ({
  testNumbers: t.field({
    nullable: false,
    type: [RcsTestNumber],
    description: "The sender's test numbers and their invite states (from the sender itself, no extra call).",
    // No call of its own, but the query cannot say how many there are: the estimate's expected size.
    extensions: upstreamCost({ calls: 0, size: 'expectedTestNumbers' }),
    resolve: (s) => testNumbersOf(s),
  }),
  testNumber: t.field({
    type: RcsTestNumber,
    nullable: true,
    description: 'One test number of the sender; null when it is not one.',
    args: {
      number: t.arg({
        type: 'PhoneNumber',
        required: true,
        description: 'The number in E.164 form, exactly as stored (e.g. "+46123123111").',
      }),
    },
    resolve: (s, args) => testNumbersOf(s).find((n) => n.number === args.number) ?? null,
  }),
}));
