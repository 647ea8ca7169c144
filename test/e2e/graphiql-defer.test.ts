import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/server.ts';
import { launchChromium } from '../support/chromium.ts';

// GraphiQL runs a deferred query: yoga's GraphiQL POSTs it accepting multipart/mixed (no CSRF header needed),
// reads the incremental answer and shows the merged result, the deferred capabilities included.

describe('GraphiQL and @defer', () => {
  let server: RunningServer;
  let chrome: Awaited<ReturnType<typeof launchChromium>>;
  beforeAll(async () => {
    server = await startServer({ env: {}, config: { port: 0, host: '127.0.0.1', logLevel: 'silent' } });
    chrome = await launchChromium();
  });
  afterAll(async () => {
    await chrome?.close();
    await server?.close();
  });

  it('runs a query whose capabilities are deferred and shows them', async () => {
    const page = await chrome.context.newPage();
    const sent: { method: string; deferred: boolean; type: string | undefined; status: number }[] = [];
    page.on('response', (res) => {
      const req = res.request();
      if (req.url().includes('/graphql') && req.method() !== 'OPTIONS' && req.resourceType() === 'fetch')
        sent.push({
          method: req.method(),
          deferred: req.postData()?.includes('@defer') ?? false,
          type: res.headers()['content-type'],
          status: res.status(),
        });
    });
    const query = `query Deferred { project(id: "demo-project") { rcsSenders(first: 3) { nodes { id testNumbers { number ... @defer { capabilities { __typename } } } } } } }`;
    await page.goto(`${server.url}?query=${encodeURIComponent(query)}`, { waitUntil: 'load' });
    const run = page.locator('.graphiql-execute-button');
    await run.waitFor({ state: 'visible', timeout: 15_000 });
    await page.waitForFunction(() => document.body.innerText.includes('Deferred'), undefined, {
      timeout: 15_000,
    });
    await run.click();
    const response = page.locator('.graphiql-response');
    await expect
      .poll(async () => (await response.innerText()).replace(/\s+/g, ' '), { timeout: 15_000 })
      .toMatch(/"testNumbers".*"capabilities": \{ "__typename": "RcsCapabilities/);
    expect(sent.filter((s) => s.deferred)).toEqual([
      { method: 'POST', deferred: true, type: 'multipart/mixed; boundary="-"', status: 200 },
    ]);
  }, 60_000);
});
