import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/server.ts';
import { launchChromium, mustRunBrowser } from '../support/chromium.ts';

// GraphiQL served by the server itself (no CDN): a headless Chromium runs the default query and sees
// sender data; every request the page makes stays on 127.0.0.1.

describe.runIf(mustRunBrowser)('GraphiQL in a browser', () => {
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
});
