import { type ExecutionResult, GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Limits } from '../config.ts';
import type { Context } from '../context.ts';
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

export function useUpstreamCost(limits: Limits): Plugin<Context> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const estimate = estimateUpstreamCalls(
        args.schema,
        args.document,
        args.operationName,
        args.variableValues as Record<string, unknown> | null | undefined,
        { expectedTestNumbers: limits.expectedTestNumbers },
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
          // Only single results exist here (no subscriptions, no incremental delivery).
          if (Symbol.asyncIterator in result) return;
          const single = result as ExecutionResult;
          const cost: CostReport = { estimated: estimate.calls, actual: meter.made + meter.shared, budget };
          setResult({ ...single, extensions: { ...single.extensions, cost } });
        },
      };
    },
  };
}

function refusalOf(estimate: CostEstimate, limits: Limits): GraphQLError | undefined {
  if (estimate.badFirst !== undefined) {
    // A list argument out of range is refused like any other limit (HTTP 400, nothing runs); the
    // connection resolvers check it too, for callers that execute the schema without this plugin.
    return new GraphQLError(`\`first\` must be between 1 and 100, got ${estimate.badFirst}.`, {
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
