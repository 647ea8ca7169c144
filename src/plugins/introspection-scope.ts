import {
  type DefinitionNode,
  type DocumentNode,
  type FieldNode,
  Kind,
  type Token,
  TokenKind,
  visit,
} from 'graphql';

// Which parts of a document are introspection: a `__schema` / `__type` field with everything below it, and
// fragments on the introspection types (`__Type`, `__Field`, …), which can only be spread inside one.
// GraphiQL's, codegen's and every gateway's standard introspection query is 15 levels deep, so the
// operation limits measure what is left; introspection has limits of its own (document-limits.ts).

/**
 * Tokens the parser may read beyond MAX_TOKENS, for introspection. `getIntrospectionQuery()` with every
 * option on is 184 tokens; this leaves room for a tool's own variant without making the cap open-ended.
 */
export const INTROSPECTION_TOKEN_ALLOWANCE = 1000;

export function isIntrospectionRoot(field: FieldNode): boolean {
  return field.name.value === '__schema' || field.name.value === '__type';
}

export function isIntrospectionDefinition(def: DefinitionNode): boolean {
  return def.kind === Kind.FRAGMENT_DEFINITION && def.typeCondition.name.value.startsWith('__');
}

/** Tokens the parser counted (comments, start and end of file are not), in `from`..`to` inclusive. */
function tokensBetween(from: Token, to: Token, into: Set<Token>): void {
  for (let token: Token | null = from; token; token = token.next) {
    if (token.kind !== TokenKind.COMMENT && token.kind !== TokenKind.SOF && token.kind !== TokenKind.EOF) {
      into.add(token);
    }
    if (token === to) return;
  }
}

/**
 * Tokens of the document outside introspection, counted the way the parser's `maxTokens` counts them. The
 * limits plugin parses with locations; a document without them cannot be measured, so it fails closed.
 */
export function operationTokenCount(document: DocumentNode): number {
  const loc = document.loc;
  if (!loc) return Number.POSITIVE_INFINITY;
  const all = new Set<Token>();
  tokensBetween(loc.startToken, loc.endToken, all);
  const introspection = new Set<Token>();
  visit(document, {
    FragmentDefinition(node) {
      if (!isIntrospectionDefinition(node)) return undefined;
      if (node.loc) tokensBetween(node.loc.startToken, node.loc.endToken, introspection);
      return false;
    },
    Field(node) {
      if (!isIntrospectionRoot(node)) return undefined;
      if (node.loc) tokensBetween(node.loc.startToken, node.loc.endToken, introspection);
      return false;
    },
  });
  return all.size - introspection.size;
}
