import { createHash } from 'node:crypto';
import {
  type Attributes,
  context,
  type Context as OtelContext,
  type Span,
  SpanKind,
  SpanStatusCode,
  type TextMapGetter,
  type TextMapPropagator,
  type Tracer,
  trace,
} from '@opentelemetry/api';
import { ATTR_ERROR_TYPE } from '@opentelemetry/semantic-conventions';
import {
  defaultFieldResolver,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  getOperationAST,
  isObjectType,
  print,
} from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { declaredCost } from '../schema/cost.ts';

// Traces of GraphQL operations (docs/operations.md "Traces"), installed only when tracing is on: a SERVER
// span per executed operation, continuing the caller's W3C `traceparent`, and below it a span per call of a
// resolver that waits on the upstream (a field declaring an upstream cost, src/schema/cost.ts). The upstream
// client's attempts (src/observability/upstream-spans.ts) run inside the resolver span that made them.
// Attributes name the operation and fields, never a variable, an argument or the document's text.

/** Incubating in the semantic conventions (not in their stable entry point): copied, as they recommend. */
export const ATTR_GRAPHQL_OPERATION_NAME = 'graphql.operation.name';
export const ATTR_GRAPHQL_OPERATION_TYPE = 'graphql.operation.type';
/** SHA-256 (hex) of the document as received: the id GraphQL Code Generator gives a persisted document. */
export const ATTR_GRAPHQL_DOCUMENT_HASH = 'graphql.document.hash';
export const ATTR_GRAPHQL_FIELD_NAME = 'graphql.field.name';
export const ATTR_GRAPHQL_FIELD_PARENT_TYPE = 'graphql.field.parent_type';

interface Traced {
  tracer: Tracer;
  /** The operation span's context: the parent of its resolver spans. */
  context: OtelContext;
}

// Keyed by the GraphQL context of a traced operation. The resolvers are wrapped in the schema itself, which
// every server of the process shares: an untraced operation's resolvers find nothing here and run as is.
const operations = new WeakMap<object, Traced>();
const TRACED = Symbol('traced resolver');

const headerGetter: TextMapGetter<Headers> = {
  get: (headers, key) => headers.get(key) ?? undefined,
  keys: (headers) => [...headers.keys()],
};

export function useTracing(tracer: Tracer, propagator: TextMapPropagator): Plugin {
  return {
    onSchemaChange({ schema }) {
      wrapUpstreamResolvers(schema);
    },
    onExecute({ args, executeFn, setExecuteFn }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (!operation) return;
      const gqlContext = args.contextValue as { request?: Request; params?: { query?: unknown } };
      const headers = gqlContext.request?.headers;
      const parent =
        headers && typeof headers.get === 'function'
          ? propagator.extract(context.active(), headers, headerGetter)
          : context.active();
      const type = operation.operation;
      const name = operation.name?.value;
      const query = gqlContext.params?.query;
      const text = typeof query === 'string' ? query : print(args.document);
      const attributes: Attributes = {
        [ATTR_GRAPHQL_OPERATION_TYPE]: type,
        ...(name ? { [ATTR_GRAPHQL_OPERATION_NAME]: name } : {}),
        [ATTR_GRAPHQL_DOCUMENT_HASH]: createHash('sha256').update(text).digest('hex'),
      };
      const span = tracer.startSpan(
        name ? `${type} ${name}` : type,
        { kind: SpanKind.SERVER, attributes },
        parent,
      );
      const spanContext = trace.setSpan(parent, span);
      operations.set(args.contextValue as object, { tracer, context: spanContext });
      setExecuteFn((execArgs) => context.with(spanContext, () => executeFn(execArgs)));
      return {
        onExecuteDone({ result }) {
          if (!isAsyncIterable(result)) {
            if (result.errors?.length) span.setStatus({ code: SpanStatusCode.ERROR });
            span.end();
            return;
          }
          // Incremental delivery: the span lasts until the last payload.
          return {
            onNext({ result: next }) {
              if (next.errors?.length) span.setStatus({ code: SpanStatusCode.ERROR });
            },
            onEnd() {
              span.end();
            },
          };
        },
      };
    },
  };
}

/** Wraps, once, the resolver of every field that declares upstream calls. */
function wrapUpstreamResolvers(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const cost = declaredCost(field);
      if (!cost || cost.calls === 0) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      if ((resolve as { [TRACED]?: true })[TRACED]) continue;
      field.resolve = Object.assign(traced(resolve), { [TRACED]: true as const });
    }
  }
}

function traced(resolve: GraphQLFieldResolver<unknown, unknown>): GraphQLFieldResolver<unknown, unknown> {
  return (source, args, ctx, info) => {
    const op = operations.get(ctx as object);
    if (!op) return resolve(source, args, ctx, info);
    const span = op.tracer.startSpan(
      `${info.parentType.name}.${info.fieldName}`,
      {
        attributes: {
          [ATTR_GRAPHQL_FIELD_NAME]: info.fieldName,
          [ATTR_GRAPHQL_FIELD_PARENT_TYPE]: info.parentType.name,
        },
      },
      op.context,
    );
    let result: unknown;
    try {
      result = context.with(trace.setSpan(op.context, span), () => resolve(source, args, ctx, info));
    } catch (error) {
      end(span, error);
      throw error;
    }
    if (isPromiseLike(result)) {
      return result.then(
        (value) => {
          end(span, value);
          return value;
        },
        (error: unknown) => {
          end(span, error);
          throw error;
        },
      );
    }
    end(span, result);
    return result;
  };
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/** An error (thrown, or returned as the field's value) marks the span with its class name, never its message. */
function end(span: Span, outcome: unknown): void {
  if (outcome instanceof Error) {
    span.setAttribute(ATTR_ERROR_TYPE, /^\w{1,64}$/.test(outcome.name) ? outcome.name : '_OTHER');
    span.setStatus({ code: SpanStatusCode.ERROR });
  }
  span.end();
}
