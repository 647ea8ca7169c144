// What one GraphQL request spends upstream. Every logical upstream call the request makes is counted here
// by the client: `made` when it went out (or will), `shared` when it joined an identical call already in
// flight for another request. `budget` bounds made + shared: the call that would pass it fails fast with
// UpstreamBudgetExceededError and never reaches the upstream. The meter object is also the request's
// identity for fair sharing of upstream slots between requests.
import { type CallMeta, UpstreamBudgetExceededError } from './errors.ts';

export interface CallMeter {
  made: number;
  shared: number;
  /** Most logical upstream calls (made + shared) this request may make; Infinity: unbounded. */
  readonly budget: number;
}

export function createCallMeter(budget = Number.POSITIVE_INFINITY): CallMeter {
  return { made: 0, shared: 0, budget };
}

/** The error for one more call of a request whose budget is spent; undefined while calls are left. */
export function budgetSpent(meter: CallMeter, meta: CallMeta): UpstreamBudgetExceededError | undefined {
  if (meter.made + meter.shared < meter.budget) return undefined;
  return new UpstreamBudgetExceededError({
    ...meta,
    errorCode: 'budget_exceeded',
    message: `The request's upstream-call budget of ${meter.budget} is spent.`,
    budget: meter.budget,
  });
}
