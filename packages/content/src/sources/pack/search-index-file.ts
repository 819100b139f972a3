/**
 * Finds the prebuilt service search indexes a lean pack's manifest lists (`searchIndexes`), for
 * the service search to load instead of building its index. Kept apart from the pack source: it
 * reads one optional manifest field, and any failure means only that the search builds its own.
 */
import type { PrebuiltSearchIndexLocation } from '../../search/prebuilt.js';
import { CONTENT_PACK_MANIFEST_FORMAT } from './layout.js';

/**
 * The prebuilt search indexes listed by the lean pack at `manifestUrl`, with absolute URLs; only
 * files under the manifest's own folder, as for every other pack file. Empty for a single-file
 * pack, a pack without indexes, or a manifest that cannot be fetched or read: never rejects.
 */
export async function findPackSearchIndexes(
  manifestUrl: string,
  options: { readonly fetch?: typeof globalThis.fetch; readonly signal?: AbortSignal } = {},
): Promise<PrebuiltSearchIndexLocation[]> {
  try {
    const response = await (options.fetch ?? globalThis.fetch)(manifestUrl, {
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
      ...(options.signal ? { signal: options.signal } : {}),
    });
    if (!response.ok) return [];
    const manifest = (await response.json()) as { format?: unknown; searchIndexes?: unknown };
    if (manifest?.format !== CONTENT_PACK_MANIFEST_FORMAT || typeof manifest.searchIndexes !== 'object' || manifest.searchIndexes === null) return [];
    const base = new URL('.', response.url || manifestUrl);
    return Object.values(manifest.searchIndexes as Record<string, unknown>).flatMap((value): PrebuiltSearchIndexLocation[] => {
      const entry = value as Partial<Record<'path' | 'version' | 'documents' | 'count', unknown>> | null;
      if (typeof entry?.path !== 'string' || typeof entry.version !== 'number' || typeof entry.documents !== 'string' || typeof entry.count !== 'number') return [];
      const url = new URL(entry.path, base);
      if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) return [];
      return [{ url: url.href, version: entry.version, documents: entry.documents, count: entry.count }];
    });
  } catch {
    return [];
  }
}
