import {
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  visit,
} from 'graphql';
import type { Limits } from '../config.ts';
import { isIntrospectionDefinition, isIntrospectionRoot } from './introspection-scope.ts';
import { refusal } from './refusal.ts';

// Shape limits checked during validation, before any resolver runs: nesting depth (fragments expanded),
// aliases and directives (counted over the whole document, fragments included). Introspection is measured
// apart from the operation's own fields, so tooling's standard query (15 levels) fits, and has its own caps.

export interface DocumentDepth {
  /** Deepest nesting of the operation's own fields; `__schema`/`__type` subtrees are not counted. */
  depth: number;
  /** Deepest nesting of a path through `__schema`/`__type`, counted from the root. */
  introspectionDepth: number;
}

export function documentDepth(document: DocumentNode): DocumentDepth {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  }
  // Per selection set, the deepest path that stays outside introspection and the deepest one through it.
  // Both are independent of where the set is used, so a fragment is measured once.
  const memo = new Map<string, DocumentDepth>();
  const depthOf = (set: SelectionSetNode | undefined, stack: Set<string>): DocumentDepth => {
    const max: DocumentDepth = { depth: 0, introspectionDepth: 0 };
    if (!set) return max;
    for (const sel of set.selections) {
      let d: DocumentDepth = { depth: 0, introspectionDepth: 0 };
      if (sel.kind === Kind.FIELD) {
        const below = depthOf(sel.selectionSet, stack);
        if (isIntrospectionRoot(sel)) {
          d = { depth: 0, introspectionDepth: 1 + Math.max(below.depth, below.introspectionDepth) };
        } else {
          const through = below.introspectionDepth;
          d = { depth: 1 + below.depth, introspectionDepth: through > 0 ? 1 + through : 0 };
        }
      } else if (sel.kind === Kind.INLINE_FRAGMENT) d = depthOf(sel.selectionSet, stack);
      else {
        const name = sel.name.value;
        const known = memo.get(name);
        const fragment = fragments.get(name);
        if (known !== undefined) d = known;
        else if (fragment && !stack.has(name)) {
          // A cycle is reported by the standard NoFragmentCycles rule; here it just stops the walk.
          stack.add(name);
          d = depthOf(fragment.selectionSet, stack);
          stack.delete(name);
          memo.set(name, d);
        }
      }
      max.depth = Math.max(max.depth, d.depth);
      max.introspectionDepth = Math.max(max.introspectionDepth, d.introspectionDepth);
    }
    return max;
  };
  const max: DocumentDepth = { depth: 0, introspectionDepth: 0 };
  for (const def of document.definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION) continue;
    const d = depthOf(def.selectionSet, new Set());
    max.depth = Math.max(max.depth, d.depth);
    max.introspectionDepth = Math.max(max.introspectionDepth, d.introspectionDepth);
  }
  return max;
}

export interface ShapeCounts {
  /** Aliases of the operation's own fields. */
  aliases: number;
  /** Aliases on or inside `__schema`/`__type` (and in fragments on introspection types). */
  introspectionAliases: number;
  directives: number;
}

export function countAliasesAndDirectives(document: DocumentNode): ShapeCounts {
  const counts: ShapeCounts = { aliases: 0, introspectionAliases: 0, directives: 0 };
  // How many introspection scopes enclose the node being visited.
  let inIntrospection = 0;
  visit(document, {
    FragmentDefinition: {
      enter(node) {
        if (isIntrospectionDefinition(node)) inIntrospection++;
      },
      leave(node) {
        if (isIntrospectionDefinition(node)) inIntrospection--;
      },
    },
    Field: {
      enter(node) {
        if (isIntrospectionRoot(node)) inIntrospection++;
        if (node.alias) {
          if (inIntrospection > 0) counts.introspectionAliases++;
          else counts.aliases++;
        }
      },
      leave(node) {
        if (isIntrospectionRoot(node)) inIntrospection--;
      },
    },
    Directive() {
      counts.directives++;
    },
  });
  return counts;
}

export function documentLimitsRule(limits: Limits): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    Document: {
      enter(document) {
        for (const error of shapeRefusals(document, limits)) context.reportError(error);
        // Nothing below needs visiting: the counts above cover the whole document.
        return false;
      },
    },
  });
}

function shapeRefusals(document: DocumentNode, limits: Limits) {
  const errors = [];
  const { aliases, introspectionAliases, directives } = countAliasesAndDirectives(document);
  if (aliases > limits.maxAliases) {
    errors.push(refusal('aliases', `Too many aliases: ${aliases}, the limit is ${limits.maxAliases}.`));
  }
  // Each alias of an introspection list repeats the whole schema in the answer: the same cap, counted apart.
  if (introspectionAliases > limits.maxAliases) {
    errors.push(
      refusal(
        'aliases',
        `Too many aliases in introspection: ${introspectionAliases}, the limit is ${limits.maxAliases}.`,
      ),
    );
  }
  if (directives > limits.maxDirectives) {
    errors.push(
      refusal('directives', `Too many directives: ${directives}, the limit is ${limits.maxDirectives}.`),
    );
  }
  const { depth, introspectionDepth } = documentDepth(document);
  if (depth > limits.maxDepth) {
    errors.push(refusal('depth', `Query depth ${depth} exceeds the depth limit of ${limits.maxDepth}.`));
  }
  if (introspectionDepth > limits.maxIntrospectionDepth) {
    errors.push(
      refusal(
        'introspection depth',
        `Introspection depth ${introspectionDepth} exceeds the introspection depth limit of ${limits.maxIntrospectionDepth}.`,
      ),
    );
  }
  return errors;
}
