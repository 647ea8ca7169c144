import type { CodegenConfig } from '@graphql-codegen/cli';

// GraphQL Code Generator's client preset: every `graphql(...)` document in src/ becomes a typed document,
// with the API's custom scalars mapped to what arrives over the wire (JSON strings).
// Point `schema` at the running server instead (`http://127.0.0.1:4000/graphql`) to generate against it.
const config: CodegenConfig = {
  schema: '../../schema.graphql',
  documents: ['src/**/*.ts', '!src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: true },
      config: {
        useTypeImports: true,
        importExtension: '.ts',
        enumsAsTypes: true,
        scalars: {
          DateTime: { input: 'string', output: 'string' },
          PhoneNumber: { input: 'string', output: 'string' },
        },
      },
    },
  },
};

export default config;
