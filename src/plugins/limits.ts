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

export function useLimits(limits: Limits): Plugin {
  return {
    onRequestParse({ request }) {
      // yoga enforces maxRequestBodySize too (also on chunked bodies, see onResultProcess); this names the
      // limit and the length up front.
      const length = Number(request.headers.get('content-length') ?? 0);
      if (length > limits.maxBodyBytes) {
        throw new GraphQLError(
          `Request body of ${length} bytes exceeds the request body limit of ${limits.maxBodyBytes} bytes.`,
          {
            extensions: { code: 'LIMIT_EXCEEDED', limit: 'request body', http: { status: 400, spec: false } },
          },
        );
      }
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
        // yoga's own guard for bodies without a Content-Length stops the stream at the limit with its own
        // 413 REQUEST_ENTITY_TOO_LARGE; it is the same refusal as the Content-Length case.
        answer.errors = answer.errors.map((error) =>
          error.extensions?.code === 'REQUEST_ENTITY_TOO_LARGE'
            ? refusal(
                'request body',
                `Request body exceeds the request body limit of ${limits.maxBodyBytes} bytes.`,
              )
            : error,
        );
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
