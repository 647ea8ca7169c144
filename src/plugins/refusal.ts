import { GraphQLError } from 'graphql';

// Every abuse-limit refusal is a request error: HTTP 400 for `application/json` and
// `application/graphql-response+json` alike. `spec: false` keeps yoga from downgrading it to the 200 that
// the GraphQL-over-HTTP spec allows for ordinary validation errors under `application/json`.

export type LimitName =
  | 'depth'
  | 'introspection depth'
  | 'aliases'
  | 'directives'
  | 'tokens'
  | 'upstream calls'
  | 'list items'
  | 'request body'
  | 'batch';

export function refusal(limit: LimitName, message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: 'LIMIT_EXCEEDED',
      limit,
      http: { status: 400, spec: false },
    },
  });
}
