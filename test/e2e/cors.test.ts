import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/server.ts';
import { launchChromium } from '../support/chromium.ts';

// Pages on other origins calling the server from real Chromium, with the server's own (service)
// credentials — the default `npm start`. An allowed origin can query and read x-request-id; any other origin
// can neither read an answer nor make a mutation take effect, whichever way the page sends it (a JSON POST
// needs a preflight that gets no CORS headers; a form or text/plain POST is stopped by the CSRF check).
// 127.0.0.2 is another loopback address, so "another origin" stays on this machine.

const QUERY = '{ project(id: "demo-project") { rcsSenders(first: 2) { totalCount } } }';
const MUTATION =
  'mutation { addRcsAccountComment(input: { projectId: "demo-project", comment: "from a foreign page" }) { __typename } }';

/** A page server: serves an empty HTML page on host:port (the origin the page runs in). */
async function pageOrigin(host: string): Promise<{ origin: string; server: Server }> {
  const server = createServer((_req, res) => {
    res
      .writeHead(200, { 'content-type': 'text/html' })
      .end('<!doctype html><title>page</title><body></body>');
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return { origin: `http://${host}:${(server.address() as AddressInfo).port}`, server };
}

interface PageFetch {
  ok: boolean;
  status?: number;
  body?: string;
  requestId?: string | null;
  error?: string;
}

/** fetch() from inside the page: what the page's own script can see. */
function pageFetch(page: Page, url: string, query: string, contentType = 'application/json') {
  return page.evaluate(
    async ({ url, query, contentType }): Promise<PageFetch> => {
      try {
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': contentType },
          body: JSON.stringify({ query }),
        });
        return {
          ok: true,
          status: res.status,
          body: await res.text(),
          requestId: res.headers.get('x-request-id'),
        };
      } catch (error) {
        return { ok: false, error: String(error) };
      }
    },
    { url, query, contentType },
  );
}

/** A classic form POST (no preflight, no CORS needed to send it): the CSRF check is what stops it. */
async function formPost(page: Page, url: string, query: string): Promise<void> {
  await page.evaluate(
    ({ url, query }) => {
      const form = document.createElement('form');
      form.method = 'POST';
      form.action = url;
      form.target = 'sink';
      const field = document.createElement('input');
      field.name = 'query';
      field.value = query;
      form.append(field);
      const sink = document.createElement('iframe');
      sink.name = 'sink';
      document.body.append(sink, form);
      form.submit();
    },
    { url, query },
  );
  await page.waitForTimeout(500);
}

async function sandboxState(server: RunningServer): Promise<unknown> {
  return (await fetch(`${server.sandboxUrl}/_sandbox/snapshot`)).json();
}

async function commentCalls(server: RunningServer): Promise<number> {
  const stats = (await (await fetch(`${server.sandboxUrl}/_sandbox/stats`)).json()) as {
    byOperation: Record<string, number>;
  };
  return stats.byOperation.RcsAccountsController_createComment_v1 ?? 0;
}

describe('CORS from pages on other origins, in Chromium', () => {
  let chrome: Awaited<ReturnType<typeof launchChromium>>;
  let local: { origin: string; server: Server };
  let foreign: { origin: string; server: Server };
  const servers: RunningServer[] = [];
  beforeAll(async () => {
    [chrome, local, foreign] = await Promise.all([
      launchChromium(),
      pageOrigin('127.0.0.1'),
      pageOrigin('127.0.0.2'),
    ]);
  });
  afterAll(async () => {
    await chrome?.close();
    for (const s of servers) await s.close();
    for (const p of [local, foreign]) p?.server.close();
  });

  const open = async (origin: string) => {
    const page = await chrome.context.newPage();
    await page.goto(`${origin}/`);
    return page;
  };

  it('development default: a localhost page queries and reads x-request-id; another origin reads and changes nothing', async () => {
    // `npm start` with no environment: embedded sandbox, its demo key as service credentials.
    const server = await startServer({ env: {}, config: { port: 0, host: '127.0.0.1', logLevel: 'silent' } });
    servers.push(server);

    const allowed = await open(local.origin);
    const answer = await pageFetch(allowed, server.url, QUERY);
    expect(answer.ok, answer.error).toBe(true);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body ?? '{}').data.project.rcsSenders.totalCount).toBeGreaterThan(0);
    expect(answer.requestId).toMatch(/^[0-9a-f-]{36}$/);

    const before = await sandboxState(server);
    const page = await open(foreign.origin);
    const read = await pageFetch(page, server.url, QUERY);
    expect(read.ok).toBe(false);
    expect(read.error).toContain('Failed to fetch');
    const write = await pageFetch(page, server.url, MUTATION);
    expect(write.ok).toBe(false);
    // Sent without a preflight (opaque to the page): the CSRF check refuses it before execution.
    await page.evaluate(
      ({ url, body }) =>
        fetch(url, { method: 'POST', mode: 'no-cors', headers: { 'content-type': 'text/plain' }, body }),
      { url: server.url, body: JSON.stringify({ query: MUTATION }) },
    );
    await formPost(page, server.url, MUTATION);
    expect(await commentCalls(server)).toBe(0);
    expect(await sandboxState(server)).toEqual(before);

    // The same mutation from the allowed page does take effect: the refusals above were about the origin.
    const allowedWrite = await pageFetch(allowed, server.url, MUTATION);
    expect(JSON.parse(allowedWrite.body ?? '{}').data.addRcsAccountComment.__typename).toBe(
      'AddRcsAccountCommentSuccess',
    );
    expect(await commentCalls(server)).toBe(1);
  });

  it('production: no cross-origin access by default; CORS_ORIGINS lets exactly the listed origin in', async () => {
    const closed = await startServer({
      env: { NODE_ENV: 'production' },
      config: { port: 0, host: '127.0.0.1', logLevel: 'silent' },
    });
    servers.push(closed);
    const localPage = await open(local.origin);
    expect((await pageFetch(localPage, closed.url, QUERY)).ok).toBe(false);

    const listed = await startServer({
      env: { NODE_ENV: 'production', CORS_ORIGINS: `https://app.example.com, ${foreign.origin}` },
      config: { port: 0, host: '127.0.0.1', logLevel: 'silent' },
    });
    servers.push(listed);
    const foreignPage = await open(foreign.origin);
    const answer = await pageFetch(foreignPage, listed.url, QUERY);
    expect(answer.ok, answer.error).toBe(true);
    expect(JSON.parse(answer.body ?? '{}').data.project.rcsSenders.totalCount).toBeGreaterThan(0);
    expect((await pageFetch(localPage, listed.url, QUERY)).ok).toBe(false);
  });
});
