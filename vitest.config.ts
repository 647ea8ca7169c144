import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // One copy of graphql for yoga, Pothos and the tests: two copies make every
    // resolver error look like "Unexpected error." (instanceof checks fail across copies).
    alias: { graphql: require.resolve('graphql/index.js') },
  },
  test: {
    include: ['test/**/*.test.ts'],
    // Every test file: captured output, logs and GraphQL responses must hold no test credential.
    setupFiles: ['test/support/secrets.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
