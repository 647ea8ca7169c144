import { builder } from '../builder.ts';
import { RcsSender, type SenderRecord } from './rcs-sender.ts';

// The launch precondition catalogue of docs/launch-preconditions.md, computed from the sender alone (no
// upstream call). Order is the catalogue order, which is also the order of the upstream 412's list.

export interface LaunchRequirement {
  code: string;
  message: string;
  /** Path in UpdateRcsSenderInput that fixes it. */
  field: string;
  /** The upstream path named in the 412's "<path> is required for launch". */
  upstreamPath: string;
}

type Bag = Readonly<Record<string, unknown>>;

/** Present = a non-empty string after trimming, or a non-empty array. */
function present(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  return Array.isArray(value) && value.length > 0;
}

const upperSnake = (key: string) => key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();

function requirement(code: string, upstreamPath: string, field: string): LaunchRequirement {
  return { code, upstreamPath, field, message: `${upstreamPath} is required for launch` };
}

function answerChecks(section: string, answers: Bag, keys: readonly string[]): LaunchRequirement[] {
  return keys
    .filter((key) => !present(answers[key]))
    .map((key) =>
      requirement(
        `QUESTIONNAIRE_${section.toUpperCase()}_${upperSnake(key)}`,
        `details.questionnaire.${section}.answers.${key}`,
        `details.questionnaire.${section}.${key}`,
      ),
    );
}

const US_ALWAYS = [
  'ownershipType',
  'legalForm',
  'companyLegalName',
  'brandName',
  'taxIdCountry',
  'taxId',
  'addressLine',
  'addressCity',
  'addressCountry',
  'addressPostalCode',
  'websiteUrl',
  'contactFirstName',
  'contactSurname',
] as const;

export function launchRequirements(sender: Pick<SenderRecord, 'details'>): LaunchRequirement[] {
  const details = (sender.details ?? {}) as Bag;
  const brand = (details.brand ?? {}) as Bag;
  const countries = Array.isArray(details.countries) ? (details.countries as string[]) : [];
  const questionnaire = (details.questionnaire ?? {}) as Readonly<
    Record<string, { answers?: Bag } | undefined>
  >;
  const answers = (section: string): Bag => questionnaire[section]?.answers ?? {};
  const missing: LaunchRequirement[] = [];

  if (!present(brand.name))
    missing.push(requirement('BRAND_NAME', 'details.brand.name', 'details.brand.name'));
  if (!present(brand.phones) && !present(brand.emails)) {
    missing.push(
      requirement('BRAND_CONTACT', 'details.brand.phones or details.brand.emails', 'details.brand.phones'),
    );
  }
  for (const [code, key] of [
    ['BRAND_BANNER_URL', 'bannerUrl'],
    ['BRAND_LOGO_URL', 'logoUrl'],
    ['BRAND_PRIVACY_POLICY_URL', 'privacyPolicyUrl'],
    ['BRAND_TERMS_OF_SERVICE_URL', 'termsOfServiceUrl'],
  ] as const) {
    if (!present(brand[key])) missing.push(requirement(code, `details.brand.${key}`, `details.brand.${key}`));
  }
  if (!present(countries)) missing.push(requirement('COUNTRIES', 'details.countries', 'details.countries'));

  missing.push(
    ...answerChecks('general', answers('general'), [
      'optInDescription',
      'triggerDescription',
      'interactionsDescription',
      'optOutDescription',
    ]),
  );
  missing.push(...answerChecks('verification', answers('verification'), ['name', 'email', 'website']));
  if (countries.includes('US'))
    missing.push(...answerChecks('verification', answers('verification'), ['phone']));
  if (countries.includes('GB')) {
    missing.push(
      ...answerChecks('gb', answers('gb'), [
        'brandIndustry',
        'companyLegalName',
        'companyRegistrationNumber',
        'fullCompanyAddress',
        'messagesVolume',
        'messagesFrequency',
      ]),
    );
  }
  if (countries.includes('FR'))
    missing.push(...answerChecks('fr', answers('fr'), ['fullCompanyAddress', 'siren']));
  if (countries.includes('US')) {
    const us = answers('us');
    const keys: string[] = [...US_ALWAYS];
    if (us.taxIdCountry === 'US') keys.push('addressState');
    if (us.ownershipType === 'PUBLIC') keys.push('stockExchange', 'stockSymbol');
    missing.push(...answerChecks('us', us, keys));
  }
  return missing;
}

export const RcsLaunchRequirement = builder.objectRef<LaunchRequirement>('RcsLaunchRequirement').implement({
  description: 'One unmet launch precondition.',
  fields: (t) => ({
    code: t.exposeString('code', {
      nullable: false,
      description:
        'Stable code, e.g. "BRAND_LOGO_URL", "COUNTRIES", "QUESTIONNAIRE_GENERAL_OPT_IN_DESCRIPTION".',
    }),
    message: t.exposeString('message', {
      nullable: false,
      description: 'The same wording as the upstream 412 entry: "<upstreamPath> is required for launch".',
    }),
    field: t.exposeString('field', {
      nullable: true,
      description: 'Path in UpdateRcsSenderInput that fixes it, e.g. "details.brand.logoUrl".',
    }),
    upstreamPath: t.exposeString('upstreamPath', {
      nullable: false,
      description: 'The upstream path the launch 412 names for it, e.g. "details.brand.logoUrl".',
    }),
  }),
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
