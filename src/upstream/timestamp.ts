// The one strict ISO-8601 parser for instants: upstream timestamps and the DateTime scalar's input. The
// upstream writes "UTC ISO 8601", but its published examples use a lower-case separator
// (`2023-01-19t13:11:08.204Z`, contract §2), so the separator is lenient; the calendar is not: Date would
// roll 2023-02-30 over to March 2 and accept 24:00, so every field is range-checked here instead.

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?([Zz]|[+-]\d{2}:?\d{2})?$/;

export interface TimestampOptions {
  /** Refuse a value without an offset (client input: a local time is ambiguous). Default false: UTC. */
  requireOffset?: boolean;
}

/** Parses an ISO-8601 instant; a missing offset means UTC unless required. Null for anything else. */
export function parseTimestamp(s: string, options: TimestampOptions = {}): Date | null {
  const m = ISO.exec(s);
  if (!m) return null;
  const [, y, mo, d, h, mi, sec = '0', frac = '0', zone] = m;
  if (zone === undefined && options.requireOffset) return null;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(sec);
  const ms = Math.floor(Number(`0.${frac}`) * 1000);
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return null;
  const offset = offsetMinutes(zone ?? 'Z');
  if (offset === null) return null;
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  // Reject impossible days (2023-02-30) instead of letting Date roll them over.
  if (new Date(utc).getUTCDate() !== day) return null;
  return new Date(utc - offset * 60_000);
}

/** Parses an upstream timestamp; a missing offset means UTC. Returns null for anything that is not one. */
export function parseUpstreamTimestamp(s: string): Date | null {
  return parseTimestamp(s);
}

/** The offset in minutes east of UTC; null when out of range (+24:00, +05:60). */
function offsetMinutes(zone: string): number | null {
  if (zone === 'Z' || zone === 'z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2, 4));
  if (hours > 23 || minutes > 59) return null;
  return sign * (hours * 60 + minutes);
}
