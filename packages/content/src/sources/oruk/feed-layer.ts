/**
 * A page's source with its ORUK feed over it: services come from the feed, everything else from
 * the pack or Contentful. Loaded on first use by a page whose configuration names a feed.
 */
import { emptyContentSet } from '../../content-set.js';
import type { OrukFeedConfig } from '../config.js';
import { createLayeredSource } from '../layered.js';
import { lazySource } from '../lazy-source.js';
import type { ContentQuery, ContentResult, ContentSource } from '../source.js';
import { ORUK_FEED_TYPES, orukFeedKey } from './feed-key.js';

/** `base` with the feed of `config` answering its services. */
export function withOrukFeed(base: ContentSource, config: OrukFeedConfig): ContentSource {
  // Services come from the feed only: the CMS's own services (a pack's samples) would mix with it.
  return createLayeredSource({ base, overlay: orukFeed(config), overlayTypes: ORUK_FEED_TYPES, overlayOnly: ['service'] });
}

function orukFeed(config: OrukFeedConfig): ContentSource {
  const key = orukFeedKey(config);
  const search = config.search ?? 'auto';
  // Searched on the server: the page reads no services (the widget asks the API for each search).
  if (search === 'server') return { key, load: (query) => Promise.resolve(noServices(query)) };
  if (search === 'browser') return lazySource(key, () => import('./oruk-source.js').then((m) => m.createOrukSource(config)));
  return lazySource(key, async () => {
    const [{ createOrukSource }, { orukSearchPlace }] = await Promise.all([import('./oruk-source.js'), import('./search-mode.js')]);
    const source = createOrukSource(config);
    return {
      key,
      // One small request first: a directory too big to read is searched on the server instead.
      load: async (query, loadOptions) => ((await orukSearchPlace(config, loadOptions)) === 'server' ? noServices(query) : source.load(query, loadOptions)),
    };
  });
}

function noServices(query: ContentQuery): ContentResult {
  return { set: emptyContentSet(query.locale), issues: [], fetchedAt: new Date().toISOString() };
}
