// Structured JSON logs, one line each, to stderr. Pino-compatible call shape (`log.info(obj, msg)`) so the
// upstream client can take this logger as is. Callers never pass credentials; `redact` below is the last
// line of defence for keys that look like one.

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
export type LogFn = (obj: Record<string, unknown>, msg: string) => void;

export interface Logger {
  debug: LogFn;
  info: LogFn;
  warn: LogFn;
  error: LogFn;
}

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };
const SECRET_KEY = /authori[sz]ation|secret|token|password|cookie/i;

function redact(obj: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(obj)) out[key] = SECRET_KEY.test(key) ? '[redacted]' : value;
  return out;
}

// Taps see every line any logger formats, whatever its level (the test suite's secrets scan reads them);
// with no tap, a line below the level is not even formatted.
const taps = new Set<(line: string) => void>();

/** Registers a tap; returns its removal. */
export function addLogTap(tap: (line: string) => void): () => void {
  taps.add(tap);
  return () => {
    taps.delete(tap);
  };
}

export function createLogger(
  level: LogLevel = 'info',
  write: (line: string) => void = (line) => process.stderr.write(line),
): Logger {
  const make =
    (name: Exclude<LogLevel, 'silent'>): LogFn =>
    (obj, msg) => {
      const enabled = ORDER[name] >= ORDER[level];
      if (!enabled && taps.size === 0) return;
      const line = `${JSON.stringify({ level: name, time: new Date().toISOString(), msg, ...redact(obj) })}\n`;
      for (const tap of taps) tap(line);
      if (enabled) write(line);
    };
  return { debug: make('debug'), info: make('info'), warn: make('warn'), error: make('error') };
}

export const silentLogger: Logger = createLogger('silent');
