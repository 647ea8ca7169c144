import { launchKeys, SECTION_NAMES } from '../../upstream/questionnaire/index.ts';
import type { SenderRecord } from './sender.ts';

// The launch precondition catalogue of docs/launch-preconditions.md, as pure functions: what a sender is
// missing (computed from the sender alone, no upstream call), and the same requirements read back from a
// launch's 412 list. One rule derives a requirement's code and input path from its upstream path, so the
// two can only agree. Order is the catalogue order, which is also the order of the upstream 412's list.
// Which questionnaire answers a launch needs comes from the answer tables (src/upstream/questionnaire/),
// which the sandbox's launch reads too.

export interface LaunchRequirement {
  code: string;
  message: string;
  /** Path in UpdateRcsSenderInput that fixes it; null when the requirement is not in the catalogue. */
  field: string | null;
  /** The upstream path named in the 412's "<path> is required for launch"; null when it names none. */
  upstreamPath: string | null;
}

type Bag = Readonly<Record<string, unknown>>;

const REQUIRED = ' is required for launch';
const CONTACT = 'details.brand.phones or details.brand.emails';
const upperSnake = (key: string) => key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();

/** The catalogue entry for an upstream path; null when the path follows none of its forms. */
export function requirementFor(upstreamPath: string): LaunchRequirement | null {
  const of = (code: string, field: string) => ({
    code,
    field,
    upstreamPath,
    message: `${upstreamPath}${REQUIRED}`,
  });
  if (upstreamPath === CONTACT) return of('BRAND_CONTACT', 'details.brand.phones');
  if (upstreamPath === 'details.countries') return of('COUNTRIES', 'details.countries');
  const brand = /^details\.brand\.(\w+)$/.exec(upstreamPath);
  if (brand?.[1]) return of(`BRAND_${upperSnake(brand[1])}`, upstreamPath);
  const answer = /^details\.questionnaire\.(\w+)\.answers\.(\w+)$/.exec(upstreamPath);
  if (answer?.[1] && answer[2]) {
    const [, section, key] = answer;
    return of(
      `QUESTIONNAIRE_${section.toUpperCase()}_${upperSnake(key)}`,
      `details.questionnaire.${section}.${key}`,
    );
  }
  return null;
}

/**
 * The upstream 412's list (additionalInformation.validationErrors), as requirements in its order. An entry
 * outside the catalogue (the published example is "validation.error") keeps its text, with code
 * UNRECOGNIZED and no input path.
 */
export function requirementsFromUpstream(entries: readonly string[]): LaunchRequirement[] {
  return entries.map((entry) => {
    const path = entry.endsWith(REQUIRED) ? entry.slice(0, -REQUIRED.length) : null;
    const known = path ? requirementFor(path) : null;
    if (known) return { ...known, message: entry };
    return { code: 'UNRECOGNIZED', message: entry, field: null, upstreamPath: path };
  });
}

/** Present = a non-empty string after trimming, or a non-empty array. */
function present(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  return Array.isArray(value) && value.length > 0;
}

/** The upstream paths of every unmet precondition of a sender, in catalogue order. */
function missingPaths(sender: Pick<SenderRecord, 'details'>): string[] {
  const details = (sender.details ?? {}) as Bag;
  const brand = (details.brand ?? {}) as Bag;
  const countries = Array.isArray(details.countries) ? (details.countries as string[]) : [];
  const questionnaire = (details.questionnaire ?? {}) as Readonly<
    Record<string, { answers?: Bag } | undefined>
  >;
  const answers = (section: string): Bag => questionnaire[section]?.answers ?? {};
  const unanswered = (section: string, keys: readonly string[]) =>
    keys
      .filter((key) => !present(answers(section)[key]))
      .map((key) => `details.questionnaire.${section}.answers.${key}`);
  const paths: string[] = [];
  if (!present(brand.name)) paths.push('details.brand.name');
  if (!present(brand.phones) && !present(brand.emails)) paths.push(CONTACT);
  for (const key of ['bannerUrl', 'logoUrl', 'privacyPolicyUrl', 'termsOfServiceUrl']) {
    if (!present(brand[key])) paths.push(`details.brand.${key}`);
  }
  if (!present(countries)) paths.push('details.countries');
  for (const section of SECTION_NAMES) {
    paths.push(...unanswered(section, launchKeys(section, countries, answers(section))));
  }
  return paths;
}

/** What a sender is missing for a launch, worded as the upstream's 412 list would word it. */
export function launchRequirements(sender: Pick<SenderRecord, 'details'>): LaunchRequirement[] {
  return requirementsFromUpstream(missingPaths(sender).map((path) => `${path}${REQUIRED}`));
}
