/**
 * Turns what Contentful answers (or what the `contentful` client throws) into
 * {@link ContentSourceError}s with a kind the content client can act on and a message that says
 * what to do next. Both readers (the fetch reader and the official client) use these, so the same
 * failure reads the same whichever of them met it.
 */
import { ContentSourceError, type ContentErrorKind } from '../source.js';

interface ParsedError {
  status?: number;
  message?: string;
}

/** The client serialises the response into the error's message as JSON. */
function parse(error: Error): ParsedError {
  try {
    const data = JSON.parse(error.message) as { status?: number; message?: string } | null;
    if (typeof data !== 'object' || data === null) return {};
    return {
      ...(typeof data.status === 'number' ? { status: data.status } : {}),
      ...(typeof data.message === 'string' && data.message ? { message: data.message } : {}),
    };
  } catch {
    return {};
  }
}

/**
 * The answer started (status and headers arrived) but the body never came in full: a timeout,
 * not a refusal, whatever the status said.
 */
export function incompleteAnswer(status: number, where: string, cause?: unknown): ContentSourceError {
  return new ContentSourceError('timeout', `${where} started to answer (status ${status}) but did not send the whole answer in time`, cause === undefined ? undefined : { cause });
}

/**
 * What an HTTP status other than 2xx means for a load, whichever API sent it: the Open Referral UK
 * reader shares it, so the same status is the same kind (and retried the same way) everywhere.
 */
export function errorKindForStatus(status: number): ContentErrorKind {
  if (status < 400) return 'invalid-response';
  if (status === 401 || status === 403) return 'auth';
  if (status === 404) return 'not-found';
  if (status === 429) return 'rate-limited';
  return status >= 500 ? 'server' : 'invalid-response';
}

/** The error for an HTTP status other than 2xx that Contentful answered with. */
export function statusError(status: number, where: string, message?: string, cause?: unknown): ContentSourceError {
  const detail = message ? `: ${message}` : '';
  const kind = errorKindForStatus(status);
  let text: string;
  if (status < 400) {
    // Contentful does not redirect API requests; a 3xx comes from something in front of it.
    text = `${where} answered with status ${status} instead of content${detail}. Check the host setting.`;
  } else if (status === 401 || status === 403) {
    text = `${where} refused the access token${detail}. Check the space id, environment and Content Delivery (or Preview) API token.`;
  } else if (status === 404) {
    text = `${where} has no such space or environment${detail}. Check the space id and environment.`;
  } else if (status === 429) {
    text = `${where} is rate limiting requests${detail}`;
  } else if (status >= 500) {
    text = `${where} had a server error (${status})${detail}`;
  } else {
    text = `${where} rejected the request (${status})${detail}`;
  }
  return new ContentSourceError(kind, text, cause === undefined ? undefined : { cause });
}

/** What came back, in words, for an answer that is not a Contentful response. */
export function describeBody(body: unknown, contentType?: string): string {
  if (typeof body === 'string') {
    const text = body.trimStart();
    if (/^text\/html|^application\/xhtml/i.test(contentType ?? '') || text.startsWith('<')) return 'an HTML page';
    if (text === '') return 'an empty answer';
    if (text.startsWith('{') || text.startsWith('[')) return 'JSON that is cut short or broken';
    return 'text that is not JSON';
  }
  if (body === null) return '`null`';
  if (Array.isArray(body)) return 'a JSON list';
  if (typeof body === 'object') return Object.keys(body).length === 0 ? 'an empty JSON object (`{}`)' : 'JSON that is not a Contentful response';
  return typeof body === 'number' || typeof body === 'boolean' ? `the JSON value ${body}` : 'an empty answer';
}

/**
 * The CMS answered, but not with what Contentful sends: a maintenance page from a proxy, a cut-off
 * body, `null`, `{}`. Not retried (the same URL will answer the same), and never read as "nothing
 * there", so that a pack is not rebuilt from an empty answer.
 */
export function invalidResponse(where: string, what: string, status?: number, cause?: unknown): ContentSourceError {
  const at = status === undefined ? '' : ` (status ${status})`;
  return new ContentSourceError(
    'invalid-response',
    `${where}: the CMS answered with ${what}${at}, not a Contentful response. Check the host setting, or whether a proxy or maintenance page sits in front of the CMS.`,
    cause === undefined ? undefined : { cause },
  );
}

/** True for errors of the HTTP library under the `contentful` client (axios): no answer arrived. */
function isTransportError(error: Error): boolean {
  const { code } = error as { code?: unknown };
  return (error as { isAxiosError?: unknown }).isAxiosError === true || (typeof code === 'string' && /^E[A-Z_]+$/.test(code));
}

/** Maps an error thrown by the `contentful` client to a ContentSourceError. */
export function toSourceError(error: unknown, where: string): ContentSourceError {
  if (error instanceof ContentSourceError) return error;
  if (!(error instanceof Error)) return new ContentSourceError('network', `Could not reach ${where}`, { cause: error });
  const { status, message } = parse(error);
  // The client only fails a 2xx when its body broke off part-way.
  if (status !== undefined) return status >= 200 && status < 300 ? incompleteAnswer(status, where, error) : statusError(status, where, message, error);
  if (isTransportError(error)) {
    // The client's sync passes axios errors through unparsed: the status is on the response.
    const answered = (error as { response?: { status?: unknown; data?: unknown } }).response;
    if (typeof answered?.status === 'number') {
      if (answered.status >= 200 && answered.status < 300) return incompleteAnswer(answered.status, where, error);
      const body = answered.data as { message?: unknown } | undefined;
      return statusError(answered.status, where, typeof body?.message === 'string' ? body.message : undefined, error);
    }
    return /timeout|ECONNABORTED|ETIMEDOUT/i.test(`${(error as { code?: unknown }).code as string} ${error.message}`)
      ? new ContentSourceError('timeout', `${where} did not answer in time`, { cause: error })
      : new ContentSourceError('network', `Could not reach ${where} (${error.message.split('\n')[0]})`, { cause: error });
  }
  // Anything else (a TypeError from inside the client) came from reading an answer it did not
  // expect: the server answered, so this is not a network failure and retrying will not help.
  return new ContentSourceError('invalid-response', `${where} sent an answer that could not be read (${error.message.split('\n')[0]})`, { cause: error });
}

/**
 * The error for a request stopped by `signal`. The content client aborts with a `timeout` error
 * as the reason when its own deadline passes, and that kind is kept.
 */
export function cancelledError(signal: AbortSignal | undefined): ContentSourceError {
  const reason: unknown = signal?.reason;
  return new ContentSourceError(reason instanceof ContentSourceError ? reason.kind : 'aborted', 'The load was cancelled');
}
