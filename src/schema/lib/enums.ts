import { createLogger, type Logger } from '../../log.ts';
import { builder } from '../builder.ts';

// The graph's enums that mirror upstream ones, for every channel: an unknown upstream value reads as
// UNRECOGNIZED (logged once) instead of failing the response.

export const UNRECOGNIZED = 'UNRECOGNIZED' as const;

export const UNRECOGNIZED_DOC =
  'A value a newer upstream sent that this version of the graph does not know (logged once). Never accepted as input.';

const loggedUnknown = new Set<string>();
/**
 * Where unknown upstream enum values are reported (once per enum and value per process): a warn line of
 * `logger`, the process's own (src/log.ts) unless the wiring hands it the configured one. A mapper runs in
 * a resolver without the request's context, hence one per process.
 */
export const enumWarnings: {
  logger: Logger;
  log: (entry: { enum: string; value: string }) => void;
} = {
  logger: createLogger('warn'),
  log: (entry) => enumWarnings.logger.warn(entry, 'unknown upstream enum value'),
};

/**
 * Maps an upstream value onto a GraphQL enum that mirrors it: known values pass through, anything else
 * (a value a newer upstream added) becomes UNRECOGNIZED instead of failing the response.
 */
export function openEnumMapper<const T extends readonly string[]>(name: string, known: T) {
  const set = new Set<string>(known);
  return (value: string | null | undefined): T[number] | typeof UNRECOGNIZED | null => {
    if (value === null || value === undefined) return null;
    if (set.has(value)) return value as T[number];
    const key = `${name}:${value}`;
    if (!loggedUnknown.has(key)) {
      loggedUnknown.add(key);
      enumWarnings.log({ enum: name, value });
    }
    return UNRECOGNIZED;
  };
}

/** Each value described by `text(value)`: a docs map for values the upstream lists without describing. */
export function describeEach<const T extends readonly string[]>(
  values: T,
  text: (value: T[number]) => string,
): Record<T[number], string> {
  return Object.fromEntries(values.map((v) => [v, text(v)])) as Record<T[number], string>;
}

type ValueConfigs<K extends string> = {
  [V in K]: { value: V; description: string; deprecationReason?: string };
};

/** Enum values with their descriptions (and upstream deprecations), keyed and valued by the value itself. */
export function describedValues<const K extends string>(
  docs: Readonly<Record<K, string>>,
  deprecations: Partial<Readonly<Record<K, string>>> = {},
): ValueConfigs<K> {
  const configs: Record<string, { value: string; description: string; deprecationReason?: string }> = {};
  for (const value of Object.keys(docs) as K[]) {
    const reason = deprecations[value];
    configs[value] = { value, description: docs[value], ...(reason ? { deprecationReason: reason } : {}) };
  }
  return configs as ValueConfigs<K>;
}

/**
 * What the Docs pane says of a mirrored enum: `about` the enum, each of its `values` in the upstream's
 * order (the keys are the values: each is written once), and the values the upstream deprecates.
 */
export interface EnumDoc<K extends string = string> {
  readonly about: string;
  readonly values: Readonly<Record<K, string>>;
  readonly deprecations?: Partial<Readonly<Record<K, string>>>;
}

/** A folder's enum docs, keyed by the GraphQL enum's name, as the mutation docs tables are. */
export type EnumDocsTable = Readonly<Record<string, EnumDoc>>;

/** The values of an enum's docs entry, in their order. */
export const valuesOf = <const K extends string>(doc: EnumDoc<K>): readonly K[] =>
  Object.keys(doc.values) as K[];

/**
 * The graph enum `name`, mirroring an upstream one, from its entry in its folder's docs table: its values
 * described, in order, plus UNRECOGNIZED for a value a newer upstream adds; `map` reads an upstream value.
 */
export function mirroredEnum<const T extends EnumDocsTable, N extends keyof T & string>(table: T, name: N) {
  type K = keyof T[N]['values'] & string;
  const doc = table[name] as EnumDoc<K> | undefined;
  if (!doc) throw new Error(`mirroredEnum: no docs entry for enum ${name}`);
  const values = valuesOf(doc);
  const ref = builder.enumType(name as string, {
    description: doc.about,
    values: describedValues<K | typeof UNRECOGNIZED>(
      { ...doc.values, [UNRECOGNIZED]: UNRECOGNIZED_DOC } as Record<K | typeof UNRECOGNIZED, string>,
      doc.deprecations as Partial<Record<K | typeof UNRECOGNIZED, string>>,
    ),
  });
  return { ref, map: openEnumMapper(name, values), values };
}
