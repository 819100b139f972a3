/**
 * Content for stories: the sample council (Northshire) as a content client, plus clients that
 * stay loading, fail, or answer with nothing, so every widget state can be shown.
 */
import {
  buildContentPack,
  ContentSourceError,
  createContentClient,
  createPackSource,
  type AllLocaleEntry,
  type ContentClient,
  type ContentPack,
  type ContentSource,
} from '@family-hubs/content';
import sampleSpace from '../packages/cli/sample/space.json' with { type: 'json' };

let pack: ContentPack | undefined;

/** The published sample content as a content pack (built once). */
export function samplePack(): ContentPack {
  pack ??= buildContentPack({
    locales: sampleSpace.locales,
    entries: (sampleSpace.entries as unknown as (AllLocaleEntry & { sys: { publishedVersion?: number } })[]).filter((e) => typeof e.sys.publishedVersion === 'number'),
    source: { kind: 'export-file' },
  });
  return pack;
}

/** A client over the sample content. */
export const sampleClient = (): ContentClient => createContentClient({ source: createPackSource({ pack: samplePack(), key: 'sample' }) });

/** A client whose loads never finish (the loading state). */
export const loadingClient = (): ContentClient => createContentClient({ source: { key: 'loading', load: () => new Promise(() => undefined) } });

/** A client whose source is down, with nothing in memory (the unavailable state). */
export const unavailableClient = (): ContentClient =>
  createContentClient({ source: { key: 'down', load: () => Promise.reject(new ContentSourceError('network', 'The content service could not be reached')) } });

/** A client answering with an empty space (the empty state). */
export const emptyClient = (): ContentClient =>
  createContentClient({ source: createPackSource({ pack: { ...samplePack(), content: { 'en-GB': { entities: {}, assets: [] } } }, key: 'empty' }) });

/** A client that loaded once, then fails on refresh: it shows its last good content, marked stale. */
export function staleClient(): ContentClient {
  let calls = 0;
  let now = 0;
  const good = createPackSource({ pack: samplePack(), key: 'stale' });
  const source: ContentSource = {
    key: 'stale',
    load: (query, options) => (calls++ === 0 ? good.load(query, options) : Promise.reject(new ContentSourceError('server', 'The content service had an error'))),
  };
  const client = createContentClient({ source, maxAgeMs: 1, now: () => now });
  // Load once, then let the content go stale so the story's own load refreshes and fails.
  void client.load({ types: ['startForLifeOffer', 'siteSettings'], locale: 'en-GB' }).then(() => (now = 10));
  return client;
}
