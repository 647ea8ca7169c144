// Deterministic identifiers and credentials: the sandbox never uses Math.random for stored data,
// so two runs with the same requests produce the same store.
import { createHash } from 'node:crypto';

function digest(seed: string): Buffer {
  return createHash('sha256').update(seed).digest();
}

/** A v4-shaped UUID derived from a seed string. */
export function uuidFrom(seed: string): string {
  const b = Buffer.from(digest(seed).subarray(0, 16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function tokenFrom(seed: string, length: number): string {
  const bytes = digest(seed);
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[(bytes[i % bytes.length] ?? 0) % ALPHABET.length];
  return out;
}

export function hexFrom(seed: string, length: number): string {
  return digest(seed).toString('hex').slice(0, length).toUpperCase();
}

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
