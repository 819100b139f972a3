/**
 * A pack's entities of one locale as a content set, for a query that the pack cannot answer with
 * its view prebuilt (a single-file pack, a pack without prebuilt views, a query for some entries
 * by id, a tool): each entity checked for shape, links resolved, pack issues passed on. Imported on first use by the
 * pack source, so a page whose widgets all read prebuilt views never downloads it, nor the
 * content types' descriptions it reads.
 */
import type { Asset, ContentSet } from '../../content-set.js';
import type { RawEntry } from '../../model/definition/index.js';
import { CONTENT_ISSUE_CODES, definitionIn, registryTypes, type ContentIssue, type ContentRegistry } from '../../model/index.js';
import type { BuildOptions, BuiltContentSet } from '../../assemble-content-set.js';
import { ContentSourceError } from '../source.js';
import { CONTENT_PACK_SCHEMA_VERSION, type ContentPack } from './format.js';
import type { PackReader } from './pack-source.js';
import { isContentPackEnvelope } from './single-file-envelope.js';
import { readContentSet } from './read-content-set.js';

/** One locale's content as read from a pack, before its entities are checked. */
export interface LocaleContent {
  readonly entities: Readonly<Record<string, readonly unknown[]>>;
  readonly fieldLocales?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly assets: readonly unknown[];
}

/** How a locale's entities become a content set (see `PackSourceOptions.readContentSet`). */
export type ReadContentSet = (entries: Iterable<RawEntry>, options: BuildOptions) => BuiltContentSet;

/** A single-file pack, once its envelope and version are checked, as the pack source reads it. */
export function fullPackReader(document: unknown): PackReader {
  const pack = checkEnvelope(document);
  return {
    locales: pack.locales,
    defaultLocale: pack.defaultLocale,
    generatedAt: pack.generatedAt,
    issues: pack.issues,
    content: (locale) => Promise.resolve(pack.content[locale] ?? pack.content[pack.defaultLocale]),
    // A single-file pack holds entities only.
    view: () => Promise.resolve(false),
  };
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

/** True when a type of `registry` has an asset field: only then are a lean pack's assets fetched. */
export function needsAssets(registry: ContentRegistry): boolean {
  return registryTypes(registry).some((type) => Object.values(definitionIn(registry, type)?.fields ?? {}).some((field) => field.state.kind === 'asset'));
}

/**
 * One locale's entities, for `registry`'s types, as a content set: each checked by `read`, a
 * malformed one left out with an issue, and the pack's own issues about these types passed on.
 */
export function readLocale(
  fromPack: readonly unknown[],
  content: LocaleContent | undefined,
  locale: string,
  registry: ContentRegistry,
  read: ReadContentSet = readContentSet,
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
  const packIssues = fromPack.filter(
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
