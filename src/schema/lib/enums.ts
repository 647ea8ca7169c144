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
 * A graph enum mirroring an upstream one: its values in the order of `values` (by default the docs' keys),
 * each described, plus UNRECOGNIZED for a value a newer upstream adds; `map` reads an upstream value.
 */
export function mirroredEnum<const K extends string>(
  name: string,
  description: string,
  docs: Readonly<Record<K, string>>,
  options: { values?: readonly K[]; deprecations?: Partial<Readonly<Record<K, string>>> } = {},
) {
  const values = options.values ?? (Object.keys(docs) as K[]);
  const ordered = Object.fromEntries(values.map((v) => [v, docs[v]])) as Record<K, string>;
  const ref = builder.enumType(name, {
    description,
    values: describedValues<K | typeof UNRECOGNIZED>(
      { ...ordered, [UNRECOGNIZED]: UNRECOGNIZED_DOC } as Record<K | typeof UNRECOGNIZED, string>,
      options.deprecations as Partial<Record<K | typeof UNRECOGNIZED, string>>,
    ),
  });
  return { ref, map: openEnumMapper(name, values), values };
}
