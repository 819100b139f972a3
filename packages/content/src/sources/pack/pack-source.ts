/**
 * Reads a content pack over HTTP (or from memory) and checks what a query asks for. A pack is
 * validated when it is built (`family-hubs pack`, with the full schemas); in the browser it is
 * checked for shape and version, fast: its envelope (`envelope.ts`), its schema version (a pack
 * of another version is refused, with what to do), and each entity of the query's types for the
 * shape its fields declare (`read-content-set.ts`). So a page reading a pack downloads neither
 * zod nor the schemas, and only the query's types are read, so a page showing the offer does not
 * pay for the whole service directory.
 */
import type { Asset, ContentSet } from '../../content-set.js';
import type { RawEntry } from '../../model/definition/index.js';
import { CONTENT_ISSUE_CODES, definitionIn, registryTypes, type ContentIssue, type ContentRegistry } from '../../model/index.js';
import { ContentSourceError, type ContentQuery, type ContentResult, type ContentSource, type LoadOptions } from '../source.js';
import { matchLocale } from '../locales.js';
import { isContentPackEnvelope, isContentPackManifest, isPackAssetsFile, isPackTypeFile } from './envelope.js';
import { CONTENT_PACK_SCHEMA_VERSION, type ContentPack } from './format.js';
import { CONTENT_PACK_MANIFEST_FORMAT, CONTENT_PACK_MANIFEST_VERSION, type ContentPackManifest, type PackFileEntry } from './layout.js';
import { readContentSet } from './read-content-set.js';
import type { BuildOptions, BuiltContentSet } from '../../assemble-content-set.js';

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
  readonly readContentSet?: (entries: Iterable<RawEntry>, options: BuildOptions) => BuiltContentSet;
};

/** One locale's content as read from a pack, before its entities are checked. */
interface LocaleContent {
  readonly entities: Readonly<Record<string, readonly unknown[]>>;
  readonly fieldLocales?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly assets: readonly unknown[];
}

/** A pack as the source reads it, whichever layout it has. */
interface PackReader {
  readonly locales: ContentPack['locales'];
  readonly defaultLocale: string;
  readonly generatedAt: string;
  /** Pack-level issues to pass on (a single-file pack carries them; a lean pack keeps them in its report). */
  readonly issues: readonly unknown[];
  content(locale: string, types: readonly string[], wantAssets: boolean, options: LoadOptions): Promise<LocaleContent | undefined>;
}

/** Creates a source that serves a content pack. */
export function createPackSource(options: PackSourceOptions): ContentSource {
  const key = 'url' in options ? `pack:${options.url}` : `pack:${options.key ?? 'memory'}`;
  const fetchImpl = 'url' in options ? (options.fetch ?? globalThis.fetch.bind(globalThis)) : undefined;
  let reader: Promise<PackReader> | undefined;
  const sets = new Map<string, { set: ContentSet; issues: ContentIssue[] }>();

  function getReader(loadOptions: LoadOptions): Promise<PackReader> {
    reader ??= ('url' in options ? fetchJson(options.url, fetchImpl!, loadOptions) : Promise.resolve(options.pack)).then((document) =>
      'url' in options && isManifestLike(document) ? manifestReader(checkManifest(document), options.url, fetchImpl!) : fullPackReader(checkEnvelope(document)),
    );
    // A failed fetch must not be remembered: the next load tries again.
    reader.catch(() => (reader = undefined));
    return reader;
  }

  async function load(query: ContentQuery, loadOptions: LoadOptions = {}): Promise<ContentResult> {
    const current = await getReader(loadOptions);
    const locale = matchLocale(query.locale, current.locales) ?? current.defaultLocale;
    // One reading per locale and registry: widgets reading the same view share it.
    const key = JSON.stringify([locale, registryTypes(query.registry)]);
    let built = sets.get(key);
    if (!built) {
      const types = registryTypes(query.registry);
      const content = await current.content(locale, types, needsAssets(query.registry), loadOptions);
      built = readLocale(current, content, locale, query.registry, options.readContentSet ?? readContentSet);
      sets.set(key, built);
    }
    return { set: built.set, issues: built.issues, fetchedAt: current.generatedAt };
  }

  return { key, load };
}

/** True when a type of `registry` has an asset field: only then are a lean pack's assets fetched. */
function needsAssets(registry: ContentRegistry): boolean {
  return registryTypes(registry).some((type) => Object.values(definitionIn(registry, type)?.fields ?? {}).some((field) => field.state.kind === 'asset'));
}

function fullPackReader(pack: ContentPack): PackReader {
  return {
    locales: pack.locales,
    defaultLocale: pack.defaultLocale,
    generatedAt: pack.generatedAt,
    issues: pack.issues,
    content: (locale) => Promise.resolve(pack.content[locale] ?? pack.content[pack.defaultLocale]),
  };
}

function manifestReader(manifest: ContentPackManifest, manifestUrl: string, fetchImpl: typeof globalThis.fetch): PackReader {
  const files = new Map<string, Promise<unknown>>();
  const base = new URL('.', manifestUrl);
  /** A file the manifest names, fetched once; only under the manifest's own folder, so a manifest cannot send the page elsewhere. */
  const file = (entry: PackFileEntry, options: LoadOptions): Promise<unknown> => {
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

function checkEnvelope(input: unknown): ContentPack {
  if (!isContentPackEnvelope(input)) throw new ContentSourceError('invalid-response', 'This file is not a Family Hubs content pack (build one with `family-hubs pack`)');
  if (input.schemaVersion !== CONTENT_PACK_SCHEMA_VERSION) {
    throw new ContentSourceError(
      'invalid-response',
      `This content pack uses schema version ${input.schemaVersion}, but these widgets read version ${CONTENT_PACK_SCHEMA_VERSION}. Rebuild the pack with the matching family-hubs CLI.`,
    );
  }
  return input as ContentPack;
}

function readLocale(
  pack: PackReader,
  content: LocaleContent | undefined,
  locale: string,
  registry: ContentRegistry,
  read: NonNullable<PackSourceOptions['readContentSet']>,
): { set: ContentSet; issues: ContentIssue[] } {
  const raws: RawEntry[] = [];
  const issues: ContentIssue[] = [];
  for (const [contentType, list] of Object.entries(content?.entities ?? {})) {
    if (!definitionIn(registry, contentType)) continue;
    list.forEach((item, index) => {
      const raw = toRawEntry(item, contentType, content?.fieldLocales);
      if (raw) raws.push(raw);
      else issues.push(malformedEntity(item, contentType, index, locale));
    });
  }
  const assets = (content?.assets ?? []).filter(
    (a): a is Asset => typeof a === 'object' && a !== null && typeof (a as Asset).id === 'string' && typeof (a as Asset).url === 'string',
  );
  const built = read(raws, { locale, registry, assets });
  const wanted = new Set<string>(registryTypes(registry));
  const packIssues = pack.issues.filter(
    (issue): issue is ContentIssue => isContentIssue(issue) && (!issue.locale || issue.locale === locale) && (issue.entryId === '' || wanted.has(issue.contentType)),
  );
  return { set: built.set, issues: [...packIssues, ...issues, ...built.issues] };
}

/** A pack entity as a raw entry, or `undefined` when it is not an object with an id. */
function toRawEntry(item: unknown, contentType: string, fieldLocales: LocaleContent['fieldLocales']): RawEntry | undefined {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
  const { id, contentType: _type, updatedAt, ...fields } = item as Record<string, unknown>;
  if (typeof id !== 'string' || id.trim() === '') return undefined;
  const languages = fieldLocales && Object.hasOwn(fieldLocales, id) ? fieldLocales[id] : undefined;
  return { id, contentType, ...(typeof updatedAt === 'string' ? { updatedAt } : {}), fields, ...(languages ? { fieldLocales: languages } : {}) };
}

function malformedEntity(item: unknown, contentType: string, index: number, locale: string): ContentIssue {
  const what = item === null ? 'empty (null)' : Array.isArray(item) ? 'a list' : typeof item === 'object' ? 'missing its id' : `a ${typeof item}`;
  return {
    entryId: '',
    contentType,
    path: ['entities', contentType, index],
    message: `The content pack's ${contentType} number ${index + 1} is ${what}, so it is not shown. Rebuild the pack with \`family-hubs pack\`.`,
    severity: 'error',
    code: 'invalid-entity',
    locale,
  };
}

/** Issues in a pack come from the network too: anything that is not a well-formed issue is dropped. */
function isContentIssue(value: unknown): value is ContentIssue {
  if (typeof value !== 'object' || value === null) return false;
  const issue = value as Record<string, unknown>;
  return (
    typeof issue['entryId'] === 'string' &&
    typeof issue['contentType'] === 'string' &&
    typeof issue['message'] === 'string' &&
    Array.isArray(issue['path']) &&
    (issue['severity'] === 'error' || issue['severity'] === 'warning') &&
    (CONTENT_ISSUE_CODES as readonly unknown[]).includes(issue['code']) &&
    (issue['locale'] === undefined || typeof issue['locale'] === 'string')
  );
}
