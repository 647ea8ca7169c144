// The sandbox's documented deterministic rules (docs/sandbox.md). Exported so tests and other
// helpers can predict outcomes instead of hard-coding them.

/** What a tester does with an invite, decided on POST /_sandbox/advance, by the number's last digit. */
export type InviteAnswer = 'VERIFIED' | 'DECLINED' | 'EXPIRED' | 'REJECTED' | 'NO_ANSWER';

/**
 * Last digit 0-4 or 8 → VERIFIED (accepts), 5 → DECLINED, 6 → EXPIRED (no answer in time),
 * 7 → REJECTED (operator/Google refuses), 9 → NO_ANSWER (stays UNVERIFIED; asked again on the next advance).
 */
export function inviteAnswerFor(number: string): InviteAnswer {
  const last = number.at(-1) ?? '0';
  switch (last) {
    case '5':
      return 'DECLINED';
    case '6':
      return 'EXPIRED';
    case '7':
      return 'REJECTED';
    case '9':
      return 'NO_ANSWER';
    default:
      return 'VERIFIED';
  }
}

/** E.164 numbers with the unassigned country code +999 are "invalid" (400 add_test_number_invalid). */
export function isInvalidTestNumber(number: string): boolean {
  return number.startsWith('+999');
}

/** A VERIFIED tester whose number ends in 8 has no RCS-reachable device (404 user_cannot_be_reached). */
export function isUnreachable(number: string): boolean {
  return number.endsWith('8');
}

const OPTIONAL_FEATURES = [
  'ACTION_COMPOSE',
  'ACTION_CREATE_CALENDAR_EVENT',
  'ACTION_OPEN_URL',
  'ACTION_OPEN_URL_IN_WEBVIEW',
  'ACTION_SHARE_LOCATION',
  'ACTION_VIEW_LOCATION',
  'RICHCARD_CAROUSEL',
  'RICHCARD_STANDALONE',
] as const;

/**
 * Capabilities of a reachable tester: always REVOCATION and ACTION_DIAL (the published example), plus
 * OPTIONAL_FEATURES[i] for every bit i set in (sum of the number's digits) mod 256.
 */
export function capabilitiesFor(number: string): string[] {
  const sum = [...number].reduce((acc, ch) => acc + (/\d/.test(ch) ? Number(ch) : 0), 0) % 256;
  const features = ['REVOCATION', 'ACTION_DIAL'];
  OPTIONAL_FEATURES.forEach((f, i) => {
    if (sum & (1 << i)) features.push(f);
  });
  return features;
}

/** Operator review rule on advance: "Free" (FR) rejects PROMOTIONAL senders; every other operator approves. */
export function operatorRejects(operator: string, country: string, useCase: string): boolean {
  return operator === 'Free' && country === 'FR' && useCase === 'PROMOTIONAL';
}

export const REJECTION_REMARK = 'Sender was rejected due to operator policy.';

/** Tester invite caps (Google RBM): per sender 20 per simulated day, 200 in total. */
export const INVITES_PER_DAY = 20;
export const INVITES_TOTAL = 200;

/** URI the sandbox's "Sinch" adds as the review video when a PREPARING_LAUNCH sender advances. */
export function reviewVideoUri(senderId: string): string {
  return `https://sandbox.sinch.invalid/review-videos/${senderId}.mp4`;
}
