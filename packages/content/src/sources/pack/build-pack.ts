/**
 * Builds a content pack from every entry of a source in every locale: each locale's entries,
 * flattened along its fallback chain by the source, are validated on their own. Any source can
 * feed it (a Contentful export through `packFromSpaceExport`, an Open Referral feed…).
 * CLI-side: it validates with the full model, so it is not part of the browser SDK.
 */
import { buildContentSet } from '../../build-content-set.js';
import { listEntities, type Asset, type ContentSet } from '../../content-set.js';
import type { RawEntry } from '../../model/definition/index.js';
import { contentModel, CONTENT_TYPE_IDS, isContentTypeId } from '../../model/content-model.js';
import type { ContentIssue, ContentRegistry, ContentTypeId, Entity } from '../../model/index.js';
import { fallbackChain } from '../locale-chain.js';
import type { LocaleInfo } from '../locales.js';
import { CONTENT_PACK_FORMAT, CONTENT_PACK_SCHEMA_VERSION, type ContentPack, type ContentPackLocale, type ContentPackSource } from './format.js';

/** Input of {@link buildContentPack}. */
export interface ContentPackInput {
  readonly locales: readonly LocaleInfo[];
  /**
   * The entries in one locale, flattened along `chain` (the locale first, then its fallbacks),
   * with `fieldLocales` naming the fields whose value came from further down the chain.
   */
  readonly entries: (chain: readonly string[]) => Iterable<RawEntry>;
  /** The assets in one locale, flattened along `chain`. */
  readonly assets?: (chain: readonly string[]) => Iterable<Asset>;
  readonly source: ContentPackSource;
  /** Build time; defaults to now (pass a fixed value for reproducible packs). */
  readonly generatedAt?: string;
  /** The types to validate and keep. Default: the whole content model. */
  readonly registry?: ContentRegistry;
}

/** Validates a whole space into a pack. Invalid entries are left out and listed in `issues`. */
export function buildContentPack(input: ContentPackInput): ContentPack {
  const defaultLocale = input.locales.find((l) => l.default)?.code ?? input.locales[0]?.code ?? 'en-GB';
  const content: Record<string, ContentPackLocale> = {};
  const issues: ContentIssue[] = [];
  const registry = input.registry ?? contentModel;
  for (const locale of input.locales) {
    const chain = fallbackChain(locale.code, input.locales);
    const untranslated: ContentIssue[] = [];
    const raws = [...input.entries(chain)];
    if (locale.code !== defaultLocale) {
      for (const raw of raws) {
        if (isContentTypeId(raw.contentType)) untranslated.push(...missingTranslations(raw.id, raw.contentType, Object.keys(raw.fieldLocales ?? {}), locale.code));
      }
    }
    const assets = [...(input.assets?.(chain) ?? [])];
    const built = buildContentSet(raws, { locale: locale.code, registry, assets });
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
