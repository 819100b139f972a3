/**
 * Turns raw entries from any source into a validated {@link ContentSet}: each entry is validated on
 * its own, then links are checked so that every id in the set points at an entity that is in it.
 */
import { validateEntry, type ContentTypeDefinition, type RawEntry } from './model/definition/index.js';
import { contentModel, isContentTypeId, type ContentIssue, type ContentTypeId, type Entity } from './model/index.js';
import type { Asset, ContentSet } from './content-set.js';

/** Options for {@link buildContentSet}. */
export interface BuildOptions {
  readonly locale: string;
  readonly assets?: readonly Asset[];
  /**
   * Ids the source says cannot be resolved (Contentful's `errors[].details.id`): missing,
   * unpublished or in another space. Used only to word the issue.
   */
  readonly unresolvable?: ReadonlySet<string>;
}

/** The outcome of {@link buildContentSet}. */
export interface BuiltContentSet {
  readonly set: ContentSet;
  readonly issues: ContentIssue[];
  /** Ids of entries left out because they are invalid. */
  readonly rejected: ReadonlySet<string>;
}

type MutableEntity = Record<string, unknown> & { id: string; contentType: ContentTypeId };

/** Validates `entries` one by one and resolves their links. Entries of unknown content types are ignored. */
export function buildContentSet(entries: Iterable<RawEntry>, options: BuildOptions): BuiltContentSet {
  const issues: ContentIssue[] = [];
  const accepted = new Map<string, MutableEntity>();
  const sources = new Map<string, RawEntry>();
  const rejected = new Map<string, ContentTypeId>();
  for (const raw of entries) {
    if (!isContentTypeId(raw.contentType) || accepted.has(raw.id) || rejected.has(raw.id)) continue;
    const result = validateEntry(contentModel[raw.contentType], raw, options.locale);
    issues.push(...result.issues);
    if (result.ok) {
      accepted.set(raw.id, { ...(result.entity as unknown as MutableEntity) });
      sources.set(raw.id, raw);
    }
    else rejected.set(raw.id, raw.contentType);
  }
  checkLinks(accepted, rejected, issues, options);

  const entities: Partial<Record<ContentTypeId, Record<string, Entity>>> = {};
  for (const entity of accepted.values()) {
    (entities[entity.contentType] ??= {})[entity.id] = entity as unknown as Entity;
  }
  const assets: Record<string, Asset> = {};
  for (const asset of options.assets ?? []) assets[asset.id] = asset;
  const fieldLocales = translatedFallbacks(sources, accepted);
  return {
    set: { locale: options.locale, entities: entities as ContentSet['entities'], assets, ...(Object.keys(fieldLocales).length ? { fieldLocales } : {}) },
    issues,
    rejected: new Set(rejected.keys()),
  };
}

/** Fallback locales of the translated fields of accepted entities (other fields are not language). */
function translatedFallbacks(sources: ReadonlyMap<string, RawEntry>, accepted: ReadonlyMap<string, MutableEntity>): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const [id, raw] of sources) {
    const entity = accepted.get(id);
    if (!entity || !raw.fieldLocales) continue;
    const fields = (contentModel[entity.contentType] as ContentTypeDefinition).fields;
    const translated = Object.entries(raw.fieldLocales).filter(
      ([field, locale]) => typeof locale === 'string' && fields[field]?.state.localized && entity[field] !== undefined,
    );
    if (translated.length) out[id] = Object.fromEntries(translated);
  }
  return out;
}

/**
 * Removes links to entries that are not in the set. An entity whose required link field is left
 * empty is invalid too, which can strand links to it: repeat until nothing changes.
 */
function checkLinks(accepted: Map<string, MutableEntity>, rejected: Map<string, ContentTypeId>, issues: ContentIssue[], options: BuildOptions): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (const entity of [...accepted.values()]) {
      const definition: ContentTypeDefinition = contentModel[entity.contentType];
      for (const [fieldId, f] of Object.entries(definition.fields)) {
        const targets = f.state.linkContentTypes;
        const value = entity[fieldId];
        if (!targets || value === undefined) continue;
        const ids = Array.isArray(value) ? (value as string[]) : [value as string];
        const kept = ids.filter((id, index) => {
          const problem = linkProblem(id, targets, accepted, rejected, options);
          if (!problem) return true;
          issues.push({
            entryId: entity.id,
            contentType: entity.contentType,
            path: Array.isArray(value) ? [fieldId, index] : [fieldId],
            message: `"${f.state.name}" ${problem.message}`,
            severity: 'warning',
            code: problem.code,
            locale: options.locale,
          });
          return false;
        });
        if (kept.length === ids.length) continue;
        if (kept.length === 0) delete entity[fieldId];
        else entity[fieldId] = Array.isArray(value) ? kept : kept[0];
        const stillValid = validateEntry(definition, { id: entity.id, contentType: entity.contentType, fields: entity }, options.locale);
        if (!stillValid.ok) {
          for (const issue of stillValid.issues) {
            issues.push({ ...issue, message: `${issue.message} (its links point at entries that are missing or invalid)` });
          }
          accepted.delete(entity.id);
          rejected.set(entity.id, entity.contentType);
          changed = true;
          break;
        }
      }
    }
  }
}

function linkProblem(
  id: string,
  targets: readonly string[],
  accepted: Map<string, MutableEntity>,
  rejected: Map<string, ContentTypeId>,
  options: BuildOptions,
): { code: ContentIssue['code']; message: string } | undefined {
  const target = accepted.get(id);
  if (target) {
    return targets.includes(target.contentType)
      ? undefined
      : { code: 'wrong-link-type', message: `links to a ${contentModel[target.contentType].name} (${id}); it must link to: ${targets.map(nameOf).join(' or ')}` };
  }
  const rejectedType = rejected.get(id);
  if (rejectedType) {
    return { code: 'dangling-link', message: `links to ${contentModel[rejectedType].name} ${id}, which has errors and is not shown` };
  }
  return options.unresolvable?.has(id)
    ? { code: 'dangling-link', message: `links to entry ${id}, which is missing or not published` }
    : { code: 'dangling-link', message: `links to entry ${id}, which could not be found` };
}

function nameOf(type: string): string {
  return isContentTypeId(type) ? contentModel[type].name : type;
}
