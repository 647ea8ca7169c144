// How src/config.ts reads one variable: each reader returns the value (or the fallback) and adds a problem
// naming the variable when the value is not valid, so every problem is reported at once.

export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
}

/** The contract's bounds of a webhook secret (WebhookWebhookInputDto.secret). */
export const WEBHOOK_SECRET_MAX_CHARS = 128;

export type Env = Readonly<Record<string, string | undefined>>;

/** The readers of one environment; their problems go to `problems`. A blank value counts as unset. */
export function envReaders(env: Env, problems: string[]) {
  const get = (name: string) => {
    const v = env[name]?.trim();
    return v === '' ? undefined : v;
  };
  const int = (name: string, fallback: number, min: number, max: number) => {
    const raw = get(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push(`${name} must be an integer ${min}..${max}, got "${raw}"`);
      return fallback;
    }
    return n;
  };
  const url = (name: string) => {
    const raw = get(name);
    if (raw === undefined) return undefined;
    try {
      const u = new URL(raw);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('scheme');
      return raw;
    } catch {
      problems.push(`${name} must be an http(s) URL, got "${raw}"`);
      return undefined;
    }
  };
  const flag = (name: string, fallback: boolean) => {
    const raw = get(name)?.toLowerCase();
    if (raw === undefined) return fallback;
    if (raw === 'true' || raw === '1') return true;
    if (raw === 'false' || raw === '0') return false;
    problems.push(`${name} must be true or false, got "${raw}"`);
    return fallback;
  };
  return { get, int, url, flag };
}

// Secrets are split on commas and trimmed; a problem names the entry by position, never its value.
export function secretList(name: string, raw: string | undefined, problems: string[]): string[] {
  if (raw === undefined || raw.trim() === '') return [];
  const entries = raw.split(',').map((e) => e.trim());
  const out: string[] = [];
  entries.forEach((entry, i) => {
    const which = entries.length > 1 ? ` (entry ${i + 1} of ${entries.length})` : '';
    if (entry.length === 0) problems.push(`${name}${which} is empty; each secret must be 1..128 characters`);
    else if (entry.length > WEBHOOK_SECRET_MAX_CHARS)
      problems.push(`${name}${which} is ${entry.length} characters; each secret must be 1..128 characters`);
    else out.push(entry);
  });
  return out;
}

export function isRedisUrl(raw: string): boolean {
  try {
    const u = new URL(raw);
    return (u.protocol === 'redis:' || u.protocol === 'rediss:') && u.hostname !== '';
  } catch {
    return false;
  }
}
