/**
 * The service search indexes `family-hubs pack` prebuilds, one per locale: over the documents a
 * page would make from this pack, made the way a page makes them (the pack read and validated by
 * the pack source, then the service search view), so their fingerprints match in the browser.
 */
import { prebuildSearchIndex, type PrebuiltSearchIndex } from '../../search/prebuilt.js';
import { serviceSearchView } from '../../views/service-search.js';
import { serviceSearchResolver } from '../../views/service-search-resolver.js';
import type { ContentPack } from './format.js';
import { createPackSource } from './pack-source.js';

/** Prebuilt search indexes by locale code, for the locales that have services (for `leanPackFiles`' `searchIndexes`). */
export async function prebuildPackSearchIndexes(pack: ContentPack): Promise<Map<string, PrebuiltSearchIndex>> {
  const source = createPackSource({ pack, key: 'search-index' });
  const indexes = new Map<string, PrebuiltSearchIndex>();
  for (const { code } of pack.locales) {
    if (!pack.content[code]) continue;
    const { set } = await source.load(serviceSearchView.query(code));
    const documents = serviceSearchResolver.resolve(set)?.documents ?? [];
    if (documents.length) indexes.set(code, prebuildSearchIndex(documents));
  }
  return indexes;
}
