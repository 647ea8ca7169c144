import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/server.ts';
import { launchChromium } from '../support/chromium.ts';

// GraphiQL served by the server itself (no CDN): a headless Chromium runs the default query and sees
// sender data, and the Docs pane loads the schema by introspection; every request stays on 127.0.0.1.

describe('GraphiQL in a browser', () => {
  let server: RunningServer;
  let chrome: Awaited<ReturnType<typeof launchChromium>>;
  beforeAll(async () => {
    // No upstream configured: the embedded sandbox with its demo key, as `npm start` does.
    server = await startServer({ env: {}, config: { port: 0, host: '127.0.0.1', logLevel: 'silent' } });
    chrome = await launchChromium();
  });
  afterAll(async () => {
    await chrome?.close();
    await server?.close();
  });

  it('runs the default query and shows senders, test numbers and capabilities', async () => {
    const page = await chrome.context.newPage();
    const requested: string[] = [];
    page.on('request', (req) => {
      requested.push(req.url());
    });
    await page.goto(server.url, { waitUntil: 'load' });
    const run = page.locator('.graphiql-execute-button');
    await run.waitFor({ state: 'visible', timeout: 15_000 });
    await page.waitForFunction(() => document.body.innerText.includes('ProjectSenders'), undefined, {
      timeout: 15_000,
    });
    await run.click();
    const response = page.locator('.graphiql-response');
    await expect
      .poll(async () => (await response.innerText()).replace(/\s+/g, ' '), { timeout: 15_000 })
      .toMatch(/"rcsSenders".*"totalCount": \d+.*"testNumbers".*"capabilities"/);
    const text = (await response.innerText()).replace(/\s+/g, ' ');
    // Monaco renders only the visible lines; the first sender is enough to show real data arrived.
    expect(text).toMatch(
      /"state": "(DRAFT|IN_PROGRESS|IN_TEST|PREPARING_LAUNCH|LAUNCHING|LAUNCHED|UNLAUNCHED|UNKNOWN)"/,
    );
    expect(text).toMatch(/"brand": \{\s*"name": "[^"]+"/);
    expect(text).not.toContain('"errors"');

    const external = requested.filter((url) => {
      if (url.startsWith('data:') || url.startsWith('blob:')) return false;
      return new URL(url).hostname !== '127.0.0.1';
    });
    expect(requested.some((url) => url.startsWith(server.url))).toBe(true);
    expect(external).toEqual([]);
  });

  it('opens the Docs pane: the schema loads by introspection and the search finds RcsSender', async () => {
    const page = await chrome.context.newPage();
    await page.goto(server.url, { waitUntil: 'load' });
    const docsButton = page.locator('[aria-label="Show Documentation Explorer"]');
    await docsButton.waitFor({ state: 'visible', timeout: 15_000 });
    await docsButton.click();
    const explorer = page.locator('.graphiql-doc-explorer');
    // The root types appear once GraphiQL's introspection query (15 levels deep) has been answered.
    await expect
      .poll(async () => (await explorer.innerText()).replace(/\s+/g, ' '), { timeout: 15_000 })
      .toMatch(/Root Types query: Query mutation: Mutation/);
    const search = explorer.locator('.graphiql-doc-explorer-search input');
    await search.fill('RcsSender');
    const option = page.locator('.graphiql-doc-explorer-search-type', { hasText: /^RcsSender$/ });
    await option.first().waitFor({ state: 'visible', timeout: 15_000 });
    await option.first().click();
    await expect
      .poll(async () => (await explorer.innerText()).replace(/\s+/g, ' '), { timeout: 15_000 })
      .toMatch(
        /^Docs RcsSender An RCS sender \(a Google RBM agent\) of a project\..* Implements Node Sender Fields .* senderId: ID! /,
      );
    expect(await page.locator('.graphiql-doc-explorer-error').count()).toBe(0);
    expect(await explorer.innerText()).not.toContain('Error fetching schema');
  });
});
