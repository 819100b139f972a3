/**
 * The staff API as the `family-hubs receiver list|show|handle|export` commands call it: one
 * place that finds the receiver and the token, makes the call, and turns every way it can fail
 * into one line that says what to do (exit 2).
 *
 * The token is read from `FH_RECEIVER_STAFF_TOKEN` only, never from an option, so it stays out of
 * shell history and process listings; it goes in the `Authorization` header and nowhere else (no
 * message, URL or log line carries it).
 */
import { CliError } from '../command.js';

/** Where a staff command sends, and with what. */
export interface StaffConnection {
  /** The receiver's base URL, without credentials (safe to print). */
  readonly url: URL;
  readonly token: string;
}

/** An answer from the staff API that the command can use. */
export interface StaffAnswer {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
}

const DEFAULT_URL = 'http://127.0.0.1:8787';
const TIMEOUT_MS = 30_000;
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/;

/**
 * The receiver URL (`--receiver`, else `FH_RECEIVER_URL`, else the local default) and the token.
 * Plain `http://` is allowed to this machine only, unless `insecure` says otherwise: elsewhere the
 * token would cross the network readable.
 */
export function staffConnection(env: Readonly<Record<string, string | undefined>>, receiver: string | undefined, insecure: boolean): StaffConnection {
  const text = receiver ?? env['FH_RECEIVER_URL']?.trim() ?? DEFAULT_URL;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new CliError(`--receiver "${text}" is not a URL`, `Pass the receiver's address, e.g. --receiver ${DEFAULT_URL}`);
  }
  if (url.username || url.password) throw new CliError('--receiver must not hold a user name or password', 'The staff token comes from FH_RECEIVER_STAFF_TOKEN; pass the address alone');
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new CliError(`--receiver must be an http(s) address, not ${url.protocol}`, `For example --receiver ${DEFAULT_URL}`);
  if (url.protocol === 'http:' && !LOOPBACK.test(url.hostname) && !insecure) {
    throw new CliError(`Refusing to send the staff token over plain HTTP to ${url.host}`, 'Use the https:// address of the council’s proxy, or pass --insecure on a private network you trust');
  }
  const token = env['FH_RECEIVER_STAFF_TOKEN']?.trim() ?? '';
  if (token === '') {
    throw new CliError('FH_RECEIVER_STAFF_TOKEN is not set', 'Set it in the environment to the receiver’s staff token (it is never an option, so it stays out of shell history and `ps`)');
  }
  return { url, token };
}

/** `path` and `query` on the receiver, keeping any path prefix the proxy adds (`https://…/receiver/`). */
function staffUrl(base: URL, path: string, query: Readonly<Record<string, string | undefined>>): URL {
  const url = new URL(`${base.pathname.replace(/\/+$/, '')}${path}`, base);
  for (const [name, value] of Object.entries(query)) if (value !== undefined) url.searchParams.set(name, value);
  return url;
}

/** Why the call never got an answer, as a short code (`ECONNREFUSED`, `timeout`). */
function failureCode(error: unknown): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return 'no answer in 30 seconds';
  const cause = (error as { cause?: { code?: unknown; name?: unknown } } | undefined)?.cause;
  if (typeof cause?.code === 'string') return cause.code;
  if (typeof cause?.name === 'string') return cause.name;
  return (error as Error | undefined)?.name ?? 'error';
}

/**
 * Calls the staff API. A refused token, an answer that is not the receiver's, and a receiver
 * that is down or failing are CliErrors (exit 2); other statuses (404, 400) go back to the command,
 * which knows what they mean.
 */
export async function callStaff(connection: StaffConnection, method: 'GET' | 'POST', path: string, query: Readonly<Record<string, string | undefined>> = {}): Promise<StaffAnswer> {
  const url = staffUrl(connection.url, path, query);
  const where = connection.url.origin + connection.url.pathname.replace(/\/+$/, '');
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, { method, headers: { Authorization: `Bearer ${connection.token}`, Accept: 'application/json, text/csv' }, redirect: 'error', signal: AbortSignal.timeout(TIMEOUT_MS) });
    text = await response.text();
  } catch (error) {
    throw new CliError(`Cannot reach the receiver at ${where} (${failureCode(error)})`, 'Check that it is running and that --receiver (or FH_RECEIVER_URL) is its address');
  }
  if (response.status === 401) {
    throw new CliError(`The receiver at ${where} refused the staff token`, 'Set FH_RECEIVER_STAFF_TOKEN to the value the receiver was started with');
  }
  const type = response.headers.get('content-type') ?? '';
  if (!/^(application\/json|text\/csv)/.test(type)) {
    throw new CliError(`${where} answered ${response.status} with ${type.split(';')[0] || 'no content type'}, not as a family-hubs receiver does`, 'Check that --receiver (or FH_RECEIVER_URL) is the receiver’s address, not another site');
  }
  if (response.status >= 500) {
    throw new CliError(`The receiver at ${where} failed (${response.status})`, 'Check its logs and /readyz (is the database up?), then try again');
  }
  return { status: response.status, headers: response.headers, text };
}

/** The answer's JSON body; an answer that is not JSON is a CliError. */
export function answerJson<T>(answer: StaffAnswer): T {
  try {
    return JSON.parse(answer.text) as T;
  } catch {
    throw new CliError(`The receiver answered ${answer.status} with a body that is not JSON`, 'Check that --receiver (or FH_RECEIVER_URL) is the receiver’s address');
  }
}
