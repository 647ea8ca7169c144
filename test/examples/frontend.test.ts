import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, documentIdOf } from '../../examples/frontend/src/client.ts';
import { AddComment, addComment } from '../../examples/frontend/src/comment.ts';
import { reactionTo } from '../../examples/frontend/src/errors.ts';
import { allSenders, SendersPage } from '../../examples/frontend/src/senders.ts';
import { type RunningServer, startServer } from '../../src/server.ts';
import { basicAuth } from '../support/credentials.ts';

// docs/frontend.md's code is examples/frontend/: its generated types are what the client preset makes from
// today's schema, and each sample does what the guide says against a running server.

const dir = fileURLToPath(new URL('../../examples/frontend/', import.meta.url));

describe('examples/frontend (docs/frontend.md)', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ env: {}, config: { port: 0, host: '127.0.0.1', logLevel: 'silent' } });
  });
  afterAll(() => server?.close());

  it('src/gql/ is what the client preset generates from schema.graphql (run `npx graphql-codegen` there)', async () => {
    const { default: config } = await import('../../examples/frontend/codegen.ts');
    const files: { filename: string; content: string }[] = await generate(
      { ...config, cwd: dir, silent: true },
      false,
    );
    expect(files.map((f) => f.filename).sort()).toEqual([
      'src/gql/gql.ts',
      'src/gql/graphql.ts',
      'src/gql/index.ts',
      'src/gql/persisted-documents.json',
    ]);
    for (const file of files) {
      expect(readFileSync(join(dir, file.filename), 'utf8'), file.filename).toBe(file.content);
    }
  });

  it('each operation carries its id (persistedDocuments), the key of its text in persisted-documents.json', () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'src/gql/persisted-documents.json'), 'utf8'));
    const ids = [documentIdOf(SendersPage), documentIdOf(AddComment)];
    expect(Object.keys(manifest).sort()).toEqual([...ids].sort());
    expect(manifest[ids[0] as string]).toMatch(/^fragment SenderRow .* query SendersPage\(/);
    expect(manifest[ids[1] as string]).toMatch(/^mutation AddComment\(/);
  });

  it('reads every sender page by page with cursors', async () => {
    const api = createApi({ url: server.url });
    const { senders, totalCount, pages } = await allSenders(api, 'demo-project', 5);
    expect(totalCount).toBe(14);
    expect(pages).toBe(3);
    expect(new Set(senders.map((s) => s.id)).size).toBe(14);
    expect(senders.every((s) => typeof s.launchReadiness.ready === 'boolean')).toBe(true);
  });

  it('matches a mutation result on __typename: success, invalid input, request-level error with its request id', async () => {
    const api = createApi({ url: server.url });
    const [first] = (await allSenders(api, 'demo-project', 1)).senders;
    expect(await addComment(api, first?.id ?? '', 'Logo updated, please review.')).toMatchObject({
      ok: true,
      created: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
    expect(await addComment(api, first?.id ?? '', '')).toEqual({
      ok: false,
      reason: 'invalid',
      fields: { 'input.comment': expect.any(String) },
    });

    const wrongKey = createApi({ url: server.url, authorization: basicAuth('demo-key', 'wrong-secret') });
    const refused = await addComment(wrongKey, first?.id ?? '', 'hello');
    expect(refused).toEqual({
      ok: false,
      reason: 'error',
      code: 'UNAUTHENTICATED',
      requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(reactionTo({ message: '', extensions: { code: 'UNAUTHENTICATED' } })).toEqual({ kind: 'sign-in' });
    expect(reactionTo({ message: '', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 7 } })).toEqual({
      kind: 'retry',
      afterSeconds: 7,
    });
  });
});
