import { ConfigError } from './readers.ts';
import type { Config } from './shape.ts';

// Checks across variables, made by startServer on the config it starts with (the environment with the
// caller's overrides applied), so an override cannot slip past them.

/** CORS_ORIGINS=* with the server's own Sinch credentials would hand the project to any web page. */
export function checkStartConfig(config: Config): void {
  if (config.corsOrigins.includes('*') && (config.credentials || !config.sinchApiUrl)) {
    throw new ConfigError([
      `CORS_ORIGINS=* is refused while the server uses its own Sinch credentials (${
        config.credentials ? 'SINCH_KEY_ID' : "the embedded sandbox's demo key"
      }): any web page could then read and change the project's senders. List the allowed origins instead.`,
    ]);
  }
}
