import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { type GraphQLError, getOperationAST } from 'graphql';
import { createYoga as createYogaServer, type Plugin } from 'graphql-yoga';
import type { PersistedDocumentsConfig } from './config/persisted-documents.ts';
import { DEFAULT_LIMITS, type Limits } from './config.ts';
import { type Context, createContext, type RequestDeps } from './context.ts';
import { corsFor, DEVELOPMENT_ORIGINS, type OriginPattern } from './http/cors.ts';
import { useGraphiQLCache } from './http/graphiql-cache.ts';
import type { Metrics } from './observability/metrics.ts';
import { useUpstreamCost } from './plugins/cost.ts';
import { useHygiene } from './plugins/hygiene.ts';
import { onEveryPayload, useIncrementalDelivery } from './plugins/incremental.ts';
import { useLimits } from './plugins/limits.ts';
import { usePersistedDocuments } from './plugins/persisted-documents.ts';
import { useRequestLog } from './plugins/request-log.ts';
import { mapExecutionError } from './request-errors.ts';
import type { LiveEventDeps } from './schema/events/deps.ts';
import { schema } from './schema/index.ts';

// The auth mode (serviceAuth, callerAuthorizationWins) and the call budget: RequestDeps, src/context.ts.
export interface YogaDeps extends RequestDeps, LiveEventDeps {
  /** Browser origins allowed by CORS; default: none in production, localhost and 127.0.0.1 (any port) otherwise. */
  readonly corsOrigins?: readonly OriginPattern[];
  /** Default project of the GraphiQL query (the embedded sandbox's demo project). */
  readonly defaultProjectId?: string;
  /** Headers GraphiQL starts with (e.g. a ready-to-use Authorization for a demo). */
  readonly graphiqlHeaders?: Record<string, string>;
  /** Production: masked errors never carry details, no field suggestions. Default false. */
  readonly production?: boolean;
  /** Introspection (and with it GraphiQL) on or off. Default on (config.ts says why). */
  readonly introspection?: boolean;
  /** Abuse limits; default DEFAULT_LIMITS. */
  readonly limits?: Limits;
  /** Trusted documents (PERSISTED_DOCUMENTS): ids accepted; with `only`, nothing else (and no GraphiQL). */
  readonly persistedDocuments?: PersistedDocumentsConfig;
  /** Prometheus metrics (METRICS); undefined: none. */
  readonly metrics?: Pick<Metrics, 'plugins'>;
  /** OpenTelemetry's operation and resolver spans (plugins/tracing.ts); unset when tracing is off. */
  readonly tracing?: Plugin;
  // Live events (events, webhookSecrets, publicUrl, testNumberPollMs, …): LiveEventDeps, src/schema/events/deps.ts.
}

/** GET requests (and simple-content-type POSTs) must carry this header: a browser cannot add it cross-site. */
export const CSRF_HEADER = 'x-graphql-csrf';

export const defaultQuery = (
  projectId: string,
) => `# A project's senders, their test numbers and each number's live capabilities.
query ProjectSenders {
  project(id: "${projectId}") {
    rcsSenders(first: 10) {
      totalCount
      nodes {
        id
        brand { name }
        state
        testNumbers {
          number
          state
          capabilities {
            __typename
            ... on RcsCapabilities { features }
            ... on RcsCapabilitiesUnavailable { code message }
          }
        }
        launchReadiness { ready missing { code } }
      }
    }
  }
}
`;

/**
 * Maps upstream faults to stable extensions.code (src/request-errors.ts) and logs, with the request id,
 * what an operator should see: internal faults at error with their stack, a project our own key cannot
 * reach at warn, a client's mistake (an unknown enum value, a malformed variable) at info in one short line.
 */
function useRequestErrors(deps: YogaDeps): Plugin<Context> {
  const mapErrors = (ctx: Context, errors: readonly GraphQLError[], mutation: boolean) =>
    errors.map((error) => {
      const mapped = mapExecutionError(error, {
        passthrough: ctx.auth.kind === 'passthrough',
        // A mutation field's own error is its write's: the input in it is the client's.
        write: mutation && error.path?.length === 1,
      });
      if (mapped.log) {
        const { level, msg, fields } = mapped.log;
        deps.logger[level]({ requestId: ctx.requestId, path: error.path?.join('.'), ...fields }, msg);
      }
      return mapped.error;
    });
  return {
    onExecute({ args }) {
      const ctx = args.contextValue as Context;
      const mutation = getOperationAST(args.document, args.operationName)?.operation === 'mutation';
      return {
        // A single result, or each payload of an incremental one (@defer/@stream) with its increments.
        onExecuteDone: ({ result, setResult }) =>
          onEveryPayload(result, setResult, (errors) => mapErrors(ctx, errors, mutation)),
      };
    },
    // Subscriptions: the same mapping for each event's result (an upstream call of a field selected below
    // the event) and for the result of a subscription refused at its start.
    onSubscribe({ args }) {
      const ctx = args.contextValue as Context;
      return {
        onSubscribeResult({ result, setResult }) {
          if (!(Symbol.asyncIterator in result)) {
            if (result.errors?.length) setResult({ ...result, errors: mapErrors(ctx, result.errors, false) });
            return;
          }
          return {
            onNext({ result: next, setResult: setNext }) {
              if (next.errors?.length) setNext({ ...next, errors: mapErrors(ctx, next.errors, false) });
            },
          };
        },
      };
    },
  };
}

export function createYoga(deps: YogaDeps) {
  const projectId = deps.defaultProjectId ?? 'your-project-id';
  const production = deps.production ?? false;
  const introspection = deps.introspection ?? true;
  const limits = deps.limits ?? DEFAULT_LIMITS;
  // Not with only trusted documents either (PERSISTED_DOCUMENTS_ONLY): GraphiQL sends documents of its own.
  const graphiql = introspection && !deps.persistedDocuments?.only;
  return createYogaServer<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    logging: false,
    // isDev (yoga's default: NODE_ENV=development) would put the original error and its stack in extensions.
    maskedErrors: production ? { isDev: false } : true,
    // The body limit is the limits plugin's (plugins/limits.ts): yoga's would stream every body.
    maxRequestBodySize: false,
    batching: false,
    cors: corsFor(deps.corsOrigins ?? (production ? [] : DEVELOPMENT_ORIGINS)),
    renderGraphiQL: renderGraphiQLLazily,
    // GraphiQL cannot work without introspection, so it is only served when introspection is on.
    graphiql: graphiql && {
      title: 'Sinch RCS senders — GraphQL',
      defaultQuery: defaultQuery(projectId),
      ...(deps.graphiqlHeaders ? { headers: JSON.stringify(deps.graphiqlHeaders, null, 2) } : {}),
    },
    plugins: [
      ...(deps.metrics?.plugins ?? []),
      useGraphiQLCache(),
      useVaryOrigin(),
      useRequestLog(deps.logger),
      useCSRFPrevention({ requestHeaders: [CSRF_HEADER, 'x-graphql-yoga-csrf'] }),
      ...(deps.persistedDocuments ? [usePersistedDocuments(deps.persistedDocuments)] : []),
      useLimits(limits),
      useUpstreamCost(limits),
      useHygiene({ suggestions: !production, introspection, details: !production }),
      useRequestErrors(deps),
      ...(deps.tracing ? [deps.tracing] : []),
      ...useIncrementalDelivery({ production }),
    ],
    context: ({ request }) => createContext(request, deps),
  });
}

/** CORS answers differ by Origin, so every response says so (a shared cache must not mix them up). */
function useVaryOrigin(): Plugin {
  return {
    onResponse({ response }) {
      const vary = response.headers.get('vary');
      if (!vary?.toLowerCase().includes('origin'))
        response.headers.set('vary', vary ? `${vary}, Origin` : 'Origin');
    },
  };
}

// GraphiQL, inlined from our own dependencies (no CDN), is a 9 MB bundle that costs ~80 MB of memory once
// loaded: load it on the first browser visit, not at start, so API-only deployments never pay for it.
let graphiql: Promise<typeof import('@graphql-yoga/render-graphiql')> | undefined;
async function renderGraphiQLLazily(
  options: Parameters<typeof import('@graphql-yoga/render-graphiql').renderGraphiQL>[0],
) {
  graphiql ??= import('@graphql-yoga/render-graphiql');
  return (await graphiql).renderGraphiQL(options);
}
