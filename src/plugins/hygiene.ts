import { type GraphQLError, NoSchemaIntrospectionCustomRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

// Production hygiene: no "Did you mean …?" hints (they let a client map the schema with introspection off),
// no error details, and introspection switchable by configuration.

const SUGGESTION = /\s*Did you mean (the enum value )?[^?]+\?$/;

function stripSuggestions(errors: readonly Error[]): void {
  for (const error of errors) {
    if (SUGGESTION.test(error.message)) error.message = error.message.replace(SUGGESTION, '');
  }
}

/**
 * yoga's request parser puts the JSON parser's SyntaxError (name and message, which quotes the body) into
 * `extensions.originalError` whatever the masking: without details the error keeps its message and code.
 * yoga also reads that field to answer such a request with 400 under `application/json` (a non-GraphQL
 * failure); `spec: false` keeps the 400 once the field is gone.
 */
function stripDetails(errors: readonly GraphQLError[]): void {
  for (const error of errors) {
    const extensions = error.extensions as Record<string, unknown> | undefined;
    if (!extensions || !('originalError' in extensions || 'stack' in extensions)) continue;
    delete extensions.originalError;
    delete extensions.stack;
    const http = extensions.http as { spec?: boolean } | undefined;
    if (http) http.spec = false;
  }
}

export function useHygiene(opts: { suggestions: boolean; introspection: boolean; details: boolean }): Plugin {
  return {
    onResultProcess({ result }) {
      if (opts.details) return;
      for (const one of Array.isArray(result) ? result : [result]) {
        const errors = (one as { errors?: readonly GraphQLError[] }).errors;
        if (errors) stripDetails(errors);
      }
    },
    onValidate({ addValidationRule }) {
      if (!opts.introspection) addValidationRule(NoSchemaIntrospectionCustomRule);
      if (opts.suggestions) return;
      return ({ valid, result }) => {
        if (!valid) stripSuggestions(result);
      };
    },
    onExecute() {
      if (opts.suggestions) return;
      // Variable coercion errors (an unknown enum value) carry suggestions too.
      return {
        onExecuteDone({ result }) {
          if ('errors' in result && result.errors) stripSuggestions(result.errors);
        },
      };
    },
  };
}
