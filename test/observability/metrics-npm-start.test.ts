// METRICS_PORT under `npm start` (the bundled server, as deployed): the banner says where metrics listen,
// that listener serves them, the public GraphQL port does not, and SIGTERM closes both.
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO } from '../../src/sandbox/index.ts';
import { descendants, type NpmStart, npmStart } from '../support/npm-start.ts';
import { scrape } from '../support/prometheus.ts';

describe('npm start with METRICS_PORT=0', () => {
  let run: NpmStart | undefined;
  afterEach(async () => {
    if (run && run.child.exitCode === null) {
      for (const pid of descendants(run.child.pid ?? 0)) process.kill(pid, 'SIGKILL');
      run.child.kill('SIGKILL');
      await run.exited;
    }
    run = undefined;
  });

  it('prints the metrics URL; it serves the registry, the GraphQL port answers 404 for /metrics', async () => {
    run = await npmStart({ METRICS_PORT: '0', LOG_LEVEL: 'warn' });
    const metricsUrl = /Prometheus metrics at (http:\/\/127\.0\.0\.1:\d+\/metrics)/.exec(run.stdout())?.[1];
    expect(metricsUrl).toBeDefined();
    const url = metricsUrl as string;
    expect(new URL(url).port).not.toBe(new URL(run.url).port);

    const res = await fetch(run.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `query Count { project(id: "${DEMO.projectId}") { rcsSenders(first: 1) { totalCount } } }`,
      }),
    });
    expect(res.status).toBe(200);
    expect((await fetch(run.url.replace(/\/graphql$/, '/metrics'))).status).toBe(404);

    const m = await scrape(url);
    expect(m.status).toBe(200);
    expect(m.value('graphql_envelop_request', { operationName: 'Count', outcome: 'ok' })).toBe(1);
    expect(
      m.value('sinch_upstream_requests_total', {
        route: '/v1/projects/{projectId}/rcs/senders',
        method: 'GET',
        status: '200',
      }),
    ).toBe(1);
    expect(m.find('process_resident_memory_bytes')).toHaveLength(1);

    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    await expect(fetch(url)).rejects.toThrow();
  });
});
