import {
  createCounter,
  createHistogram,
  type FillLabelsFnParams,
  usePrometheus,
} from '@graphql-yoga/plugin-prometheus';
import { getOperationAST } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { Registry } from 'prom-client';

// The GraphQL side of /metrics: @graphql-yoga/plugin-prometheus with its request counter, duration
// histograms and the parse/validate/context/execute/subscribe split, with labels we choose: the operation's
// name (never the document text, never variables, never the URL, which can carry both in a GET) and type,
// and for the request counter its outcome (ok, or error when the result carries errors).

/** Distinct operation names kept as labels; later ones count as "Other" (names are the client's choice). */
export const MAX_OPERATION_NAMES = 500;
const MAX_NAME_CHARS = 100;

type Outcome = 'ok' | 'error';
type OperationLabels = { operationName: string; operationType: string };

type LabelParams = FillLabelsFnParams;

export interface GraphQLMetricsOptions {
  registry: Registry;
  /** Serve the registry at /metrics on the GraphQL port (false: a separate listener does). */
  endpoint: boolean;
}

export function graphqlMetricsPlugins(opts: GraphQLMetricsOptions): Plugin[] {
  const { registry } = opts;
  const names = new Set<string>();
  const nameLabel = (name: string | undefined): string => {
    if (name === undefined) return 'Anonymous';
    const short = name.slice(0, MAX_NAME_CHARS);
    if (names.has(short)) return short;
    if (names.size >= MAX_OPERATION_NAMES) return 'Other';
    names.add(short);
    return short;
  };
  // Per operation (the envelop context): the operation the request runs, and how it ended.
  const labelsOf = new WeakMap<object, OperationLabels>();
  const outcomes = new WeakMap<object, Outcome>();

  const operation = (params: LabelParams, context: unknown): OperationLabels => {
    const ctx = context as { params?: { operationName?: unknown } } | null;
    if (!params.document || !ctx) return { operationName: 'Unknown', operationType: 'unknown' };
    const cached = labelsOf.get(ctx);
    if (cached) return cached;
    const requested = ctx.params?.operationName;
    const op = getOperationAST(params.document, typeof requested === 'string' ? requested : undefined);
    const labels = { operationName: nameLabel(op?.name?.value), operationType: op?.operation ?? 'unknown' };
    labelsOf.set(ctx, labels);
    return labels;
  };
  const opLabels = ['operationName', 'operationType'] as const;

  const phase = <P extends string>(name: string, help: string, phases: [P, ...P[]]) =>
    createHistogram<P, 'operationName' | 'operationType'>({
      registry,
      histogram: { name, help, labelNames: opLabels },
      fillLabelsFn: (params, context) => operation(params, context),
      phases,
    });

  const recordOutcome: Plugin = {
    onExecute({ args }) {
      const ctx = args.contextValue as object;
      return {
        onExecuteDone({ result }) {
          if (!isAsyncIterable(result)) {
            outcomes.set(ctx, result.errors?.length ? 'error' : 'ok');
            return;
          }
          return {
            onNext({ result: next }) {
              if (next.errors?.length) outcomes.set(ctx, 'error');
            },
          };
        },
      };
    },
    onSubscribe({ args }) {
      const ctx = args.contextValue as object;
      return {
        onSubscribeResult({ result }) {
          if (!isAsyncIterable(result)) {
            if (result.errors?.length) outcomes.set(ctx, 'error');
            return;
          }
          return {
            onNext({ result: next }) {
              if (next.errors?.length) outcomes.set(ctx, 'error');
            },
          };
        },
      };
    },
  };

  return [
    // Before the prometheus plugin: its end-of-operation handlers read the outcome recorded here.
    recordOutcome,
    usePrometheus({
      registry,
      endpoint: opts.endpoint ? '/metrics' : false,
      metrics: {
        graphql_envelop_request: createCounter({
          registry,
          counter: {
            name: 'graphql_envelop_request',
            help: 'GraphQL operations executed (subscriptions counted when they end), by name, type and outcome.',
            labelNames: [...opLabels, 'outcome'],
          },
          fillLabelsFn: (params: LabelParams, context) => ({
            ...operation(params, context),
            outcome: outcomes.get(context as object) ?? 'ok',
          }),
          phases: ['execute', 'subscribe'],
        }),
        graphql_envelop_request_duration: phase(
          'graphql_envelop_request_duration',
          'Time of a GraphQL operation from parse to the end of execute',
          ['execute', 'subscribe'],
        ),
        graphql_envelop_phase_parse: phase(
          'graphql_envelop_phase_parse',
          'Time spent on running GraphQL "parse" function',
          ['parse'],
        ),
        graphql_envelop_phase_validate: phase(
          'graphql_envelop_phase_validate',
          'Time spent on running GraphQL "validate" function',
          ['validate'],
        ),
        graphql_envelop_phase_context: phase(
          'graphql_envelop_phase_context',
          'Time spent on building the GraphQL context',
          ['context'],
        ),
        graphql_envelop_phase_execute: phase(
          'graphql_envelop_phase_execute',
          'Time spent on running the GraphQL "execute" function',
          ['execute'],
        ),
        graphql_envelop_phase_subscribe: phase(
          'graphql_envelop_phase_subscribe',
          'Time spent on running the GraphQL "subscribe" function',
          ['subscribe'],
        ),
        // Without the `path` label: a path holds the client's aliases and list indices (unbounded).
        graphql_envelop_error_result: createCounter({
          registry,
          counter: {
            name: 'graphql_envelop_error_result',
            help: 'Errors in GraphQL results, by operation and the phase they came from',
            labelNames: [...opLabels, 'phase'],
          },
          fillLabelsFn: (params: LabelParams, context) => ({
            ...operation(params, context),
            phase: params.errorPhase ?? 'execute',
          }),
          phases: ['parse', 'validate', 'context', 'execute', 'subscribe'],
        }),
        // Without the `url` label: a GET's URL holds the document and its variables.
        graphql_yoga_http_duration: createHistogram({
          registry,
          histogram: {
            name: 'graphql_yoga_http_duration',
            help: 'Time spent on an HTTP request to /graphql, by operation, method and status code',
            labelNames: [...opLabels, 'method', 'statusCode'],
          },
          fillLabelsFn: (params: LabelParams & { request: Request; response: Response }) => ({
            operationName: nameLabel(params.operationName),
            operationType: params.operationType ?? 'unknown',
            method:
              params.request.method === 'GET' ? 'GET' : params.request.method === 'POST' ? 'POST' : 'other',
            statusCode: params.response.status,
          }),
          phases: ['request'],
        }),
        graphql_envelop_request_time_summary: false,
        graphql_envelop_deprecated_field: false,
        graphql_envelop_execute_resolver: false,
      },
    }),
  ];
}
