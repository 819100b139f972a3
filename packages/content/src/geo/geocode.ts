/**
 * Postcode to position, against any postcodes.io-compatible endpoint (postcodes.io itself, a
 * council's own mirror, or the demo server's `/api`): `GET {endpoint}/postcodes/{postcode}` and
 * `GET {endpoint}/outcodes/{outcode}`, each answering `{status, result: {latitude, longitude,
 * outcode}}`. Every failure is a {@link GeocodeError} of a kind the widget can word for a family.
 */
import type { GeoPoint } from '../model/definition/index.js';
import { parsePostcode } from './postcode.js';

/**
 * Why a look-up failed: `invalid` (not a postcode, nothing was sent), `not-found` (the service
 * does not know it), `unavailable` (network error, server error, or an answer that is not the
 * expected JSON), `timeout`, `aborted` (the caller's signal).
 */
export type GeocodeErrorKind = 'invalid' | 'not-found' | 'unavailable' | 'timeout' | 'aborted';

/** English messages for each kind a family can see (`aborted` is never shown). */
export const GEOCODE_ERROR_MESSAGES: Readonly<Record<Exclude<GeocodeErrorKind, 'aborted'>, string>> = {
  invalid: 'Enter a real postcode',
  'not-found': 'We could not find that postcode',
  unavailable: 'Sorry, we cannot look up postcodes at the moment. Try again later.',
  timeout: 'Sorry, looking up that postcode took too long. Try again.',
};

/** A failed look-up. */
export class GeocodeError extends Error {
  override readonly name = 'GeocodeError';
  /** What went wrong. */
  readonly kind: GeocodeErrorKind;
  /** The HTTP status, when the server answered. */
  readonly status: number | undefined;

  constructor(kind: GeocodeErrorKind, message: string, options: { status?: number; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.kind = kind;
    this.status = options.status;
  }
}

/** Options for {@link geocodePostcode}. */
export interface GeocodeOptions {
  /** Base URL of a postcodes.io-compatible API, e.g. `https://api.postcodes.io` or `/api`. */
  readonly endpoint: string;
  /** The fetch to use (default: the global one). */
  readonly fetch?: typeof fetch;
  readonly signal?: AbortSignal;
  /** Milliseconds before the look-up fails with `timeout` (default 5,000). */
  readonly timeoutMs?: number;
  /** Accept an outward code alone (`M27`) and look up its centre. Default true. */
  readonly allowOutcode?: boolean;
}

/** Where a postcode is. */
export interface GeocodedPostcode {
  /** The normalised postcode or outcode that was looked up. */
  readonly postcode: string;
  readonly outcode: string;
  readonly position: GeoPoint;
}

/** Default deadline: a family on mobile data should not wait longer than this for a postcode. */
export const DEFAULT_GEOCODE_TIMEOUT_MS = 5_000;

interface PostcodesIoBody {
  readonly status?: unknown;
  readonly result?: { readonly latitude?: unknown; readonly longitude?: unknown; readonly outcode?: unknown } | null;
}

const isBody = (value: unknown): value is PostcodesIoBody => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Looks up a postcode (or an outcode) typed by a family. The input is parsed first, so a postcode
 * that cannot exist never leaves the page.
 * @throws {GeocodeError} for every failure; `kind` says which.
 */
export async function geocodePostcode(input: string, options: GeocodeOptions): Promise<GeocodedPostcode> {
  const parsed = parsePostcode(input, { allowOutcode: options.allowOutcode ?? true });
  if (!parsed.ok) throw new GeocodeError('invalid', parsed.error === 'empty' ? 'No postcode was entered' : `"${input.trim()}" is not a UK postcode`);
  const path = parsed.kind === 'outcode' ? 'outcodes' : 'postcodes';
  const url = `${options.endpoint.replace(/\/+$/, '')}/${path}/${encodeURIComponent(parsed.postcode)}`;
  const body = await fetchJson(url, options);
  const result = body.result;
  const latitude = result?.latitude;
  const longitude = result?.longitude;
  // postcodes.io answers 200 with null coordinates for a few real postcodes (Channel Islands, new builds).
  if (typeof latitude !== 'number' || typeof longitude !== 'number' || !Number.isFinite(latitude) || !Number.isFinite(longitude)) {
    throw new GeocodeError('not-found', `${parsed.postcode} has no known position`);
  }
  const outcode = typeof result?.outcode === 'string' && result.outcode !== '' ? result.outcode.toUpperCase() : parsed.outcode;
  return { postcode: parsed.postcode, outcode, position: { lat: latitude, lon: longitude } };
}

/** GETs `url` under the options' deadline and signal, and returns its body when it is postcodes.io JSON. */
async function fetchJson(url: string, options: GeocodeOptions): Promise<PostcodesIoBody> {
  const outer = options.signal;
  if (outer?.aborted) throw new GeocodeError('aborted', 'The look-up was cancelled', { cause: outer.reason });
  const timeoutMs = options.timeoutMs ?? DEFAULT_GEOCODE_TIMEOUT_MS;
  const controller = new AbortController();
  let why: 'timeout' | 'aborted' | undefined;
  const onAbort = () => {
    why = 'aborted';
    controller.abort(outer?.reason);
  };
  outer?.addEventListener('abort', onAbort, { once: true });
  const timer = Number.isFinite(timeoutMs)
    ? setTimeout(() => {
        why = 'timeout';
        controller.abort();
      }, timeoutMs)
    : undefined;
  const stopped = (cause: unknown): GeocodeError =>
    why === 'timeout'
      ? new GeocodeError('timeout', `The postcode look-up did not answer within ${timeoutMs} ms`, { cause })
      : why === 'aborted'
        ? new GeocodeError('aborted', 'The look-up was cancelled', { cause })
        : new GeocodeError('unavailable', 'The postcode look-up could not be reached', { cause });
  try {
    const doFetch = options.fetch ?? globalThis.fetch;
    let response: Response;
    try {
      // No credentials and no referrer: a family's postcode goes to the look-up and nowhere else.
      response = await doFetch(url, { signal: controller.signal, credentials: 'omit', referrerPolicy: 'no-referrer', headers: { Accept: 'application/json' } });
    } catch (error) {
      throw stopped(error);
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch (error) {
      if (why) throw stopped(error);
      // A 404 page in HTML still means "not found"; anything else unreadable means the service is broken.
      if (response.status === 404) throw new GeocodeError('not-found', 'We could not find that postcode', { status: 404, cause: error });
      throw new GeocodeError('unavailable', `The postcode look-up answered ${response.status} with a body that is not JSON`, { status: response.status, cause: error });
    }
    if (response.status === 404 || response.status === 400) throw new GeocodeError('not-found', 'We could not find that postcode', { status: response.status });
    if (!response.ok) throw new GeocodeError('unavailable', `The postcode look-up answered ${response.status}`, { status: response.status });
    if (!isBody(body) || (body.result !== undefined && body.result !== null && typeof body.result !== 'object')) {
      throw new GeocodeError('unavailable', 'The postcode look-up answered with JSON of an unexpected shape', { status: response.status });
    }
    return body;
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', onAbort);
  }
}
