// Captures the log lines every project logger formats while a test runs (through the log tap, so whatever
// the logger's level), parsed, with their raw text for size checks.
import { addLogTap } from '../../src/log.ts';

export interface LogLine {
  level: string;
  msg: string;
  raw: string;
  [field: string]: unknown;
}

export interface LogCapture {
  lines(): LogLine[];
  stop(): void;
}

export function captureLog(): LogCapture {
  const lines: LogLine[] = [];
  const stop = addLogTap((raw) => {
    lines.push({ ...(JSON.parse(raw) as { level: string; msg: string }), raw });
  });
  return { lines: () => [...lines], stop };
}
