import type { RunningServer } from './types.ts';

// What `npm start` prints: the banner once the server listens, and one line for a start error it expects.

/** One line for a port that is taken (the server's or the embedded sandbox's), instead of a stack trace. */
export function addressInUse(error: unknown): string | undefined {
  const e = error as { code?: unknown; address?: unknown; port?: unknown };
  if (e?.code !== 'EADDRINUSE') return undefined;
  return `Cannot listen on ${String(e.address)}:${String(e.port)}: the address is already in use (another server running?). Stop it, or choose another port with PORT (or SANDBOX_PORT for the embedded sandbox).`;
}

/** Where to go, and with the embedded sandbox, how to use its demo data. */
export function startBanner(
  running: Pick<RunningServer, 'url' | 'sandboxUrl' | 'demoAuthorization'> &
    Partial<Pick<RunningServer, 'metricsUrl'>>,
): string {
  const lines = [`GraphQL server ready at ${running.url} (GraphiQL in a browser)`];
  if (running.metricsUrl) lines.push(`Prometheus metrics at ${running.metricsUrl}`);
  if (running.sandboxUrl) {
    lines.push(
      `Embedded Sinch sandbox at ${running.sandboxUrl} (demo data; project id "demo-project")`,
      'Requests without an Authorization header use the demo key; one that sends its own is forwarded with it, e.g.',
      `Authorization: ${running.demoAuthorization}`,
      'Move the demo senders one simulated day on (reviews progress, invites are answered):',
      `curl -s -X POST ${running.sandboxUrl}/_sandbox/advance -H 'content-type: application/json' -d '{"steps": 1}'`,
    );
  }
  return `${lines.join('\n')}\n`;
}
