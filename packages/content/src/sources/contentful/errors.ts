/**
 * Turns what the `contentful` client throws into {@link ContentSourceError}s with a kind the
 * content client can act on and a message that says what to do next.
 */
import { ContentSourceError, type ContentErrorKind } from '../source.js';

interface ParsedError {
  status?: number;
  message?: string;
  url?: string;
}

/** The client serialises the response into the error's message as JSON. */
function parse(error: Error): ParsedError {
  try {
    const data = JSON.parse(error.message) as { status?: number; message?: string; request?: { url?: string } };
    return { ...(data.status !== undefined ? { status: data.status } : {}), ...(data.message ? { message: data.message } : {}), ...(data.request?.url ? { url: data.request.url } : {}) };
  } catch {
    return {};
  }
}

/** HTTP status of a client error, when it had a response. */
export function statusOf(error: unknown): number | undefined {
  return error instanceof Error ? parse(error).status : undefined;
}

/** The request URL of a client error, when known. */
export function urlOf(error: unknown): string | undefined {
  return error instanceof Error ? parse(error).url : undefined;
}

/** Maps a client error to a ContentSourceError. */
export function toSourceError(error: unknown, where: string): ContentSourceError {
  if (error instanceof ContentSourceError) return error;
  if (!(error instanceof Error)) return new ContentSourceError('network', `Could not reach ${where}`, { cause: error });
  const { status, message } = parse(error);
  const detail = message ? `: ${message}` : '';
  let kind: ContentErrorKind;
  let text: string;
  if (status === undefined) {
    kind = /timeout|ECONNABORTED/i.test(error.message) ? 'timeout' : 'network';
    text = kind === 'timeout' ? `${where} did not answer in time` : `Could not reach ${where} (${error.message.split('\n')[0]})`;
  } else if (status === 401 || status === 403) {
    kind = 'auth';
    text = `${where} refused the access token${detail}. Check the space id, environment and Content Delivery (or Preview) API token.`;
  } else if (status === 404) {
    kind = 'not-found';
    text = `${where} has no such space or environment${detail}. Check the space id and environment.`;
  } else if (status === 429) {
    kind = 'rate-limited';
    text = `${where} is rate limiting requests${detail}`;
  } else if (status >= 500) {
    kind = 'server';
    text = `${where} had a server error (${status})${detail}`;
  } else {
    kind = 'invalid-response';
    text = `${where} rejected the request (${status})${detail}`;
  }
  return new ContentSourceError(kind, text, { cause: error });
}
