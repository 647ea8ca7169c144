import type { SchemaTypes } from '../builder.ts';

type Types = PothosSchemaTypes.ExtendDefaultTypes<SchemaTypes>;

/**
 * Optional text fields read as they are from an upstream object: one nullable String field per entry of
 * `docs` (field name → description), null where the upstream leaves the value out. For objects whose
 * profile is a run of such fields (an RCS brand, a WhatsApp business profile and its pending changes).
 */
export function optionalStrings<const K extends string, Shape extends { [F in K]?: string | null }>(
  t: PothosSchemaTypes.ObjectFieldBuilder<Types, Shape>,
  docs: Readonly<Record<K, string>>,
) {
  const field = (name: K, description: string) =>
    t.string({
      nullable: true,
      description,
      resolve: (parent) => (parent[name] as string | null | undefined) ?? null,
    });
  const names = Object.keys(docs) as K[];
  return Object.fromEntries(names.map((name) => [name, field(name, docs[name])])) as Record<
    K,
    ReturnType<typeof field>
  >;
}
