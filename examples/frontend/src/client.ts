import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { ClientError, GraphQLClient } from 'graphql-request';

// A typed client for the dashboard: one GraphQLClient per user session, every operation a generated typed
// document, and each answer returned whole — data (possibly partial), errors with their stable
// `extensions.code`, and the request id the server logged it under (quote it in a support ticket).

export interface GraphQLErrorShape {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

export interface Answer<T> {
  data: T | undefined;
  errors: GraphQLErrorShape[];
  requestId: string | null;
}

export interface ApiOptions {
  /** e.g. http://127.0.0.1:4000/graphql */
  url: string;
  /** `Basic base64(keyId:keySecret)` or `Bearer <token>` for the Sinch project; omit when the server has its own. */
  authorization?: string;
}

export function createApi({ url, authorization }: ApiOptions) {
  const client = new GraphQLClient(url, {
    // Partial data is normal (a field whose upstream call failed is null, with an error at its path):
    // keep both instead of throwing the data away.
    errorPolicy: 'all',
    headers: authorization ? { authorization } : {},
  });
  return async function run<T, V extends Record<string, unknown>>(
    document: TypedDocumentNode<T, V>,
    variables: V,
  ): Promise<Answer<T>> {
    try {
      const result = await client.rawRequest<T, V>(document as never, variables as never);
      return {
        data: result.data ?? undefined,
        errors: (result.errors ?? []) as GraphQLErrorShape[],
        requestId: result.headers.get('x-request-id'),
      };
    } catch (error) {
      // A refusal before execution (HTTP 400 for a limit or bad input, 401 without credentials) still has a
      // GraphQL body with coded errors; anything else (network down) is thrown on.
      if (!(error instanceof ClientError)) throw error;
      const { response } = error;
      return {
        data: (response.data as T | undefined) ?? undefined,
        errors: (response.errors ?? []) as GraphQLErrorShape[],
        requestId: (response.headers as Headers | undefined)?.get?.('x-request-id') ?? null,
      };
    }
  };
}

export type Api = ReturnType<typeof createApi>;
