/**
 * Structured logs (one JSON object a line) that never hold personal data. Only the fields below
 * exist: an event name, a reference, codes, counts and durations. Bodies, headers, addresses, IPs
 * and query strings are never passed in, so they cannot leak by accident.
 */

/** The only things a log line can say. */
export interface LogFields {
  readonly reference?: string;
  /** The route template (`POST /requests`), never the raw URL. */
  readonly route?: string;
  readonly status?: number;
  readonly code?: string;
  readonly ms?: number;
  readonly attempts?: number;
  readonly count?: number;
  readonly store?: string;
  readonly url?: string;
}

/** A log line's severity. */
export type LogLevel = 'info' | 'warn' | 'error';

/** Writes log lines. */
export type Logger = (level: LogLevel, event: string, fields?: LogFields) => void;

/** A logger writing JSON lines through `write` (stdout by default). */
export function jsonLogger(write: (line: string) => void = (line) => process.stdout.write(`${line}\n`), now: () => number = Date.now): Logger {
  return (level, event, fields = {}) => write(JSON.stringify({ time: new Date(now()).toISOString(), level, event, ...fields }));
}

/** The origin of a URL, for logs: a webhook URL's path or query may carry a secret. */
export function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'invalid-url';
  }
}
