/**
 * Reads a content pack over HTTP (or from memory) and validates the entities a query asks for: a
 * pack is data from the network like any other, and may have been edited by hand or made by an
 * older SDK. Only the query's registry is validated, so a page showing the offer does not pay for
 * validating the whole service directory.
 */
import { buildContentSet } from '../../build-content-set.js';
import type { Asset, ContentSet } from '../../content-set.js';
import type { RawEntry } from '../../model/definition/index.js';
import { CONTENT_ISSUE_CODES, definitionIn, registryTypes, type ContentIssue, type ContentRegistry } from '../../model/index.js';
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
    // One validation per locale and registry: widgets reading the same view share it.
    const key = JSON.stringify([locale, registryTypes(query.registry)]);
    let built = sets.get(key);
    if (!built) {
      built = validateLocale(current, locale, query.registry);
      sets.set(key, built);
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

function validateLocale(pack: ContentPack, locale: string, registry: ContentRegistry): { set: ContentSet; issues: ContentIssue[] } {
  const content = pack.content[locale] ?? pack.content[pack.defaultLocale];
  const raws: RawEntry[] = [];
  const issues: ContentIssue[] = [];
  for (const [contentType, list] of Object.entries(content?.entities ?? {})) {
    if (!definitionIn(registry, contentType)) continue;
    list.forEach((item: unknown, index) => {
      const raw = toRawEntry(item, contentType, content?.fieldLocales);
      if (raw) raws.push(raw);
      else issues.push(malformedEntity(item, contentType, index, locale));
    });
  }
  const assets = (content?.assets ?? []).filter((a): a is Asset => typeof a === 'object' && a !== null && typeof a.id === 'string' && typeof a.url === 'string');
  const built = buildContentSet(raws, { locale, registry, assets });
  const wanted = new Set<string>(registryTypes(registry));
  const packIssues = pack.issues.filter(
    (issue): issue is ContentIssue => isContentIssue(issue) && (!issue.locale || issue.locale === locale) && (issue.entryId === '' || wanted.has(issue.contentType)),
  );
  return { set: built.set, issues: [...packIssues, ...issues, ...built.issues] };
}

/** A pack entity as a raw entry, or `undefined` when it is not an object with an id. */
function toRawEntry(item: unknown, contentType: string, fieldLocales: ContentPack['content'][string]['fieldLocales']): RawEntry | undefined {
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
