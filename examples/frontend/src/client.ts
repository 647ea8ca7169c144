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
  /**
   * Send each operation as its id (`documentId`, the hash the client preset's persistedDocuments option put
   * in the document and in persisted-documents.json) instead of its text: what a server started with
   * PERSISTED_DOCUMENTS_ONLY=true requires. The server must have been given the same manifest.
   */
  persistedDocuments?: boolean;
}

/** The id the client preset embeds in a generated document (`__meta__.hash`, e.g. "sha256:ab12…"). */
export function documentIdOf(document: unknown): string {
  const id = (document as { __meta__?: { hash?: unknown } }).__meta__?.hash;
  if (typeof id !== 'string')
    throw new Error('not a persisted document: run codegen with persistedDocuments on');
  return id;
}

export function createApi({ url, authorization, persistedDocuments }: ApiOptions) {
  if (persistedDocuments) return createPersistedApi(url, authorization);
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

/**
 * The same answers, with the document sent by id: one POST of `{ documentId, variables }` (GraphQL over HTTP
 * persisted documents). graphql-request always sends the document's text, so this one is plain fetch.
 */
function createPersistedApi(url: string, authorization: string | undefined) {
  return async function run<T, V extends Record<string, unknown>>(
    document: TypedDocumentNode<T, V>,
    variables: V,
  ): Promise<Answer<T>> {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(authorization ? { authorization } : {}),
      },
      body: JSON.stringify({ documentId: documentIdOf(document), variables }),
    });
    // A refusal (an unknown id after a deploy that changed the manifest: PERSISTED_DOCUMENT_NOT_FOUND) is a
    // 400 with a GraphQL body like any other; a body that is not JSON (a proxy's error page) is thrown on.
    const body = (await response.json()) as { data?: T | null; errors?: GraphQLErrorShape[] };
    return {
      data: body.data ?? undefined,
      errors: body.errors ?? [],
      requestId: response.headers.get('x-request-id'),
    };
  };
}
