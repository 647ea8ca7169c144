// The logger shape the client accepts: pino-compatible (`logger.debug(obj, msg)`), so a pino or a console
// adapter can be passed as is. The client logs one line per attempt and per token request, never bodies
// or headers.

export type LogFn = (obj: Record<string, unknown>, msg: string) => void;

export interface UpstreamLogger {
  debug: LogFn;
  info: LogFn;
  warn: LogFn;
  error: LogFn;
}

const noop: LogFn = () => {};

export const silentLogger: UpstreamLogger = { debug: noop, info: noop, warn: noop, error: noop };
