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

// Lines for stderr are gathered and written once per turn of the event loop (one write call for all the
// request lines of a busy moment, as pino's asynchronous destination does), and at once when the process
// exits, however it exits (process.exit, a fatal error, the end of the event loop).
let pending: string[] = [];
let pendingChars = 0;
let scheduled = false;
/** Above this many buffered characters a write happens at once rather than at the end of the turn. */
const FLUSH_CHARS = 64 * 1024;

function flushStderr(): void {
  scheduled = false;
  if (pending.length === 0) return;
  const text = pending.length === 1 ? pending[0] : pending.join('');
  pending = [];
  pendingChars = 0;
  process.stderr.write(text as string);
}

function writeStderr(line: string): void {
  pending.push(line);
  pendingChars += line.length;
  if (pendingChars >= FLUSH_CHARS) flushStderr();
  else if (!scheduled) {
    scheduled = true;
    setImmediate(flushStderr);
  }
}
process.on('exit', flushStderr);

export function createLogger(level: LogLevel = 'info', write: (line: string) => void = writeStderr): Logger {
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
