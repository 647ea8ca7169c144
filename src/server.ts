import { pathToFileURL } from 'node:url';
import { ConfigError } from './config.ts';
import { addressInUse, startBanner } from './server/messages.ts';
import { shutdownOnSignals } from './server/shutdown.ts';
import { startServer } from './server/start.ts';
import type { RunningServer } from './server/types.ts';

// The server's entry point (`npm start`, `node --import tsx src/server.ts`) and its public API. The start
// sequence is in server/start.ts, the request routing in server/requests.ts, stopping in server/shutdown.ts,
// what `npm start` prints in server/messages.ts.

export { startBanner } from './server/messages.ts';
export { startServer } from './server/start.ts';
export type { RunningServer, StartServerOptions } from './server/types.ts';

async function main() {
  let running: RunningServer;
  try {
    running = await startServer();
  } catch (error) {
    const inUse = addressInUse(error);
    if (error instanceof ConfigError || inUse) {
      process.stderr.write(`${inUse ?? (error as Error).message}\n`);
      process.exit(inUse ? 1 : 2);
    }
    throw error;
  }
  process.stdout.write(startBanner(running));
  shutdownOnSignals(running);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
