/**
 * The canonical form of a {@link ContentQuery}, so that two widgets asking for the same content in
 * a different order share one cache entry and one request.
 */
import { registryTypes } from '../model/registry.js';
import type { ContentQuery } from '../sources/source.js';

/**
 * A string that is equal for queries asking for the same content: types and ids are sorted and
 * de-duplicated. "No ids" (every entry) and an empty id list (no entries) stay different, as they
 * ask for different things. The locale is kept as given, because sources match locale codes exactly.
 * The registry counts by its type ids: two readers that validate different types see different sets.
 * A view's query counts by its view (id and version).
 */
export function queryKey(query: ContentQuery): string {
  const canonical = (values: readonly string[]): string[] => [...new Set(values)].sort();
  // JSON keeps the parts apart whatever characters an id or locale contains.
  // A view's query names its view, which stands for its registry: it may be answered with the
  // view prebuilt, which another view over the same types could not use.
  const reader = typeof query.registry === 'function' ? null : registryTypes(query.registry);
  const view = query.view ? [query.view.id, query.view.version ?? null] : null;
  return JSON.stringify([query.locale, canonical(query.types), query.ids === undefined ? null : canonical(query.ids), reader, view]);
}
