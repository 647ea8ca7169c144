import { type DocumentNode, GraphQLError, parse } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Limits } from '../config.ts';
import { documentLimitsRule } from './document-limits.ts';
import { INTROSPECTION_TOKEN_ALLOWANCE, operationTokenCount } from './introspection-scope.ts';
import { refusal } from './refusal.ts';

// The abuse limits, in the order a request meets them: body size (before the body is read), tokens (while
// parsing), depth/aliases/directives and introspection depth (validation); then, with the variables and
// before execution, page sizes, list arguments and the upstream-call estimate (cost.ts). A refused request
// makes no upstream call.

const TOKENS = /Document contains more tha[nt] \d+ tokens/;
/** One non-negative integer: anything else (a sign, a list of lengths as in request smuggling) is refused. */
const CONTENT_LENGTH = /^\d+$/;

/** The request with its body read through a counter that fails the read past `limit` bytes. */
function limitedBody(
  request: Request,
  limit: number,
  fetchAPI: { Request: typeof Request; TransformStream: typeof TransformStream },
): Request {
  const body = request.body as ReadableStream<Uint8Array>;
  // A native stream needs the native TransformStream (yoga's ponyfill one cannot pipe from it).
  const Transform = body instanceof ReadableStream ? globalThis.TransformStream : fetchAPI.TransformStream;
  let bytes = 0;
  const counted = body.pipeThrough(
    new Transform<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        bytes += chunk.byteLength;
        if (bytes > limit) {
          // The rest of the body is never read, so the connection cannot carry another request: the
          // answer closes it (a keep-alive client would otherwise send its next request into a reset).
          const refused = refusal(
            'request body',
            `Request body exceeds the request body limit of ${limit} bytes.`,
          );
          (refused.extensions.http as { headers?: Record<string, string> }).headers = { connection: 'close' };
          controller.error(refused);
          return;
        }
        controller.enqueue(chunk);
      },
    }),
  );
  return new fetchAPI.Request(request.url, {
    method: request.method,
    headers: request.headers,
    signal: request.signal,
    body: counted,
    duplex: 'half',
  } as RequestInit);
}

export function useLimits(limits: Limits): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      // The body limit, in two halves. With a Content-Length (every fetch and browser POST), the length is
      // checked here before a byte is read; Node's HTTP parser then delivers exactly that many bytes, so the
      // body needs no further watching. Without one (chunked), the body is read through a counting stream
      // that stops at the limit. yoga's own maxRequestBodySize (off in yoga.ts) pipes every body through
      // such a stream, which cost ~4 % of a small request's CPU.
      const header = request.headers.get('content-length');
      if (header !== null) {
        if (!CONTENT_LENGTH.test(header)) {
          throw new GraphQLError('Content-Length header is invalid.', {
            extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
          });
        }
        const length = Number(header);
        if (length > limits.maxBodyBytes) {
          throw new GraphQLError(
            `Request body of ${length} bytes exceeds the request body limit of ${limits.maxBodyBytes} bytes.`,
            {
              extensions: {
                code: 'LIMIT_EXCEEDED',
                limit: 'request body',
                // Not read: the connection closes rather than carry the oversized body to the next request.
                http: { status: 400, spec: false, headers: { connection: 'close' } },
              },
            },
          );
        }
        return;
      }
      if (!requestParser || !request.body) return;
      setRequestParser((req) => requestParser(limitedBody(req, limits.maxBodyBytes, fetchAPI)));
    },
    onParse({ setParseFn }) {
      // Introspection does not count against MAX_TOKENS, but the parser still stops at a hard cap: the
      // operation's tokens can only be counted once the document is parsed.
      const hardCap = limits.maxTokens + INTROSPECTION_TOKEN_ALLOWANCE;
      setParseFn((source, options) => {
        let document: DocumentNode;
        try {
          document = parse(source, { ...options, noLocation: false, maxTokens: hardCap });
        } catch (error) {
          if (error instanceof GraphQLError && TOKENS.test(error.message)) {
            throw refusal(
              'tokens',
              `The document has more than ${hardCap} tokens (the token limit of ${limits.maxTokens} plus ${INTROSPECTION_TOKEN_ALLOWANCE} for introspection).`,
            );
          }
          throw error;
        }
        if (operationTokenCount(document) > limits.maxTokens) {
          throw refusal('tokens', `The document has more than ${limits.maxTokens} tokens (the token limit).`);
        }
        return document;
      });
    },
    onValidate({ addValidationRule }) {
      addValidationRule(documentLimitsRule(limits));
    },
    onResultProcess({ result }) {
      for (const one of Array.isArray(result) ? result : [result]) {
        const answer = one as { errors?: readonly GraphQLError[] };
        if (!answer.errors) continue;
        for (const error of answer.errors) {
          // yoga marks every parse error `spec: true` after the fact (a 200 under application/json); a
          // refusal stays a 400 whatever the accept header.
          const http = error.extensions?.http as { spec?: boolean } | undefined;
          const code = error.extensions?.code;
          if (http && (code === 'LIMIT_EXCEEDED' || code === 'BAD_USER_INPUT')) http.spec = false;
        }
      }
    },
  };
}
