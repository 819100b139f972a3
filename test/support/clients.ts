/**
 * Content for stories and widget tests: the sample council (Northshire) as a content client, plus clients that
 * stay loading, fail, or answer with nothing, so every widget state can be shown.
 */
import { ContentSourceError, createContentClient, createPackSource, type ContentClient, type ContentPack } from '@family-hubs/content';
import { packFromSpaceExport } from '@family-hubs/content/pack-builder';
import sampleSpace from '../../packages/cli/sample/space.json' with { type: 'json' };

let pack: ContentPack | undefined;

/** The published sample content as a content pack (built once). */
export function samplePack(): ContentPack {
  pack ??= packFromSpaceExport(sampleSpace, { published: true });
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

/** A client showing last good content after a failed refresh (the stale state). */
export function staleClient(): ContentClient {
  const client = sampleClient();
  const error = { kind: 'server' as const, message: 'The content service had an error' };
  return {
    source: client.source,
    load: async (query, options) => ({ ...(await client.load(query, options)), stale: true, error }),
    subscribe: (query, listener) => client.subscribe(query, (snapshot) => listener({ ...snapshot, stale: true, error })),
    clear: () => client.clear(),
  };
}
