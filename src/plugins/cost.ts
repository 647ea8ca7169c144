import { type DocumentNode, type ExecutionResult, GraphQLError, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Limits } from '../config.ts';
import type { Context } from '../context.ts';
import { MAX_FIRST } from '../schema/lib/pagination.ts';
import { refusal } from './refusal.ts';
import { type CostEstimate, estimateUpstreamCalls } from './upstream-cost.ts';

// Cost control, the way APIs known for it do it (Shopify's requested vs actual query cost, GitHub's node
// limits from `first`): before execution, an operation whose estimate exceeds the upstream-call budget is
// refused with no call made (so are out-of-range page sizes and oversized list arguments, read from the
// same walk); every operation that runs is bounded by the request's call budget (ctx.meter), and every
// response reports `extensions.cost`: what was estimated, what was spent, and the budget.

/** `extensions.cost` of a response. */
export interface CostReport {
  /** The upstream-call estimate of the operation, before it ran. */
  estimated: number;
  /** Upstream calls the request spent: made, plus those that joined an identical call in flight. */
  actual: number;
  /** The most upstream calls the request may spend (MAX_UPSTREAM_CALLS). */
  budget: number;
}

/** Estimates kept per document (variable sets beyond this start the document's memo afresh). */
const MEMO_PER_DOCUMENT = 16;
/** Variables longer than this (as JSON) are estimated every time, not kept. */
const MEMO_KEY_CHARS = 4096;

export function useUpstreamCost(limits: Limits): Plugin<Context> {
  // The estimate depends only on the document, the operation and the variables. yoga hands the same parsed
  // document to every request with the same text (its parser cache), so a dashboard's repeated query is
  // walked once: estimates are kept per document object, a few variable sets each.
  const memo = new WeakMap<DocumentNode, Map<string, CostEstimate | undefined>>();
  const estimateOf = (
    schema: GraphQLSchema,
    document: DocumentNode,
    operationName: string | null | undefined,
    variables: Record<string, unknown> | null | undefined,
  ) => {
    const key = `${operationName ?? ''}\0${variables ? JSON.stringify(variables) : ''}`;
    let perDocument = memo.get(document);
    if (perDocument?.has(key)) return perDocument.get(key);
    const estimate = estimateUpstreamCalls(schema, document, operationName, variables, {
      expectedTestNumbers: limits.expectedTestNumbers,
    });
    if (key.length <= MEMO_KEY_CHARS) {
      if (!perDocument) {
        perDocument = new Map();
        memo.set(document, perDocument);
      }
      if (perDocument.size >= MEMO_PER_DOCUMENT) perDocument.clear();
      perDocument.set(key, estimate);
    }
    return estimate;
  };
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const estimate = estimateOf(
        args.schema,
        args.document,
        args.operationName,
        args.variableValues as Record<string, unknown> | null | undefined,
      );
      // No estimate: no operation to run or variables that do not coerce; execution stops before any field.
      if (!estimate) return;
      const meter = (args.contextValue as Partial<Context>).meter;
      const budget = meter?.budget ?? limits.maxUpstreamCalls;
      const refused = refusalOf(estimate, limits);
      if (refused) {
        setResultAndStopExecution({
          errors: [refused],
          extensions: { cost: { estimated: estimate.calls, actual: 0, budget } satisfies CostReport },
        });
        return;
      }
      if (!meter) return;
      return {
        onExecuteDone({ result, setResult }) {
          const report = (): CostReport => ({
            estimated: estimate.calls,
            actual: meter.made + meter.shared,
            budget,
          });
          // Incremental delivery (@defer/@stream): the last payload (hasNext: false) reports the cost, once
          // every deferred and streamed part has spent what it spends. (Subscriptions do not come here.)
          if (Symbol.asyncIterator in result) {
            return {
              onNext({ result: next, setResult: setNext }) {
                const payload = next as ExecutionResult & { hasNext?: boolean };
                if (payload.hasNext !== false) return;
                setNext({ ...payload, extensions: { ...payload.extensions, cost: report() } });
              },
            };
          }
          const single = result as ExecutionResult;
          setResult({ ...single, extensions: { ...single.extensions, cost: report() } });
        },
      };
    },
  };
}

function refusalOf(estimate: CostEstimate, limits: Limits): GraphQLError | undefined {
  if (estimate.badFirst !== undefined) {
    // A list argument out of range is refused like any other limit (HTTP 400, nothing runs); the
    // connection resolvers check it too, for callers that execute the schema without this plugin.
    return new GraphQLError(`\`first\` must be between 1 and ${MAX_FIRST}, got ${estimate.badFirst}.`, {
      extensions: { code: 'BAD_USER_INPUT', limit: 'list items', http: { status: 400, spec: false } },
    });
  }
  if (estimate.maxListItems > limits.maxListItems) {
    return refusal(
      'list items',
      `A list argument has ${estimate.maxListItems} items, the list items limit is ${limits.maxListItems}.`,
    );
  }
  if (estimate.calls > limits.maxUpstreamCalls) {
    return refusal(
      'upstream calls',
      `The operation is estimated at ${estimate.calls} upstream calls, the upstream calls limit is ${limits.maxUpstreamCalls}.`,
    );
  }
  return undefined;
}
