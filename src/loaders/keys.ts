// Loader and de-duplication keys. Every key starts with the caller's credential fingerprint, so even a
// loader that outlived its request could never hand one caller's data to another.

export function makeKey(authKey: string, ...parts: readonly unknown[]): string {
  return JSON.stringify([authKey, ...parts]);
}

/** The parts after the fingerprint, as stored by makeKey. */
export function parseKey(key: string): unknown[] {
  const parsed: unknown = JSON.parse(key);
  if (!Array.isArray(parsed) || parsed.length < 1) throw new TypeError('malformed loader key');
  return parsed.slice(1);
}
