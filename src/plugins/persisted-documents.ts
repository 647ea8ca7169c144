import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { type PersistedDocumentsConfig, sha256OfId } from '../config/persisted-documents.ts';

// Trusted documents (docs/operations.md): a request names a document of the frontends' manifest by its id
// instead of sending the text. @graphql-yoga/plugin-persisted-operations does the work on HTTP (POST and
// GET, SSE included) in onParams, before anything is parsed; the WebSocket path (src/http/websocket.ts)
// has no onParams, so it asks trustedQuery() below, which applies the same rules.
//
// Accepted ids, all naming the document's SHA-256: `documentId: "sha256:<hex>"` (GraphQL over HTTP
// persisted documents, what the client preset emits), `documentId: "<hex>"`, and Apollo's APQ
// `extensions.persistedQuery: { version: 1, sha256Hash: "<hex>" }`; on GET, `?documentId=` or
// `?extensions=`. Nothing is ever registered: an id not in the manifest is PERSISTED_DOCUMENT_NOT_FOUND.

export const PERSISTED_DOCUMENT_REQUIRED = 'PERSISTED_DOCUMENT_REQUIRED';
export const PERSISTED_DOCUMENT_NOT_FOUND = 'PERSISTED_DOCUMENT_NOT_FOUND';

const MESSAGES = {
  only: 'This server only runs trusted documents: send the id of a document of its manifest (documentId: "sha256:<hash>") instead of the document.',
  none: 'The request has no document: send a documentId ("sha256:<hash>") or a query.',
  notFound:
    "The documentId is not a document of this server's manifest (PERSISTED_DOCUMENTS): regenerate the client with the manifest the server was given, or give the server the client's.",
};

/** A 400 (`spec: false`: yoga must not downgrade it to a 200) with a stable code; `http` only over HTTP. */
function refusal(message: string, code: string, http: boolean): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code, ...(http ? { http: { status: 400, spec: false } } : {}) },
  });
}

interface Params {
  query?: unknown;
  extensions?: unknown;
  documentId?: unknown;
}

/** The id a request names (documentId, or the APQ hash), as sent; null when it names none. */
function idOf(params: Params, url?: string): string | null {
  if (typeof params.documentId === 'string') return params.documentId;
  // yoga's GET parser keeps only query/variables/operationName/extensions: read documentId off the URL.
  if (url?.includes('documentId=')) {
    const fromUrl = new URL(url).searchParams.get('documentId');
    if (fromUrl) return fromUrl;
  }
  const persistedQuery = (
    params.extensions as { persistedQuery?: { version?: unknown; sha256Hash?: unknown } }
  )?.persistedQuery;
  if (persistedQuery?.version === 1 && typeof persistedQuery.sha256Hash === 'string') {
    return persistedQuery.sha256Hash;
  }
  return null;
}

function documentOf(config: PersistedDocumentsConfig, id: string): string | null {
  const hash = sha256OfId(id);
  return (hash !== undefined && config.documents.get(hash)) || null;
}

export function usePersistedDocuments(config: PersistedDocumentsConfig): Plugin {
  return usePersistedOperations({
    allowArbitraryOperations: !config.only,
    extractPersistedOperationId: (params, request) => idOf(params as Params, request.url),
    getPersistedOperation: (id) => documentOf(config, id),
    customErrors: {
      persistedQueryOnly: () => refusal(MESSAGES.only, PERSISTED_DOCUMENT_REQUIRED, true),
      keyNotFound: () =>
        config.only
          ? refusal(MESSAGES.only, PERSISTED_DOCUMENT_REQUIRED, true)
          : refusal(MESSAGES.none, 'BAD_REQUEST', true),
      notFound: () => refusal(MESSAGES.notFound, PERSISTED_DOCUMENT_NOT_FOUND, true),
    },
  }) as Plugin;
}

/**
 * The document a graphql-ws subscribe payload runs under the manifest (its `query`, unless it names a
 * document by id: `query: ""` with documentId or extensions.persistedQuery), or the refusal.
 */
export function trustedQuery(
  config: PersistedDocumentsConfig,
  payload: Params & { query: string },
): string | GraphQLError {
  if (payload.query !== '') {
    return config.only ? refusal(MESSAGES.only, PERSISTED_DOCUMENT_REQUIRED, false) : payload.query;
  }
  const id = idOf(payload);
  if (id === null) {
    return refusal(
      config.only ? MESSAGES.only : MESSAGES.none,
      config.only ? PERSISTED_DOCUMENT_REQUIRED : 'BAD_REQUEST',
      false,
    );
  }
  return documentOf(config, id) ?? refusal(MESSAGES.notFound, PERSISTED_DOCUMENT_NOT_FOUND, false);
}
