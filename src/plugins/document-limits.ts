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
import { refusal } from './refusal.ts';

// Shape limits checked during validation, before any resolver runs: nesting depth (fragments expanded),
// aliases and directives (counted over the whole document, fragments included).

/** Deepest field nesting of any operation; `__schema`/`__type` subtrees count like any other field. */
export function documentDepth(document: DocumentNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  }
  const memo = new Map<string, number>();
  const depthOf = (set: SelectionSetNode | undefined, stack: Set<string>): number => {
    if (!set) return 0;
    let max = 0;
    for (const sel of set.selections) {
      let d = 0;
      if (sel.kind === Kind.FIELD) d = sel.selectionSet ? 1 + depthOf(sel.selectionSet, stack) : 1;
      else if (sel.kind === Kind.INLINE_FRAGMENT) d = depthOf(sel.selectionSet, stack);
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
      if (d > max) max = d;
    }
    return max;
  };
  let max = 0;
  for (const def of document.definitions) {
    if (def.kind === Kind.OPERATION_DEFINITION) max = Math.max(max, depthOf(def.selectionSet, new Set()));
  }
  return max;
}

export function countAliasesAndDirectives(document: DocumentNode): { aliases: number; directives: number } {
  let aliases = 0;
  let directives = 0;
  visit(document, {
    Field(node) {
      if (node.alias) aliases++;
    },
    Directive() {
      directives++;
    },
  });
  return { aliases, directives };
}

export function documentLimitsRule(limits: Limits): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    Document: {
      enter(document) {
        const { aliases, directives } = countAliasesAndDirectives(document);
        if (aliases > limits.maxAliases) {
          context.reportError(
            refusal('aliases', `Too many aliases: ${aliases}, the limit is ${limits.maxAliases}.`),
          );
        }
        if (directives > limits.maxDirectives) {
          context.reportError(
            refusal(
              'directives',
              `Too many directives: ${directives}, the limit is ${limits.maxDirectives}.`,
            ),
          );
        }
        const depth = documentDepth(document);
        if (depth > limits.maxDepth) {
          context.reportError(
            refusal('depth', `Query depth ${depth} exceeds the depth limit of ${limits.maxDepth}.`),
          );
        }
        // Nothing below needs visiting: the counts above cover the whole document.
        return false;
      },
    },
  });
}
