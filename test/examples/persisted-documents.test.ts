import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../examples/frontend/src/client.ts';
import { addComment } from '../../examples/frontend/src/comment.ts';
import { allSenders, SendersPage } from '../../examples/frontend/src/senders.ts';
import { type RunningServer, startServer } from '../../src/server.ts';
import { type StreamResult, sseSubscribe, wsClient } from '../support/events.ts';

// Trusted documents end to end (docs/frontend.md "Trusted documents", docs/operations.md): codegen runs on
// examples/frontend/ into a temporary directory, and the server is started with the manifest it wrote.

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = join(root, 'examples/frontend/');
const P = 'demo-project';

let tmp: string;
let manifestPath: string;
let manifest: Record<string, string>;
/** PERSISTED_DOCUMENTS=<the generated manifest> PERSISTED_DOCUMENTS_ONLY=true */
let only: RunningServer;
/** PERSISTED_DOCUMENTS=<the generated manifest>, arbitrary documents allowed. */
let open: RunningServer;

const idOf = (operation: string) => {
  const id = Object.keys(manifest).find((key) => manifest[key]?.includes(`${operation}(`));
  if (!id) throw new Error(`no ${operation} in the manifest`);
  return id;
};

async function post(server: RunningServer, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return {
    status: res.status,
    body: (await res.json()) as StreamResult & { data?: unknown },
  };
}

const codes = (body: StreamResult) => body.errors?.map((e) => e.extensions?.code);

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'persisted-documents-'));
  const { default: config } = await import('../../examples/frontend/codegen.ts');
  const out = join(tmp, 'gql/');
  const generates = config.generates as Record<string, object>;
  await generate(
    { ...config, cwd: dir, silent: true, generates: { [out]: generates['src/gql/'] as object } },
    true,
  );
  manifestPath = join(out, 'persisted-documents.json');
  manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const env = { PERSISTED_DOCUMENTS: manifestPath };
  const config0 = { port: 0, host: '127.0.0.1', logLevel: 'silent' as const };
  [only, open] = await Promise.all([
    startServer({ env: { ...env, PERSISTED_DOCUMENTS_ONLY: 'true' }, config: config0 }),
    startServer({ env, config: config0 }),
  ]);
}, 60_000);

afterAll(async () => {
  await Promise.all([only?.close(), open?.close()]);
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('the manifest codegen writes', () => {
  it('is {"sha256:<hash>": document} for each operation of examples/frontend, the one committed', () => {
    expect(Object.keys(manifest)).toHaveLength(2);
    for (const [id, document] of Object.entries(manifest)) {
      expect(id).toBe(`sha256:${createHash('sha256').update(document).digest('hex')}`);
    }
    expect(idOf('SendersPage')).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(idOf('AddComment')).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(manifest).toEqual(JSON.parse(readFileSync(join(dir, 'src/gql/persisted-documents.json'), 'utf8')));
  });
});

describe('PERSISTED_DOCUMENTS_ONLY=true', () => {
  it('runs each manifest document by documentId (prefixed or bare) and by APQ hash: 200 with data', async () => {
    const pageId = idOf('SendersPage');
    const variables = { projectId: P, first: 2 };
    const ways = [
      { documentId: pageId, variables },
      { documentId: pageId.slice('sha256:'.length), variables },
      { extensions: { persistedQuery: { version: 1, sha256Hash: pageId.slice(7) } }, variables },
    ];
    let senderId = '';
    for (const body of ways) {
      const { status, body: answer } = await post(only, body);
      expect(status, JSON.stringify(body)).toBe(200);
      expect(answer.errors).toBeUndefined();
      const senders = (
        answer.data as { project: { rcsSenders: { totalCount: number; nodes: { id: string }[] } } }
      ).project.rcsSenders;
      expect(senders.totalCount).toBe(14);
      expect(senders.nodes).toHaveLength(2);
      senderId = senders.nodes[0]?.id ?? '';
    }
    const comment = await post(only, {
      documentId: idOf('AddComment'),
      variables: { input: { senderId, comment: 'Sent by id.' } },
    });
    expect(comment.status).toBe(200);
    expect(comment.body.data).toEqual({
      addRcsSenderComment: {
        __typename: 'AddRcsSenderCommentSuccess',
        comment: { comment: 'Sent by id.', createdAt: expect.any(String) },
      },
    });
  });

  it('answers GET ?documentId= (a cacheable URL); a mutation still needs POST', async () => {
    const variables = encodeURIComponent(JSON.stringify({ projectId: P, first: 1 }));
    const url = `${only.url}?documentId=${encodeURIComponent(idOf('SendersPage'))}&variables=${variables}`;
    const res = await fetch(url, { headers: { 'x-graphql-csrf': '1' } });
    expect(res.status).toBe(200);
    expect(
      ((await res.json()) as { data: { project: { rcsSenders: { totalCount: number } } } }).data,
    ).toEqual({
      project: { rcsSenders: { totalCount: 14, nodes: expect.any(Array), pageInfo: expect.any(Object) } },
    });
    const mutation = await fetch(`${only.url}?documentId=${encodeURIComponent(idOf('AddComment'))}`, {
      headers: { 'x-graphql-csrf': '1' },
    });
    expect(mutation.status).toBe(405);
  });

  it('refuses any document sent as text with 400 PERSISTED_DOCUMENT_REQUIRED, before parsing it', async () => {
    const refused = [
      // A valid operation of the schema, not in the manifest.
      `{ project(id: "${P}") { rcsSenders(first: 1) { totalCount } } }`,
      // The text of a manifest document itself: only ids run.
      manifest[idOf('SendersPage')],
      // Not even GraphQL: a parse would say GRAPHQL_PARSE_FAILED.
      '{ project(id: ',
      // Past MAX_TOKENS: the parser would refuse it with LIMIT_EXCEEDED.
      `{ ${'__typename '.repeat(6000)}}`,
      // Introspection (what GraphiQL and codegen-from-URL send).
      '{ __schema { types { name } } }',
    ];
    for (const query of refused) {
      for (const accept of ['application/json', 'application/graphql-response+json']) {
        const { status, body } = await post(only, { query, variables: { projectId: P } }, { accept });
        expect(status, query?.slice(0, 40)).toBe(400);
        expect(codes(body)).toEqual(['PERSISTED_DOCUMENT_REQUIRED']);
        expect(body.errors?.[0]?.message).toMatch(/only runs trusted documents.*documentId/);
        expect(body.data).toBeUndefined();
      }
    }
    // Nor a request that names no document at all.
    expect(codes((await post(only, { variables: {} })).body)).toEqual(['PERSISTED_DOCUMENT_REQUIRED']);
  });

  it('answers an id not in the manifest with 400 PERSISTED_DOCUMENT_NOT_FOUND', async () => {
    for (const body of [
      { documentId: `sha256:${'0'.repeat(64)}` },
      { documentId: 'x-custom:SendersPage' },
      { extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } },
    ]) {
      const answer = await post(only, body);
      expect(answer.status).toBe(400);
      expect(codes(answer.body)).toEqual(['PERSISTED_DOCUMENT_NOT_FOUND']);
    }
  });

  it('refuses a subscription sent as text over SSE too', async () => {
    const sub = await sseSubscribe(only.url, 'subscription { __typename }', {});
    expect(sub.status).toBe(400);
    expect(codes(await sub.next())).toEqual(['PERSISTED_DOCUMENT_REQUIRED']);
    sub.close();
  });

  it('applies the same rules over the WebSocket', async () => {
    const client: Client = wsClient(only.url.replace(/^http/, 'ws'));
    const first = (payload: Record<string, unknown>) =>
      new Promise<StreamResult>((resolve, reject) => {
        const stop = client.subscribe(payload as never, {
          next: (value) => {
            stop();
            resolve(value as StreamResult);
          },
          // An operation refused before it runs is graphql-ws's `error` message: the list of errors.
          error: (error) => (Array.isArray(error) ? resolve({ errors: error }) : reject(error)),
          complete: () => {},
        });
      });
    try {
      const arbitrary = await first({
        query: `{ project(id: "${P}") { rcsSenders(first: 1) { totalCount } } }`,
      });
      expect(codes(arbitrary)).toEqual(['PERSISTED_DOCUMENT_REQUIRED']);
      const broken = await first({ query: 'subscription { onSenderChanged(' });
      expect(codes(broken)).toEqual(['PERSISTED_DOCUMENT_REQUIRED']);
      const variables = { projectId: P, first: 1 };
      const byId = await first({ query: '', documentId: idOf('SendersPage'), variables });
      expect(byId.errors).toBeUndefined();
      expect(byId.data).toMatchObject({ project: { rcsSenders: { totalCount: 14 } } });
      const byHash = await first({
        query: '',
        extensions: { persistedQuery: { version: 1, sha256Hash: idOf('SendersPage').slice(7) } },
        variables,
      });
      expect(byHash.data).toMatchObject({ project: { rcsSenders: { totalCount: 14 } } });
      const unknown = await first({ query: '', documentId: `sha256:${'0'.repeat(64)}` });
      expect(codes(unknown)).toEqual(['PERSISTED_DOCUMENT_NOT_FOUND']);
    } finally {
      await client.dispose();
    }
  });

  it('serves no GraphiQL (it could only send documents of its own); the open server still does', async () => {
    const page = (server: RunningServer) => fetch(server.url, { headers: { accept: 'text/html' } });
    const refused = await page(only);
    expect(refused.status).toBe(406);
    expect(await refused.text()).not.toContain('graphiql');
    const served = await page(open);
    expect(served.status).toBe(200);
    expect(await served.text()).toContain('graphiql');
  });

  it('the example client sends ids (createApi({ persistedDocuments: true })); its default sends text and is refused', async () => {
    const api = createApi({ url: only.url, persistedDocuments: true });
    const { senders, totalCount, pages } = await allSenders(api, P, 5);
    expect([totalCount, pages, senders.length]).toEqual([14, 3, 14]);
    expect(await addComment(api, senders[0]?.id ?? '', 'Through the manifest.')).toMatchObject({ ok: true });
    expect(await addComment(api, senders[0]?.id ?? '', '')).toMatchObject({ ok: false, reason: 'invalid' });

    const byText = await createApi({ url: only.url })(SendersPage, { projectId: P, first: 1 });
    expect(byText.data).toBeUndefined();
    expect(byText.errors.map((e) => e.extensions?.code)).toEqual(['PERSISTED_DOCUMENT_REQUIRED']);
    expect(byText.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('PERSISTED_DOCUMENTS without ONLY', () => {
  it('runs arbitrary documents as before, and the ids too', async () => {
    const text = await post(open, {
      query: `{ project(id: "${P}") { rcsSenders(first: 1) { totalCount } } }`,
    });
    expect(text.status).toBe(200);
    expect(text.body.data).toEqual({ project: { rcsSenders: { totalCount: 14 } } });
    const broken = await post(
      open,
      { query: '{ project(id: ' },
      { accept: 'application/graphql-response+json' },
    );
    expect(codes(broken.body)).toEqual(['GRAPHQL_PARSE_FAILED']);
    const byId = await post(open, { documentId: idOf('SendersPage'), variables: { projectId: P, first: 1 } });
    expect(byId.status).toBe(200);
    expect(byId.body.data).toMatchObject({ project: { rcsSenders: { totalCount: 14 } } });
    expect(codes((await post(open, { documentId: `sha256:${'0'.repeat(64)}` })).body)).toEqual([
      'PERSISTED_DOCUMENT_NOT_FOUND',
    ]);
  });
});

describe('a bad manifest is a start error', () => {
  const startWith = (env: Record<string, string>) =>
    startServer({ env, config: { port: 0, host: '127.0.0.1', logLevel: 'silent' } }).then(
      async (server) => {
        await server.close();
        return 'started';
      },
      (error: Error) => error.message,
    );
  const write = (name: string, text: string) => {
    const path = join(tmp, name);
    writeFileSync(path, text);
    return path;
  };

  it('names the file and what is wrong with it: missing, not JSON, a hash that is not its document, ONLY alone', async () => {
    const missing = join(tmp, 'nope.json');
    expect(await startWith({ PERSISTED_DOCUMENTS: missing })).toBe(
      `Invalid configuration:\n  - PERSISTED_DOCUMENTS (${missing}): cannot read the manifest: no such file`,
    );
    const notJson = write('not-json.json', '{"sha256:ab": ');
    expect(await startWith({ PERSISTED_DOCUMENTS: notJson })).toMatch(
      new RegExp(`^Invalid configuration:\\n {2}- PERSISTED_DOCUMENTS \\(${notJson}\\) is not JSON: `),
    );
    const [id, document] = Object.entries(manifest)[0] as [string, string];
    const edited = `${document} `;
    const tampered = write('tampered.json', JSON.stringify({ ...manifest, [id]: edited }));
    const actual = createHash('sha256').update(edited).digest('hex');
    expect(await startWith({ PERSISTED_DOCUMENTS: tampered })).toBe(
      `Invalid configuration:\n  - PERSISTED_DOCUMENTS (${tampered}): "${id}" is not the document's hash (its SHA-256 is ${actual})`,
    );
    const sha1 = write('sha1.json', JSON.stringify({ abc123: '{ __typename }' }));
    expect(await startWith({ PERSISTED_DOCUMENTS: sha1 })).toMatch(/"abc123" is not a SHA-256 document id/);
    expect(await startWith({ PERSISTED_DOCUMENTS_ONLY: 'true' })).toBe(
      'Invalid configuration:\n  - PERSISTED_DOCUMENTS_ONLY=true needs PERSISTED_DOCUMENTS (the persisted-documents.json manifest to accept)',
    );
    expect(await startWith({ PERSISTED_DOCUMENTS: manifestPath, PERSISTED_DOCUMENTS_ONLY: 'yes' })).toBe(
      'Invalid configuration:\n  - PERSISTED_DOCUMENTS_ONLY must be true or false, got "yes"',
    );
  });

  it('the server process prints it and exits 2', () => {
    const [id, document] = Object.entries(manifest)[0] as [string, string];
    const tampered = write('tampered-process.json', JSON.stringify({ [id]: `${document}\n` }));
    const env: Record<string, string | undefined> = {
      ...process.env,
      PORT: '0',
      PERSISTED_DOCUMENTS: tampered,
      PERSISTED_DOCUMENTS_ONLY: 'true',
    };
    delete env.SINCH_API_URL;
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      cwd: root,
      env,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      new RegExp(
        `^Invalid configuration:\\n {2}- PERSISTED_DOCUMENTS \\(${tampered}\\): "${id}" is not the document's hash`,
      ),
    );
    expect(run.stdout).toBe('');
  });
});
