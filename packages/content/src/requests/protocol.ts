/**
 * The wire contract between the submission client and any receiver (the reference receiver, or
 * a council's own endpoint): one JSON POST, one JSON answer.
 *
 * - Request: `POST <endpoint>`, `Content-Type: application/json`, `Idempotency-Key: <uuid>`,
 *   body a {@link HelpRequest}.
 * - 201 with a {@link HelpRequestReceipt} (a replay of the same key answers 201 again, with `Idempotent-Replayed: true`; a 200 is read the same way): received; show the reference.
 * - 422 with a {@link HelpRequestRejection}: fix the fields and send again (same key is fine
 *   only with the same body; the client makes a new submission for changed answers).
 * - 408, 429, 5xx (with `Retry-After` when known): try again later with the same key.
 * - 409: the first send with this key is still being processed; try again shortly.
 */
import { HELP_REQUEST_ERROR_CODES, type HelpRequestErrorCode, type HelpRequestFieldError } from './limits.js';
import type { HelpRequest } from './schema.js';

const KNOWN_CODES: ReadonlySet<string> = new Set(HELP_REQUEST_ERROR_CODES);

/** The header that carries a submission's idempotency key. */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/** The answer to an accepted request. */
export interface HelpRequestReceipt {
  /** The reference the family can quote, e.g. `FH-7K3M-Q9TD`. No personal data. */
  readonly reference: string;
  /** When the request was received (ISO 8601). */
  readonly receivedAt: string;
}

/** The answer to a request with field errors (status 422). */
export interface HelpRequestRejection {
  readonly error: 'invalid_request';
  readonly errors: readonly HelpRequestFieldError[];
}

/** Parses a receipt from a response body, or returns undefined when it is not one. */
export function readReceipt(body: unknown): HelpRequestReceipt | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { reference, receivedAt } = body as Record<string, unknown>;
  if (typeof reference !== 'string' || reference === '' || reference.length > 64) return undefined;
  return { reference, receivedAt: typeof receivedAt === 'string' ? receivedAt : '' };
}

/**
 * Parses the field errors of a 422 body (an empty list when it has none the client understands).
 * A code this version does not know (a newer receiver) becomes `invalid_value`, so the widget
 * always has a message for it.
 */
export function readFieldErrors(body: unknown): HelpRequestFieldError[] {
  if (typeof body !== 'object' || body === null) return [];
  const { errors } = body as Record<string, unknown>;
  if (!Array.isArray(errors)) return [];
  return errors.flatMap((error: unknown) => {
    if (typeof error !== 'object' || error === null) return [];
    const { path, code } = error as Record<string, unknown>;
    if (typeof path !== 'string' || typeof code !== 'string') return [];
    return [{ path, code: KNOWN_CODES.has(code) ? (code as HelpRequestErrorCode) : 'invalid_value' }];
  });
}

/** A request, as sent: re-exported here so receivers can import the whole contract from one place. */
export type { HelpRequest };
