import type { PagingLimits } from './paging.js';

/** Settings of the Contentful source. */
export interface ContentfulSourceOptions {
  /** Space id. */
  readonly space: string;
  /** Content Delivery API token (or Content Preview API token with `preview`). */
  readonly accessToken: string;
  /** Environment id. Default `master`. */
  readonly environment?: string;
  /**
   * API host. Default `cdn.contentful.com`, or `preview.contentful.com` with `preview`. A local
   * server: `127.0.0.1:8787` with `insecure`.
   */
  readonly host?: string;
  /** Use http instead of https (local servers only). */
  readonly insecure?: boolean;
  /** Read draft content through the Content Preview API. */
  readonly preview?: boolean;
  /** Per-request timeout in ms. Default 4,000. */
  readonly timeoutMs?: number;
  /** Extra attempts after a failure that may pass. Default 2. */
  readonly retries?: number;
  /** Longest wait before a retry, in ms; a longer `Retry-After` fails at once instead. Default 2,000. */
  readonly maxRetryWaitMs?: number;
  /** Entries per page (Contentful allows up to 1,000). Default 1,000. */
  readonly pageSize?: number;
  /** Link depth to include (Contentful allows up to 10). Default 10, enough for the whole model. */
  readonly include?: number;
  /**
   * Bounds of the entries paging loop of one load: at most `maxPages` pages (default 100) and no
   * new page after `deadlineMs` (default 120,000).
   */
  readonly paging?: PagingLimits;
  /** The `fetch` the fetch reader uses. Default `globalThis.fetch`. */
  readonly fetch?: typeof globalThis.fetch;
}

/** The API host the options point at. */
export function contentfulHost(options: ContentfulSourceOptions): string {
  return options.host ?? (options.preview ? 'preview.contentful.com' : 'cdn.contentful.com');
}

/** Names the API for messages, e.g. "Contentful (Delivery API, space x, environment master)". */
export function contentfulWhere(options: ContentfulSourceOptions): string {
  return `Contentful (${options.preview ? 'Preview' : 'Delivery'} API, space ${options.space}, environment ${options.environment ?? 'master'})`;
}

/** The source's retry budget: at most 2 retries, never a wait longer than 2 s, unless told otherwise. */
export function contentfulRetryPolicy(options: ContentfulSourceOptions): { retries: number; maxWaitMs: number } {
  return { retries: options.retries ?? 2, maxWaitMs: options.maxRetryWaitMs ?? 2000 };
}

/** Identifies the space, environment and API (never the token) for caching. */
export function contentfulSourceKey(options: ContentfulSourceOptions): string {
  return `contentful:${contentfulHost(options)}/${options.space}/${options.environment ?? 'master'}${options.preview ? '/preview' : ''}`;
}
