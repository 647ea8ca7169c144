import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.ts';
import { DEMO } from '../../src/sandbox/index.ts';
import { basicAuth } from '../support/credentials.ts';
import { type ProductionServer, post, startProductionServer } from '../support/production-server.ts';
import { findLeaks, forgetRecords, scanStats } from '../support/secrets.ts';

// The suite-wide secrets scan (test/support/secrets.ts, a vitest setupFile) really sees what it claims to:
// our server's responses, every log line (even of a silent logger), and tokens the sandbox issues.

describe('secrets scan of the whole suite', () => {
  let s: ProductionServer;
  beforeAll(async () => {
    s = await startProductionServer();
  });
  afterAll(async () => {
    await s.close();
  });

  it('records GraphQL responses, and learns the OAuth token the server obtained from the sandbox', async () => {
    const before = scanStats();
    const res = await post(s.url, {
      query: '{ project(id: "demo-project") { rcsSenders(first: 1) { totalCount } } }',
    });
    expect(res.status).toBe(200);
    const after = scanStats();
    expect(after.responses).toBe(before.responses + 1);
    // The server's first upstream call fetched an access token (and the list answer carried an authToken).
    expect(after.secrets).toBeGreaterThanOrEqual(before.secrets + 2);
    expect(findLeaks()).toEqual([]);
  });

  it('a credential in a log line of a silent logger is found (then forgotten, so this file passes)', () => {
    const planted = `planted ${basicAuth(DEMO.keyId, DEMO.keySecret)} and ${DEMO.keySecret}`;
    createLogger('silent').info({ note: planted }, 'planted on purpose');
    const found = findLeaks();
    forgetRecords((r) => r.text.includes('planted on purpose'));
    expect(found).toEqual([
      { secret: 'demo…', source: 'log', where: 'log' },
      { secret: 'ZGVt…', source: 'log', where: 'log' },
    ]);
    expect(findLeaks()).toEqual([]);
  });
});
