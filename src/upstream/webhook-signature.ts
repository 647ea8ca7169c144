// The signature of Sinch's provisioning webhook deliveries: the one place that says what is signed, shared
// by the sandbox (which signs what it delivers) and the receiver (which verifies what arrives).
//
// ASSUMPTION — to check against a real delivery. The Provisioning API publishes the four headers
// (x-sinch-webhook-signature, -algorithm: HmacSHA256, -nonce, -timestamp) but not the string that is
// signed. This follows Sinch's scheme for its other callbacks (Conversation API, SMS):
//   Base64(HMAC-SHA256(secret, rawBody + "." + nonce + "." + timestamp))
// over the raw body bytes, the timestamp in Unix seconds. If a real delivery disagrees, change `signedBytes`
// (and only it): the sandbox and the receiver follow.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-sinch-webhook-signature';
export const ALGORITHM_HEADER = 'x-sinch-webhook-signature-algorithm';
export const NONCE_HEADER = 'x-sinch-webhook-signature-nonce';
export const TIMESTAMP_HEADER = 'x-sinch-webhook-signature-timestamp';
/** The only algorithm the contract names (a constant in the spec). */
export const SIGNATURE_ALGORITHM = 'HmacSHA256';
/** Default accepted distance between a delivery's timestamp and our clock, either way. */
export const DEFAULT_TIMESTAMP_WINDOW_SECONDS = 300;

/** ASSUMPTION (see the top of this file): the bytes the HMAC covers. */
function signedBytes(rawBody: Uint8Array, nonce: string, timestamp: string): Buffer {
  return Buffer.concat([Buffer.from(rawBody), Buffer.from(`.${nonce}.${timestamp}`, 'utf8')]);
}

/** Base64 HMAC-SHA256 of a delivery, as the `x-sinch-webhook-signature` header carries it. */
export function signWebhook(secret: string, rawBody: Uint8Array, nonce: string, timestamp: string): string {
  return createHmac('sha256', secret)
    .update(signedBytes(rawBody, nonce, timestamp))
    .digest('base64');
}

/** A fresh nonce in the shape of the spec's example (26 characters, Crockford base32 like a ULID). */
export function newNonce(): string {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  const bytes = randomBytes(26);
  let out = '';
  for (const b of bytes) out += alphabet[b % 32];
  return out;
}

/** The four headers of a signed delivery of `rawBody`. */
export function webhookSignatureHeaders(
  secret: string,
  rawBody: Uint8Array,
  opts: { nonce?: string; timestampSeconds?: number } = {},
): Record<string, string> {
  const nonce = opts.nonce ?? newNonce();
  const timestamp = String(opts.timestampSeconds ?? Math.floor(Date.now() / 1000));
  return {
    [SIGNATURE_HEADER]: signWebhook(secret, rawBody, nonce, timestamp),
    [ALGORITHM_HEADER]: SIGNATURE_ALGORITHM,
    [NONCE_HEADER]: nonce,
    [TIMESTAMP_HEADER]: timestamp,
  };
}

export type SignatureCheck =
  | { ok: true; nonce: string; timestampSeconds: number }
  | {
      ok: false;
      /** 400: a header is missing or malformed; 401: the delivery is not ours or not fresh. */
      status: 400 | 401;
      reason:
        | 'missing_headers'
        | 'malformed_timestamp'
        | 'unsupported_algorithm'
        | 'stale_timestamp'
        | 'bad_signature';
      message: string;
    };

/**
 * Verifies a delivery: the four headers present, the algorithm HmacSHA256, the timestamp within
 * `windowSeconds` of `nowSeconds`, and the signature equal (constant-time) to the HMAC under one of
 * `secrets` (several while a secret is being rotated).
 */
export function verifyWebhookSignature(
  secrets: readonly string[],
  rawBody: Uint8Array,
  header: (name: string) => string | null | undefined,
  opts: { nowSeconds?: number; windowSeconds?: number } = {},
): SignatureCheck {
  const signature = header(SIGNATURE_HEADER);
  const algorithm = header(ALGORITHM_HEADER);
  const nonce = header(NONCE_HEADER);
  const timestamp = header(TIMESTAMP_HEADER);
  const missing = [
    [SIGNATURE_HEADER, signature],
    [ALGORITHM_HEADER, algorithm],
    [NONCE_HEADER, nonce],
    [TIMESTAMP_HEADER, timestamp],
  ]
    .filter(([, v]) => !v)
    .map(([k]) => k);
  if (missing.length > 0 || !signature || !algorithm || !nonce || !timestamp) {
    return { ok: false, status: 400, reason: 'missing_headers', message: `Missing ${missing.join(', ')}.` };
  }
  if (!/^\d{1,12}$/.test(timestamp)) {
    return {
      ok: false,
      status: 400,
      reason: 'malformed_timestamp',
      message: `${TIMESTAMP_HEADER} must be Unix seconds.`,
    };
  }
  if (algorithm !== SIGNATURE_ALGORITHM) {
    return {
      ok: false,
      status: 401,
      reason: 'unsupported_algorithm',
      message: `${ALGORITHM_HEADER} must be ${SIGNATURE_ALGORITHM}.`,
    };
  }
  const now = opts.nowSeconds ?? Math.floor(Date.now() / 1000);
  const window = opts.windowSeconds ?? DEFAULT_TIMESTAMP_WINDOW_SECONDS;
  const timestampSeconds = Number(timestamp);
  if (Math.abs(now - timestampSeconds) > window) {
    return {
      ok: false,
      status: 401,
      reason: 'stale_timestamp',
      message: `The delivery's timestamp is more than ${window} s from this server's clock.`,
    };
  }
  const given = Buffer.from(signature, 'base64');
  let match = false;
  for (const secret of secrets) {
    const expected = Buffer.from(signWebhook(secret, rawBody, nonce, timestamp), 'base64');
    // Every secret is compared (no early exit), each compare constant-time.
    if (given.length === expected.length && timingSafeEqual(given, expected)) match = true;
  }
  if (!match)
    return { ok: false, status: 401, reason: 'bad_signature', message: 'The signature does not match.' };
  return { ok: true, nonce, timestampSeconds };
}
