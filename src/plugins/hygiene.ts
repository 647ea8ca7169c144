import { NoSchemaIntrospectionCustomRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

// Production hygiene: no "Did you mean …?" hints (they let a client map the schema with introspection off),
// and introspection switchable by configuration.

const SUGGESTION = /\s*Did you mean (the enum value )?[^?]+\?$/;

function stripSuggestions(errors: readonly Error[]): void {
  for (const error of errors) {
    if (SUGGESTION.test(error.message)) error.message = error.message.replace(SUGGESTION, '');
  }
}

export function useHygiene(opts: { suggestions: boolean; introspection: boolean }): Plugin {
  return {
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
