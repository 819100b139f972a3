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
}

/** The API host the options point at. */
export function contentfulHost(options: ContentfulSourceOptions): string {
  return options.host ?? (options.preview ? 'preview.contentful.com' : 'cdn.contentful.com');
}

/** Identifies the space, environment and API (never the token) for caching. */
export function contentfulSourceKey(options: ContentfulSourceOptions): string {
  return `contentful:${contentfulHost(options)}/${options.space}/${options.environment ?? 'master'}${options.preview ? '/preview' : ''}`;
}
