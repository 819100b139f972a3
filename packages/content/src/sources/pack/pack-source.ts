/**
 * Reads a content pack over HTTP (or from memory) and checks what a query asks for. A pack is
 * validated when it is built (`family-hubs pack`, with the full schemas); in the browser it is
 * checked for shape and version, fast: its envelope (`envelope.ts`), its schema version (a pack
 * of another version is refused, with what to do), and then either
 * - the query's view, prebuilt by `family-hubs pack` (one file per view and locale), when the
 *   pack has it in the version the widget reads: the widget checks it against the view's shape
 *   (`views/view-shape.ts`), and the page needs no content type descriptions at all; or
 * - each entity of the query's types, for the shape its fields declare (`pack-entities.ts`,
 *   loaded on first use with the descriptions it reads), with links resolved.
 * So a page reading a pack downloads neither zod nor the schemas, and only what the query asks
 * for is fetched: a page showing the offer does not pay for the whole service directory.
 */
import { emptyContentSet, type ContentSet } from '../../content-set.js';
import { onFirstUse } from '../../on-first-use.js';
import type { ContentIssue } from '../../model/issues.js';
import { registryTypes } from '../../model/registry.js';
import { ContentSourceError, registryOf, type ContentQuery, type ContentResult, type ContentSource, type LoadOptions } from '../source.js';
import { matchLocale } from '../locales.js';
import { isContentPackManifest, isPackAssetsFile, isPackTypeFile, isPackViewFile } from './envelope.js';
import { CONTENT_PACK_SCHEMA_VERSION, type ContentPack } from './format.js';
import { CONTENT_PACK_MANIFEST_FORMAT, CONTENT_PACK_MANIFEST_VERSION, type ContentPackManifest, type PackFileEntry } from './layout.js';
import type * as PackEntities from './pack-entities.js';
import type { LocaleContent, ReadContentSet } from './pack-entities.js';

/** Settings of a pack source: a URL to fetch (a lean pack's `manifest.json`, or a single-file pack), or a pack already in memory. */
export type PackSourceOptions = (
  | { readonly url: string; readonly fetch?: typeof globalThis.fetch; readonly timeoutMs?: number }
  | { readonly pack: unknown; readonly key?: string }
) & {
  /**
   * How a locale's entities become a content set. Default: each is checked for shape only
   * (`family-hubs pack` validated it when it built the pack), so pages load no schemas. Tools that
   * publish a pack onwards, or read one that may have been edited by hand, pass `buildContentSet`
   * to validate every entity with the model's schemas again.
   */
  readonly readContentSet?: ReadContentSet;
};

/** The entity reader, loaded with the first query a prebuilt view does not answer. */
const loadEntityReader: () => Promise<typeof PackEntities> = onFirstUse(() => import('./pack-entities.js'));

/** A pack as the source reads it, whichever layout it has. */
export interface PackReader {
  readonly locales: ContentPack['locales'];
  readonly defaultLocale: string;
  readonly generatedAt: string;
  /** Pack-level issues to pass on (a single-file pack carries them; a lean pack keeps them in its report). */
  readonly issues: readonly unknown[];
  content(locale: string, types: readonly string[], wantAssets: boolean, options: LoadOptions): Promise<LocaleContent | undefined>;
  /**
   * The view `id` prebuilt for `locale` in `version` (its value, `undefined` for "nothing to
   * show"), or `false` when the pack does not carry it so (then the entities are read).
   */
  view(locale: string, id: string, version: number, options: LoadOptions): Promise<{ readonly value: unknown } | false>;
}

/** Creates a source that serves a content pack. */
export function createPackSource(options: PackSourceOptions): ContentSource {
  const key = 'url' in options ? `pack:${options.url}` : `pack:${options.key ?? 'memory'}`;
  const fetchImpl = 'url' in options ? (options.fetch ?? globalThis.fetch.bind(globalThis)) : undefined;
  let reader: Promise<PackReader> | undefined;
  const sets = new Map<string, { set: ContentSet; issues: ContentIssue[] }>();

  function getReader(loadOptions: LoadOptions): Promise<PackReader> {
    reader ??= ('url' in options ? fetchJson(options.url, fetchImpl!, loadOptions) : Promise.resolve(options.pack)).then((document) =>
      // A single-file pack holds entities only: it is read by the entity reader.
      'url' in options && isManifestLike(document) ? manifestReader(checkManifest(document), options.url, fetchImpl!) : loadEntityReader().then((entities) => entities.fullPackReader(document)),
    );
    // A failed fetch must not be remembered: the next load tries again.
    reader.catch(() => (reader = undefined));
    return reader;
  }

  async function load(query: ContentQuery, loadOptions: LoadOptions = {}): Promise<ContentResult> {
    const current = await getReader(loadOptions);
    const locale = matchLocale(query.locale, current.locales) ?? current.defaultLocale;
    const { view } = query;
    // A prebuilt view holds every root entry: a query for some of them reads the entities. A
    // reader that asked for its own reading of entities (a tool validating again) gets entities.
    if (view?.version !== undefined && query.ids === undefined && !options.readContentSet) {
      const prebuilt = await current.view(locale, view.id, view.version, loadOptions);
      if (prebuilt) {
        return { set: emptyContentSet(locale), issues: [], fetchedAt: current.generatedAt, prebuilt: { view: view.id, version: view.version, value: prebuilt.value } };
      }
    }
    const [registry, entities] = await Promise.all([registryOf(query), loadEntityReader()]);
    // One reading per locale and registry: widgets reading the same view share it.
    const types = registryTypes(registry);
    const key = JSON.stringify([locale, types]);
    let built = sets.get(key);
    if (!built) {
      const content = await current.content(locale, types, entities.needsAssets(registry), loadOptions);
      built = entities.readLocale(current.issues, content, locale, registry, options.readContentSet);
      sets.set(key, built);
    }
    return { set: built.set, issues: built.issues, fetchedAt: current.generatedAt };
  }

  return { key, load };
}

function manifestReader(manifest: ContentPackManifest, manifestUrl: string, fetchImpl: typeof globalThis.fetch): PackReader {
  const files = new Map<string, Promise<unknown>>();
  const base = new URL('.', manifestUrl);
  /** A file the manifest names, fetched once; only under the manifest's own folder, so a manifest cannot send the page elsewhere. */
  const file = (entry: Pick<PackFileEntry, 'path'>, options: LoadOptions): Promise<unknown> => {
    const url = new URL(entry.path, base);
    if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) {
      return Promise.reject(new ContentSourceError('invalid-response', `The content pack's manifest names a file outside its folder (${entry.path}); rebuild the pack with \`family-hubs pack\``));
    }
    let pending = files.get(url.href);
    if (!pending) {
      pending = fetchJson(url.href, fetchImpl, options);
      files.set(url.href, pending);
      pending.catch(() => files.delete(url.href));
    }
    return pending;
  };
  return {
    locales: manifest.locales,
    defaultLocale: manifest.defaultLocale,
    generatedAt: manifest.generatedAt,
    issues: [],
    async content(locale, types, wantAssets, options) {
      const listing = manifest.files[locale] ?? manifest.files[manifest.defaultLocale];
      if (!listing) return undefined;
      const wanted = types.filter((type) => Object.hasOwn(listing.types, type));
      const [typeFiles, assetsFile] = await Promise.all([
        Promise.all(wanted.map((type) => file(listing.types[type]!, options))),
        wantAssets && listing.assets ? file(listing.assets, options) : Promise.resolve(undefined),
      ]);
      const entities: Record<string, readonly unknown[]> = {};
      const fieldLocales: Record<string, Readonly<Record<string, string>>> = {};
      wanted.forEach((type, index) => {
        const checked = typeFiles[index];
        if (!isPackTypeFile(checked)) throw new ContentSourceError('invalid-response', `The content pack's ${type} file for ${locale} is not a pack file; rebuild the pack with \`family-hubs pack\``);
        entities[type] = checked.entities;
        Object.assign(fieldLocales, checked.fieldLocales ?? {});
      });
      const assets = isPackAssetsFile(assetsFile) ? assetsFile.assets : [];
      return { entities, fieldLocales: fieldLocales, assets };
    },
    async view(locale, id, version, options) {
      const listed = (manifest.views?.[locale] ?? manifest.views?.[manifest.defaultLocale])?.[id];
      if (listed?.version !== version) return false;
      let document: unknown;
      try {
        document = await file(listed, options);
      } catch (error) {
        // Listed but not on the host (a partial upload, a host that drops files it does not know):
        // the entities are still there, so the widget reads and resolves them instead of failing.
        if (error instanceof ContentSourceError && error.kind === 'not-found') return false;
        throw error;
      }
      if (!isPackViewFile(document) || document.view !== id || document.version !== version) {
        throw new ContentSourceError('invalid-response', `The content pack's ${id} view file for ${locale} is not that view's file; rebuild the pack with \`family-hubs pack\``);
      }
      return { value: document.value };
    },
  };
}

async function fetchJson(url: string, fetchImpl: typeof globalThis.fetch, { signal }: LoadOptions): Promise<unknown> {
  let response: Response;
  try {
    response = await fetchImpl(url, { credentials: 'same-origin', headers: { accept: 'application/json' }, ...(signal ? { signal } : {}) });
  } catch (error) {
    if (signal?.aborted) throw new ContentSourceError('aborted', 'The load was cancelled', { cause: error });
    throw new ContentSourceError('network', `Could not download the content pack ${url}`, { cause: error });
  }
  if (!response.ok) {
    throw new ContentSourceError(response.status === 404 ? 'not-found' : response.status >= 500 ? 'server' : 'invalid-response', `The content pack ${url} could not be downloaded (HTTP ${response.status})`);
  }
  try {
    return await response.json();
  } catch (error) {
    if (signal?.aborted) throw new ContentSourceError('aborted', 'The load was cancelled', { cause: error });
    throw new ContentSourceError('invalid-response', `The content pack ${url} is not valid JSON`, { cause: error });
  }
}

function isManifestLike(document: unknown): boolean {
  return typeof document === 'object' && document !== null && (document as { format?: unknown }).format === CONTENT_PACK_MANIFEST_FORMAT;
}

function checkManifest(input: unknown): ContentPackManifest {
  if (!isContentPackManifest(input)) throw new ContentSourceError('invalid-response', 'This file is not a Family Hubs content pack manifest (build one with `family-hubs pack`)');
  if (input.manifestVersion !== CONTENT_PACK_MANIFEST_VERSION || input.schemaVersion !== CONTENT_PACK_SCHEMA_VERSION) {
    throw new ContentSourceError(
      'invalid-response',
      `This content pack uses manifest version ${input.manifestVersion} and schema version ${input.schemaVersion}, but these widgets read ${CONTENT_PACK_MANIFEST_VERSION} and ${CONTENT_PACK_SCHEMA_VERSION}. Rebuild the pack with the matching family-hubs CLI.`,
    );
  }
  return input as ContentPackManifest;
}


