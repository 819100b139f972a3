/**
 * CORS for the council pages that post requests: only listed origins, only `POST` with
 * `Content-Type` and `Idempotency-Key`, and preflights answered. No credentials: the receiver
 * uses no cookies.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Headers for a request from `origin`, or undefined when the origin is not allowed. */
export function corsHeaders(origin: string | undefined, allowed: readonly string[]): Record<string, string> | undefined {
  if (origin === undefined || !allowed.includes(origin)) return undefined;
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Methods': 'POST, OPTIONS',
    'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key',
    'Access-Control-Expose-Headers': 'Retry-After, Idempotent-Replayed',
    'Access-Control-Max-Age': '600',
    Vary: 'Origin',
  };
}

/** Answers a preflight: 204 with the CORS headers for an allowed origin, 403 otherwise. */
export function answerPreflight(req: IncomingMessage, res: ServerResponse, allowed: readonly string[]): void {
  const headers = corsHeaders(req.headers.origin, allowed);
  res.writeHead(headers ? 204 : 403, headers ?? { Vary: 'Origin' });
  res.end();
}
