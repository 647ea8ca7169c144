import { builder } from '../builder.ts';
import { UNRECOGNIZED } from '../lib/enums.ts';
import {
  RcsBrandRegistrationStatus,
  RcsCountryCode,
  RcsOperatorStatus,
  RcsSenderState,
} from '../rcs-senders/enums/types.ts';
import { RcsSenderEvent, type ResolvedSenderEvent } from './event-interfaces.ts';
import { bodyString } from './records.ts';

// The sender events, one type per trigger (the interface is in event-interfaces.ts).

export const RcsSenderStatusUpdated = builder
  .objectRef<ResolvedSenderEvent>('RcsSenderStatusUpdated')
  .implement({
    description: 'The sender changed state (RCS_SENDER_STATUS_UPDATED).',
    interfaces: [RcsSenderEvent],
    fields: (t) => ({
      previousState: t.field({
        type: RcsSenderState.ref,
        nullable: false,
        description: 'The state before (UNKNOWN when the delivery named none).',
        resolve: (e) => RcsSenderState.map(bodyString(e, 'previousState')) ?? 'UNKNOWN',
      }),
      currentState: t.field({
        type: RcsSenderState.ref,
        nullable: false,
        description: 'The state now (UNKNOWN when the delivery named none).',
        resolve: (e) => RcsSenderState.map(bodyString(e, 'currentState')) ?? 'UNKNOWN',
      }),
    }),
  });

const comment = { description: 'The note that came with it, if any.' };

export const RcsSenderOperatorStatusUpdated = builder
  .objectRef<ResolvedSenderEvent>('RcsSenderOperatorStatusUpdated')
  .implement({
    description: 'The launch status with one operator changed (RCS_SENDER_OPERATOR_STATUS_UPDATED).',
    interfaces: [RcsSenderEvent],
    fields: (t) => ({
      operator: t.string({
        nullable: false,
        description: 'The operator (free text, e.g. "Orange").',
        resolve: (e) => bodyString(e, 'operator') ?? '',
      }),
      operatorCountry: t.field({
        type: RcsCountryCode.ref,
        nullable: false,
        description: "The operator's country.",
        resolve: (e) => RcsCountryCode.map(bodyString(e, 'operatorCountry')) ?? UNRECOGNIZED,
      }),
      operatorPreviousStatus: t.field({
        type: RcsOperatorStatus.ref,
        nullable: false,
        description: 'The status with the operator before.',
        resolve: (e) => RcsOperatorStatus.map(bodyString(e, 'operatorPreviousStatus')) ?? UNRECOGNIZED,
      }),
      operatorCurrentStatus: t.field({
        type: RcsOperatorStatus.ref,
        nullable: false,
        description: 'The status with the operator now.',
        resolve: (e) => RcsOperatorStatus.map(bodyString(e, 'operatorCurrentStatus')) ?? UNRECOGNIZED,
      }),
      comment: t.string({ nullable: true, ...comment, resolve: (e) => bodyString(e, 'comment') }),
    }),
  });

export const RcsBrandRegistrationStatusUpdated = builder
  .objectRef<ResolvedSenderEvent>('RcsBrandRegistrationStatusUpdated')
  .implement({
    description:
      'The US brand registration process changed status (RCS_BRAND_REGISTRATION_PROCESS_STATUS_UPDATED).',
    interfaces: [RcsSenderEvent],
    fields: (t) => ({
      status: t.field({
        type: RcsBrandRegistrationStatus.ref,
        nullable: false,
        description: 'The status now.',
        resolve: (e) => RcsBrandRegistrationStatus.map(bodyString(e, 'status')) ?? UNRECOGNIZED,
      }),
      comment: t.string({ nullable: true, ...comment, resolve: (e) => bodyString(e, 'comment') }),
    }),
  });

export const RcsSenderCommentAdded = builder
  .objectRef<ResolvedSenderEvent>('RcsSenderCommentAdded')
  .implement({
    description:
      "A comment was added to the sender (RCS_SENDER_COMMENT_ADDED; its body is inferred from the other channels' comment callbacks: the contract has no schema for it).",
    interfaces: [RcsSenderEvent],
    fields: (t) => ({
      // Nullable like the optional `comment` of the operator and brand events: one selection may ask for
      // `comment` on all three, and GraphQL requires one type per response key.
      comment: t.string({
        nullable: true,
        description:
          'The comment text (null only when a delivery carried none, which the inferred body does not allow).',
        resolve: (e) => bodyString(e, 'comment'),
      }),
    }),
  });

export const RcsUnknownSenderEvent = builder
  .objectRef<ResolvedSenderEvent>('RcsUnknownSenderEvent')
  .implement({
    description:
      'A sender event of a type this version of the graph does not know (a newer upstream trigger), delivered as is.',
    interfaces: [RcsSenderEvent],
    fields: (t) => ({
      rawType: t.exposeString('rawType', { nullable: false, description: 'The type as Sinch sent it.' }),
    }),
  });
