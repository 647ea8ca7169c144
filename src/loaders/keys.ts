import type { Context } from '../context.ts';

// What every loader shares: the part of the request context it reads, and its keys. Every key starts with
// the caller's credential fingerprint, so even a loader that outlived its request could never hand one
// caller's data to another.

/** What the batch functions need from a request context. */
export type LoaderContext = Pick<
  Context,
  'auth' | 'authKey' | 'deps' | 'signal' | 'deadline' | 'requestId' | 'meter'
>;

export function makeKey(authKey: string, ...parts: readonly unknown[]): string {
  return JSON.stringify([authKey, ...parts]);
}

/** The parts after the fingerprint, as stored by makeKey. */
export function parseKey(key: string): unknown[] {
  const parsed: unknown = JSON.parse(key);
  if (!Array.isArray(parsed) || parsed.length < 1) throw new TypeError('malformed loader key');
  return parsed.slice(1);
}

/** A batch item's failure as the loader hands it out: an Error in that key's place only. */
export function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
