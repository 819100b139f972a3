/**
 * Webhook signatures, so the council's case system can tell a request came from its receiver
 * and was not replayed: HMAC-SHA256 over `<timestamp>.<body>` with a shared secret.
 *
 * Headers: `X-FH-Timestamp: <unix seconds>` and `X-FH-Signature: v1=<hex>`. To verify, compute
 * the HMAC of the timestamp, a dot and the raw body bytes, compare in constant time, and refuse
 * timestamps more than five minutes away from now.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** The header with the signature. */
export const SIGNATURE_HEADER = 'X-FH-Signature';
/** The header with the signing time (unix seconds). */
export const TIMESTAMP_HEADER = 'X-FH-Timestamp';

/** `v1=<hex>` for `body` sent at `timestamp` (unix seconds). */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * Checks a signature as a case system should: right HMAC (compared in constant time) and a
 * timestamp within `toleranceSeconds` of `now`.
 */
export function verifyWebhook(secret: string, headers: { timestamp: string | undefined; signature: string | undefined }, body: string, now: number = Date.now(), toleranceSeconds = 300): boolean {
  const timestamp = Number(headers.timestamp);
  if (!Number.isSafeInteger(timestamp) || Math.abs(now / 1000 - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(signWebhook(secret, timestamp, body));
  const given = Buffer.from(headers.signature ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
