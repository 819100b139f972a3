/**
 * Ready-made failures for the `failNext` hook, shaped like Contentful's real 429 and 500
 * responses, so fault tests exercise the same headers and bodies a client meets in production.
 */
import type { IncomingMessage } from 'node:http';
import { randomUUID } from 'node:crypto';

/** A response the server sends instead of handling the request. */
export interface InjectedFailure {
  status: number;
  /** An object is sent as JSON, a string as plain text. */
  body?: unknown;
  headers?: Record<string, string>;
}

export type FailureHook = (req: IncomingMessage) => InjectedFailure | undefined;

/** Contentful's 429: the reset header says how many seconds until the next request may succeed. */
export function rateLimited(resetSeconds = 1): InjectedFailure {
  return {
    status: 429,
    headers: { 'X-Contentful-RateLimit-Reset': String(resetSeconds), 'Retry-After': String(resetSeconds) },
    body: {
      sys: { type: 'Error', id: 'RateLimitExceeded' },
      message:
        'You have exceeded the rate limit of the Organization this Space belongs to by making too many API requests within a short timespan. Please wait a moment before trying the request again.',
      requestId: randomUUID(),
    },
  };
}

export function serverError(): InjectedFailure {
  return {
    status: 500,
    body: { sys: { type: 'Error', id: 'ServerError' }, message: 'Internal server error occurred.', requestId: randomUUID() },
  };
}

/** A `failNext` hook that answers the next `times` requests with `failure`, then lets requests through. */
export function failTimes(times: number, failure: () => InjectedFailure): FailureHook {
  let remaining = times;
  return () => {
    if (remaining <= 0) return undefined;
    remaining -= 1;
    return failure();
  };
}
