/**
 * A source made of two: an overlay that answers some content types (a council's Open Referral UK
 * feed answering services) and a base that answers everything else (the content pack or
 * Contentful: site settings, hubs, the offer). Widgets see one source and one content set.
 */
import type { ContentSet } from '../content-set.js';
import type { ContentTypeId } from '../model/index.js';
import type { ContentQuery, ContentResult, ContentSource, LoadOptions } from './source.js';

/** Settings of {@link createLayeredSource}. */
export interface LayeredSourceOptions {
  /** Answers every query. */
  readonly base: ContentSource;
  /** Also asked when a query wants any of `overlayTypes`. */
  readonly overlay: ContentSource;
  /** The types the overlay serves. Entries of these types from both sources are shown; on an id in both, the overlay's. */
  readonly overlayTypes: readonly ContentTypeId[];
  /** Types only the overlay may answer (the base's entries of these types are dropped), e.g. `service`. */
  readonly overlayOnly?: readonly ContentTypeId[];
}

/**
 * Creates the layered source. A query that wants an overlay type loads both sources at once and
 * fails if either fails (so the content client's fallback answers rather than a page without
 * services); any other query goes to the base alone.
 */
export function createLayeredSource(options: LayeredSourceOptions): ContentSource {
  const { base, overlay, overlayTypes } = options;
  const only = new Set<string>(options.overlayOnly ?? []);
  return {
    key: `${base.key}+${overlay.key}`,
    // Only views the base answers can come prebuilt; the overlay's types are always entries.
    ...(base.entriesOnly ? { entriesOnly: true } : {}),
    async load(query: ContentQuery, loadOptions?: LoadOptions): Promise<ContentResult> {
      const wanted = query.types.filter((type) => overlayTypes.includes(type));
      if (wanted.length === 0) return base.load(query, loadOptions);
      // The base must answer with entries to merge: a view it holds prebuilt lacks the overlay's.
      const { view: _prebuiltLacksOverlay, ...entries } = query;
      const [below, above] = await Promise.all([base.load(entries, loadOptions), overlay.load({ ...entries, types: wanted }, loadOptions)]);
      return {
        set: merge(below.set, above.set, new Set(overlayTypes), only),
        issues: [...below.issues, ...above.issues],
        // The older of the two: content is only as fresh as its stalest part.
        fetchedAt: below.fetchedAt < above.fetchedAt ? below.fetchedAt : above.fetchedAt,
      };
    },
  };
}

function merge(below: ContentSet, above: ContentSet, overlayTypes: ReadonlySet<string>, only: ReadonlySet<string>): ContentSet {
  const entities: Record<string, Record<string, unknown>> = {};
  for (const [type, table] of Object.entries(below.entities)) if (!only.has(type)) entities[type] = { ...table };
  for (const [type, table] of Object.entries(above.entities)) if (overlayTypes.has(type)) entities[type] = { ...entities[type], ...table };
  const fieldLocales = { ...below.fieldLocales, ...above.fieldLocales };
  return {
    locale: below.locale,
    entities,
    assets: { ...below.assets, ...above.assets },
    ...(Object.keys(fieldLocales).length ? { fieldLocales } : {}),
  };
}
