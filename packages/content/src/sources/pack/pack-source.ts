/**
 * Reads a content pack over HTTP (or from memory) and re-validates every entity: a pack is data
 * from the network like any other, and may have been edited by hand or made by an older SDK.
 */
import { buildContentSet } from '../../build-content-set.js';
import type { Asset, ContentSet } from '../../content-set.js';
import type { RawEntry } from '../../model/definition/index.js';
import type { ContentIssue } from '../../model/index.js';
import { ContentSourceError, type ContentQuery, type ContentResult, type ContentSource, type LoadOptions } from '../source.js';
import { matchLocale } from '../locales.js';
import { CONTENT_PACK_SCHEMA_VERSION, contentPackEnvelope, type ContentPack } from './format.js';

/** Settings of a pack source: a URL to fetch, or a pack already in memory. */
export type PackSourceOptions =
  | { readonly url: string; readonly fetch?: typeof globalThis.fetch; readonly timeoutMs?: number }
  | { readonly pack: unknown; readonly key?: string };

/** Creates a source that serves a content pack. */
export function createPackSource(options: PackSourceOptions): ContentSource {
  const key = 'url' in options ? `pack:${options.url}` : `pack:${options.key ?? 'memory'}`;
  let pack: Promise<ContentPack> | undefined;
  const sets = new Map<string, { set: ContentSet; issues: ContentIssue[] }>();

  function getPack(loadOptions: LoadOptions): Promise<ContentPack> {
    pack ??= ('url' in options ? fetchPack(options.url, options.fetch ?? globalThis.fetch.bind(globalThis), loadOptions) : Promise.resolve(options.pack)).then(
      checkEnvelope,
    );
    // A failed fetch must not be remembered: the next load tries again.
    pack.catch(() => (pack = undefined));
    return pack;
  }

  async function load(query: ContentQuery, loadOptions: LoadOptions = {}): Promise<ContentResult> {
    const current = await getPack(loadOptions);
    const locale = matchLocale(query.locale, current.locales) ?? current.defaultLocale;
    let built = sets.get(locale);
    if (!built) {
      built = validateLocale(current, locale);
      sets.set(locale, built);
    }
    return { set: built.set, issues: built.issues, fetchedAt: current.generatedAt };
  }

  return { key, load };
}

async function fetchPack(url: string, fetchImpl: typeof globalThis.fetch, { signal }: LoadOptions): Promise<unknown> {
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
    throw new ContentSourceError('invalid-response', `The content pack ${url} is not valid JSON`, { cause: error });
  }
}

function checkEnvelope(input: unknown): ContentPack {
  const result = contentPackEnvelope.safeParse(input);
  if (!result.success) throw new ContentSourceError('invalid-response', 'This file is not a Family Hubs content pack (build one with `family-hubs pack`)');
  if (result.data.schemaVersion !== CONTENT_PACK_SCHEMA_VERSION) {
    throw new ContentSourceError(
      'invalid-response',
      `This content pack uses schema version ${result.data.schemaVersion}, but these widgets read version ${CONTENT_PACK_SCHEMA_VERSION}. Rebuild the pack with the matching family-hubs CLI.`,
    );
  }
  return input as ContentPack;
}

function validateLocale(pack: ContentPack, locale: string): { set: ContentSet; issues: ContentIssue[] } {
  const content = pack.content[locale] ?? pack.content[pack.defaultLocale];
  const raws: RawEntry[] = [];
  for (const [contentType, list] of Object.entries(content?.entities ?? {})) {
    for (const item of list ?? []) {
      const { id, contentType: _type, updatedAt, ...fields } = item as unknown as Record<string, unknown>;
      if (typeof id !== 'string') continue;
      const fieldLocales = content?.fieldLocales?.[id];
      raws.push({ id, contentType, ...(typeof updatedAt === 'string' ? { updatedAt } : {}), fields, ...(fieldLocales ? { fieldLocales } : {}) });
    }
  }
  const assets = (content?.assets ?? []).filter((a): a is Asset => typeof a === 'object' && a !== null && typeof (a).id === 'string');
  const built = buildContentSet(raws, { locale, assets });
  const packIssues = pack.issues.filter((issue) => !issue.locale || issue.locale === locale);
  return { set: built.set, issues: [...packIssues, ...built.issues] };
}
