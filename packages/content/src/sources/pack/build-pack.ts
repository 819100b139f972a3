/**
 * Builds a content pack from every entry of a space in every locale (a Sync export or a space
 * export file): each locale is flattened along its fallback chain and validated on its own.
 */
import { buildContentSet } from '../../build-content-set.js';
import { listEntities, type Asset, type ContentSet } from '../../content-set.js';
import { CONTENT_TYPE_IDS, contentModel, isContentTypeId, type ContentIssue, type ContentTypeId, type Entity } from '../../model/index.js';
import { assetFromFields } from '../asset.js';
import { fallbackChain, flattenFields, type LocaleInfo } from '../locales.js';
import { CONTENT_PACK_FORMAT, CONTENT_PACK_SCHEMA_VERSION, type ContentPack, type ContentPackLocale, type ContentPackSource } from './format.js';

/** An entry with every locale: `fields: {field: {locale: value}}`. */
export interface AllLocaleEntry {
  readonly sys: { readonly id: string; readonly updatedAt?: string; readonly contentType?: { readonly sys: { readonly id: string } } };
  readonly fields: Readonly<Record<string, Readonly<Record<string, unknown>> | undefined>>;
}

/** An asset with every locale. */
export interface AllLocaleAsset {
  readonly sys: { readonly id: string };
  readonly fields: Readonly<Record<string, Readonly<Record<string, unknown>> | undefined>>;
}

/** Input of {@link buildContentPack}. */
export interface ContentPackInput {
  readonly locales: readonly LocaleInfo[];
  readonly entries: readonly AllLocaleEntry[];
  readonly assets?: readonly AllLocaleAsset[];
  readonly source: ContentPackSource;
  /** Build time; defaults to now (pass a fixed value for reproducible packs). */
  readonly generatedAt?: string;
}

/** Validates a whole space into a pack. Invalid entries are left out and listed in `issues`. */
export function buildContentPack(input: ContentPackInput): ContentPack {
  const defaultLocale = input.locales.find((l) => l.default)?.code ?? input.locales[0]?.code ?? 'en-GB';
  const content: Record<string, ContentPackLocale> = {};
  const issues: ContentIssue[] = [];
  for (const locale of input.locales) {
    const chain = fallbackChain(locale.code, input.locales);
    const untranslated: ContentIssue[] = [];
    const raws = input.entries.flatMap((entry) => {
      const contentType = entry.sys.contentType?.sys.id;
      if (!contentType) return [];
      const { fields, fieldLocales } = flattenFields(entry.fields, chain);
      if (locale.code !== defaultLocale && isContentTypeId(contentType)) untranslated.push(...missingTranslations(entry.sys.id, contentType, Object.keys(fieldLocales), locale.code));
      return [{ id: entry.sys.id, contentType, ...(entry.sys.updatedAt ? { updatedAt: entry.sys.updatedAt } : {}), fields, fieldLocales }];
    });
    const assets = (input.assets ?? []).flatMap((asset) => {
      const one = flattenAsset(asset, chain);
      return one ? [one] : [];
    });
    const built = buildContentSet(raws, { locale: locale.code, assets });
    // Entry problems are the same in every locale unless a translation causes them: report each
    // once, naming a locale only when the problem is that locale's own.
    for (const issue of built.issues) {
      if (issues.some((known) => sameProblem(known, issue))) continue;
      if (locale.code === defaultLocale) {
        const { locale: _everyLocale, ...shared } = issue;
        issues.push(shared);
      } else {
        issues.push(issue);
      }
    }
    // An entry left out for its errors needs fixing first; its translations are not the news.
    issues.push(...untranslated.filter((issue) => !built.rejected.has(issue.entryId)));
    const entities: Partial<Record<ContentTypeId, Entity[]>> = {};
    for (const type of CONTENT_TYPE_IDS) {
      const list = listEntities(built.set, type);
      if (list.length) entities[type] = list;
    }
    content[locale.code] = {
      entities: entities as ContentPackLocale['entities'],
      assets: Object.values(built.set.assets),
      ...(built.set.fieldLocales ? { fieldLocales: built.set.fieldLocales } : {}),
    };
  }
  return {
    format: CONTENT_PACK_FORMAT,
    schemaVersion: CONTENT_PACK_SCHEMA_VERSION,
    generatedAt: input.generatedAt ?? new Date().toISOString(),
    source: input.source,
    defaultLocale,
    locales: input.locales.map((l) => ({ code: l.code, ...(l.name ? { name: l.name } : {}), ...(l.default ? { default: true } : {}), fallbackCode: l.fallbackCode })),
    content,
    issues,
  };
}

function sameProblem(a: ContentIssue, b: ContentIssue): boolean {
  return a.entryId === b.entryId && a.code === b.code && a.message === b.message && a.path.join('.') === b.path.join('.');
}

function missingTranslations(entryId: string, contentType: ContentTypeId, fellBack: readonly string[], locale: string): ContentIssue[] {
  const fields = contentModel[contentType].fields as Record<string, { state: { localized: boolean; name: string } }>;
  return fellBack
    .filter((id) => fields[id]?.state.localized)
    .map((id) => ({
      entryId,
      contentType,
      path: [id],
      message: `"${fields[id]!.state.name}" has no ${locale} translation; families reading ${locale} see the fallback`,
      severity: 'warning' as const,
      code: 'missing-translation' as const,
      locale,
    }));
}

function flattenAsset(asset: AllLocaleAsset, chain: readonly string[]): Asset | undefined {
  return assetFromFields(asset.sys.id, flattenFields(asset.fields, chain).fields);
}

/**
 * The content set of one locale of a pack just built by {@link buildContentPack} (already
 * validated; a pack from the network goes through `createPackSource`, which validates again).
 */
export function contentSetFromPack(pack: ContentPack, locale = pack.defaultLocale): ContentSet {
  const content = pack.content[locale];
  const entities: Partial<Record<ContentTypeId, Record<string, Entity>>> = {};
  for (const [type, list] of Object.entries(content?.entities ?? {}) as [ContentTypeId, readonly Entity[]][]) {
    entities[type] = Object.fromEntries(list.map((entity) => [entity.id, entity]));
  }
  return {
    locale,
    entities: entities as ContentSet['entities'],
    assets: Object.fromEntries((content?.assets ?? []).map((a) => [a.id, a])),
    ...(content?.fieldLocales ? { fieldLocales: content.fieldLocales } : {}),
  };
}
