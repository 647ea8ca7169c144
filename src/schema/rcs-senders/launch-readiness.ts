import type { FieldMap } from '@pothos/core';
import { builder } from '../builder.ts';
import { LaunchPreconditionError } from '../errors.ts';
import { type LaunchRequirement, launchRequirements, requirementsFromUpstream } from './launch-catalogue.ts';
import { RcsSender } from './sender.ts';

// The GraphQL side of the launch precondition catalogue (launch-catalogue.ts): RcsSender.launchReadiness,
// computed from the sender with no upstream call, and LaunchPreconditionError.requirements, read from a
// launch's 412. Both give each requirement with its input path and its upstream path.

export type { LaunchRequirement } from './launch-catalogue.ts';
export { launchRequirements } from './launch-catalogue.ts';

/** The fields of RcsLaunchRequirement, all strings, in print order. */
const REQUIREMENT_FIELDS: readonly {
  name: keyof LaunchRequirement;
  nullable: boolean;
  description: string;
}[] = [
  {
    name: 'code',
    nullable: false,
    description:
      'Stable code, e.g. "BRAND_LOGO_URL", "COUNTRIES", "QUESTIONNAIRE_GENERAL_OPT_IN_DESCRIPTION"; "UNRECOGNIZED" for an entry of a launch\'s 412 that is not in the catalogue.',
  },
  {
    name: 'message',
    nullable: false,
    description:
      'The same wording as the upstream 412 entry: "<upstreamPath> is required for launch" (the entry itself when read from a 412).',
  },
  {
    name: 'field',
    nullable: true,
    description:
      'Path in UpdateRcsSenderInput that fixes it, e.g. "details.brand.logoUrl". Null for an UNRECOGNIZED entry.',
  },
  {
    name: 'upstreamPath',
    nullable: true,
    description:
      'The upstream path the launch 412 names for it, e.g. "details.brand.logoUrl" (questionnaire answers keep the upstream\'s "answers" level: "details.questionnaire.general.answers.optInDescription"). Null when a 412 entry names no path.',
  },
];

export const RcsLaunchRequirement = builder.objectRef<LaunchRequirement>('RcsLaunchRequirement').implement({
  description: 'One unmet launch precondition.',
  fields: (t) => {
    const fields: FieldMap = {};
    for (const { name, nullable, description } of REQUIREMENT_FIELDS) {
      fields[name] = t.string({ nullable, description, resolve: (r) => r[name] });
    }
    return fields;
  },
});

export const RcsLaunchReadiness = builder
  .objectRef<{ missing: LaunchRequirement[] }>('RcsLaunchReadiness')
  .implement({
    description: 'Whether the sender meets the documented launch preconditions, and what is missing.',
    fields: (t) => ({
      ready: t.boolean({
        nullable: false,
        description: 'True when nothing is missing (`missing` is empty).',
        resolve: (r) => r.missing.length === 0,
      }),
      missing: t.field({
        type: [RcsLaunchRequirement],
        nullable: false,
        description: 'Every unmet precondition, in the order of the launch-precondition catalogue.',
        resolve: (r) => r.missing,
      }),
    }),
  });

builder.objectField(RcsSender, 'launchReadiness', (t) =>
  t.field({
    type: RcsLaunchReadiness,
    nullable: false,
    description:
      'Computed here from the sender by the documented launch preconditions (no upstream call), so a client can show what is missing before it tries launchRcsSender. The state check (launch only from IN_TEST, LAUNCHING, LAUNCHED, UNLAUNCHED) is not a precondition and not part of this.',
    resolve: (s) => ({ missing: launchRequirements(s) }),
  }),
);

builder.objectField(LaunchPreconditionError, 'requirements', (t) =>
  t.field({
    type: [RcsLaunchRequirement],
    nullable: false,
    description:
      "The upstream's unmet preconditions (the `unmet` list) as requirements, in its order: code, message, `field` (the input path that fixes it) and `upstreamPath`, as RcsSender.launchReadiness.missing gives them.",
    resolve: (e) => requirementsFromUpstream(e.unmet),
  }),
);
