import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the tests: test/operations/*.graphql against the printed schema.graphql.
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: 'test/operations/**/*.graphql',
  generates: {
    'test/generated/graphql.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: false,
        scalars: { DateTime: 'string', PhoneNumber: 'string', ID: 'string' },
      },
    },
  },
};

export default config;
