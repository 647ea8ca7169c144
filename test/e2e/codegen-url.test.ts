import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/server.ts';

// GraphQL Code Generator pointed at the running server's URL, as a client project would use it: it loads
// the schema with its own introspection query (15 levels deep) under the default limits.

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('graphql-codegen against the server URL', () => {
  let server: RunningServer;
  let dir: string;
  beforeAll(async () => {
    server = await startServer({ env: {}, config: { port: 0, host: '127.0.0.1', logLevel: 'silent' } });
    dir = mkdtempSync(join(tmpdir(), 'codegen-url-'));
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('generates TypeScript types (typescript plugin) from the introspected schema', async () => {
    const out = join(dir, 'types.ts');
    const files: { filename: string; content: string }[] = await generate(
      // Plugins resolve from cwd: the repository's node_modules.
      { cwd: ROOT, schema: server.url, silent: true, generates: { [out]: { plugins: ['typescript'] } } },
      false,
    );
    expect(files.map((f) => f.filename)).toEqual([out]);
    const content = files[0]?.content ?? '';
    expect(content).toContain('export type RcsSender = Node & Sender & {');
    expect(content).toContain("__typename?: 'RcsSender';");
    // Descriptions came through too (the introspection query asked for them).
    expect(content).toContain('/** RBM billing category (billingCategory); fixed at creation. */');
    expect(content).toContain(
      "export type Query = {\n  __typename?: 'Query';\n  _entities: Array<Maybe<_Entity>>;",
    );
  });
});
