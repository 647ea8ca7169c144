// `node --import tsx bench/baseline/server.ts`: the baseline server of `npm run bench` (see schema.ts).
// Env: PORT (default 4100; 0 = any free port), SINCH_API_URL (required), SINCH_KEY_ID / SINCH_KEY_SECRET
// (default the sandbox's demo key). Prints "baseline ready at <url>" once it listens on 127.0.0.1.
import { createServer, type Server } from 'node:http';
import { pathToFileURL } from 'node:url';
import { createYoga } from 'graphql-yoga';
import { type BaselineContext, schema } from './schema.ts';

export function createBaselineServer(opts: { apiUrl: string; keyId: string; keySecret: string }): Server {
  const authorization = `Basic ${Buffer.from(`${opts.keyId}:${opts.keySecret}`).toString('base64')}`;
  const apiUrl = opts.apiUrl.replace(/\/$/, '');
  const yoga = createYoga<Record<string, unknown>, BaselineContext>({
    schema,
    context: () => ({ apiUrl, authorization }),
  });
  return createServer(yoga);
}

function main() {
  const apiUrl = process.env.SINCH_API_URL;
  if (!apiUrl) throw new Error('SINCH_API_URL is required');
  const server = createBaselineServer({
    apiUrl,
    keyId: process.env.SINCH_KEY_ID ?? 'demo-key',
    keySecret: process.env.SINCH_KEY_SECRET ?? 'demo-secret',
  });
  server.listen(Number(process.env.PORT ?? 4100), '127.0.0.1', () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    console.log(`baseline ready at http://127.0.0.1:${port}/graphql`);
  });
  const stop = () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
