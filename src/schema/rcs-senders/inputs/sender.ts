import { builder } from '../../builder.ts';
import type { Maybe } from '../../lib/validation.ts';
import { RcsBillingCategory, RcsLaunchCountry, RcsRegion, RcsUseCase } from '../enums/types.ts';
import {
  type FrAnswersInput,
  type GbAnswersInput,
  type GeneralAnswersInput,
  type QuestionnaireInput,
  RcsFrAnswersInput,
  RcsGbAnswersInput,
  RcsGeneralAnswersInput,
  RcsUsAnswersInput,
  RcsVerificationAnswersInput,
  type VerificationAnswersInput,
} from '../questionnaire/inputs.ts';
import { type BrandInput, RcsBrandInput } from './brand.ts';

// The mutation inputs. Patch semantics live in the argument objects graphql-js hands us: a key that is
// absent was not sent, a key whose value is null was sent as null. Nothing here fills in defaults, so that
// distinction survives until the wire mapping (to-wire.ts).

export interface SenderDetailsInput {
  brand?: Maybe<BrandInput>;
  testNumbers?: Maybe<string[]>;
  countries?: Maybe<string[]>;
  questionnaire?: Maybe<QuestionnaireInput>;
}
export interface CreateSenderInput {
  projectId: string;
  region: string;
  billingCategory: string;
  useCase: string;
  details?: Maybe<SenderDetailsInput>;
}
export interface UpdateSenderInput {
  id: string;
  projectId?: Maybe<string>;
  details: SenderDetailsInput;
}
export type { FrAnswersInput, GbAnswersInput, GeneralAnswersInput, VerificationAnswersInput };

const PROJECT_ID = 'The Sinch project id. Required when the sender is given by its upstream id.';
const SENDER_ID = "The sender's global id (RcsSender.id) or its upstream id (then projectId is required).";

export const RcsQuestionnaireInput = builder.inputType('RcsQuestionnaireInput', {
  description:
    'Launch questionnaire answers, by section. The sections needed depend on the launch countries (GB, FR, US); see Project.rcsQuestionnaire for the questions.',
  fields: (t) => ({
    general: t.field({
      type: RcsGeneralAnswersInput,
      description: 'General answers (details.questionnaire.general.answers); needed for every launch.',
    }),
    verification: t.field({
      type: RcsVerificationAnswersInput,
      description:
        'Verification contact (details.questionnaire.verification.answers); needed for every launch.',
    }),
    gb: t.field({
      type: RcsGbAnswersInput,
      description: 'GB answers (details.questionnaire.gb.answers); needed to launch in GB.',
    }),
    fr: t.field({
      type: RcsFrAnswersInput,
      description: 'FR answers (details.questionnaire.fr.answers); needed to launch in FR.',
    }),
    us: t.field({
      type: RcsUsAnswersInput,
      description: 'US v2 answers (details.questionnaire.us.answers); needed to launch in US.',
    }),
  }),
});

export const RcsSenderDetailsInput = builder.inputType('RcsSenderDetailsInput', {
  description:
    'Every writable detail of a sender. On update: an absent field is left alone, an explicit null deletes the value (testNumbers, countries, brand emails/phones/websites and every questionnaire answer).',
  fields: (t) => ({
    brand: t.field({
      type: RcsBrandInput,
      description: 'The agent profile (details.brand); the logo and banner are fetched and checked on write.',
    }),
    testNumbers: t.field({
      type: ['PhoneNumber'],
      description:
        'Test numbers in E.164, unique, at most 200. Each new number gets a tester invite (Google RBM caps invites at 20 per day and 200 in total). On update the list replaces the stored one.',
    }),
    countries: t.field({
      type: [RcsLaunchCountry],
      description:
        'Launch countries: at least one when given, unique. Editable even while LAUNCHING or LAUNCHED.',
    }),
    questionnaire: t.field({
      type: RcsQuestionnaireInput,
      description:
        'Launch questionnaire answers (details.questionnaire), by section; not required at create.',
    }),
  }),
});

export const CreateRcsSenderInput = builder.inputType('CreateRcsSenderInput', {
  description:
    'A new sender. Only region, billingCategory and useCase are required; details can be filled in now or later with updateRcsSender.',
  fields: (t) => ({
    projectId: t.id({ required: true, description: 'The Sinch project id.' }),
    region: t.field({
      type: RcsRegion.ref,
      required: true,
      description:
        'Region to provision in; must match the Conversation API app the sender will be linked to.',
    }),
    billingCategory: t.field({
      type: RcsBillingCategory.ref,
      required: true,
      description: 'Cannot be changed later.',
    }),
    useCase: t.field({
      type: RcsUseCase.ref,
      required: true,
      description: 'Cannot be changed later; decides the launch questionnaire.',
    }),
    details: t.field({ type: RcsSenderDetailsInput, description: 'Optional; can be filled in later.' }),
  }),
});

export const UpdateRcsSenderInput = builder.inputType('UpdateRcsSenderInput', {
  description: 'Patch semantics: an absent field is left alone; an explicit null deletes the value upstream.',
  fields: (t) => ({
    id: t.id({ required: true, description: SENDER_ID }),
    projectId: t.id({ description: PROJECT_ID }),
    details: t.field({
      type: RcsSenderDetailsInput,
      required: true,
      description:
        'The details to change: at least one effective field (a value, or null to delete one), else a ValidationError at input.details before any upstream call; while LAUNCHING or LAUNCHED only countries.',
    }),
  }),
});

export const LaunchRcsSenderInput = builder.inputType('LaunchRcsSenderInput', {
  description: 'The sender to launch (no other input: the launch covers every country in details.countries).',
  fields: (t) => ({
    id: t.id({ required: true, description: SENDER_ID }),
    projectId: t.id({ description: PROJECT_ID }),
  }),
});

export const AddRcsTestNumbersInput = builder.inputType('AddRcsTestNumbersInput', {
  description: 'Numbers to invite as testers of a sender.',
  fields: (t) => ({
    senderId: t.id({ required: true, description: SENDER_ID }),
    projectId: t.id({ description: PROJECT_ID }),
    numbers: t.field({
      type: ['PhoneNumber'],
      required: true,
      description:
        '1 to 200 unique E.164 numbers to invite. Re-adding a VERIFIED number resets it to UNVERIFIED and re-invites it.',
    }),
  }),
});

const numberInput = (name: string, description: string, what: string) =>
  builder.inputType(name, {
    description,
    fields: (t) => ({
      senderId: t.id({ required: true, description: SENDER_ID }),
      projectId: t.id({ description: PROJECT_ID }),
      number: t.field({ type: 'PhoneNumber', required: true, description: what }),
    }),
  });

export const DeleteRcsTestNumberInput = numberInput(
  'DeleteRcsTestNumberInput',
  'A test number to remove from a sender.',
  'The test number to remove (E.164).',
);
export const ResendRcsTestNumberInviteInput = numberInput(
  'ResendRcsTestNumberInviteInput',
  'A test number of a sender whose tester invite to send again.',
  'The test number to re-invite (E.164). A VERIFIED number goes back to UNVERIFIED.',
);

const COMMENT = 'The comment text, 1 to 65535 characters (Unicode code points, as the upstream counts them).';

export const AddRcsSenderCommentInput = builder.inputType('AddRcsSenderCommentInput', {
  description: 'A comment on a sender, for Sinch support and reviewers.',
  fields: (t) => ({
    senderId: t.id({ required: true, description: SENDER_ID }),
    projectId: t.id({ description: PROJECT_ID }),
    comment: t.string({ required: true, description: COMMENT }),
  }),
});

export const AddRcsAccountCommentInput = builder.inputType('AddRcsAccountCommentInput', {
  description: "A comment on the project's RCS account, for Sinch support.",
  fields: (t) => ({
    projectId: t.id({ required: true, description: 'The Sinch project id.' }),
    comment: t.string({ required: true, description: COMMENT }),
  }),
});
