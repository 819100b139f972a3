/** The page-level content client: memory cache, shared loads, timeouts, stale-while-revalidate, fallbacks. */
export * from './types.js';
export { createContentClient, DEFAULT_MAX_AGE_MS, DEFAULT_TIMEOUT_MS } from './content-client.js';
export { queryKey } from './query-key.js';
export type { EditorPreview } from './editor-preview.js';
