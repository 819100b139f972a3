/**
 * Turns raw entries from any source into a {@link ContentSet}: each entry goes through a check on
 * its own (the full validation of a live source, `build-content-set.ts`, or the shape check of a
 * built pack, `sources/pack/read-content-set.ts`), then links are checked so that every id in the
 * set points at an entity that is in it, and translated fields keep the locale they fell back to.
 * Holds no validation code itself, so a page reading a pack does not download zod for it.
 */
import type { EntryCheck, RawEntry } from './model/definition/entry.js';
import { definitionIn, type ContentIssue, type ContentRegistry, type ContentTypeId, type Entity } from './model/index.js';
import type { Asset, ContentSet } from './content-set.js';

/** Options for {@link assembleContentSet} (and `buildContentSet`). */
export interface BuildOptions {
  readonly locale: string;
  /**
   * The content types to validate with. Entries of other types are left out without an issue
   * (they belong to another reader), and links to types outside it stay unchecked ids.
   */
  readonly registry: ContentRegistry;
  readonly assets?: readonly Asset[];
  /**
   * Ids the source says cannot be resolved (Contentful's `errors[].details.id`): missing,
   * unpublished or in another space. Used only to word the issue.
   */
  readonly unresolvable?: ReadonlySet<string>;
}

/** The outcome of {@link assembleContentSet} (and `buildContentSet`). */
export interface BuiltContentSet {
  readonly set: ContentSet;
  readonly issues: ContentIssue[];
  /** Ids of entries left out because they are invalid. */
  readonly rejected: ReadonlySet<string>;
}

type MutableEntity = Record<string, unknown> & { id: string; contentType: ContentTypeId };

/**
 * Checks `entries` one by one with `check` and resolves their links. Entries of types outside
 * `options.registry` are ignored. When two entries share an id, the first valid one is kept and
 * editors hear about the duplicate once.
 */
export function assembleContentSet(entries: Iterable<RawEntry>, options: BuildOptions, check: EntryCheck): BuiltContentSet {
  const issues: ContentIssue[] = [];
  const accepted = new Map<string, MutableEntity>();
  const sources = new Map<string, RawEntry>();
  const rejected = new Map<string, ContentTypeId>();
  const duplicates = new Set<string>();
  for (const raw of entries) {
    const definition = definitionIn(options.registry, raw.contentType);
    if (!definition) continue;
    if (!usableId(raw.id)) {
      issues.push(unusableIdIssue(raw, options.locale));
      continue;
    }
    if (accepted.has(raw.id) || rejected.has(raw.id)) {
      if (!duplicates.has(raw.id)) {
        duplicates.add(raw.id);
        issues.push(duplicateIssue(raw, options.locale));
      }
      if (accepted.has(raw.id)) continue;
    }
    const result = check(definition, raw, options.locale);
    if (result.ok) {
      // A valid copy replaces an invalid one with the same id; the invalid copy's errors still stand.
      rejected.delete(raw.id);
      accepted.set(raw.id, { ...(result.entity as unknown as MutableEntity) });
      sources.set(raw.id, raw);
      issues.push(...result.issues);
    } else if (!rejected.has(raw.id)) {
      // A second invalid copy adds nothing: the first copy's errors already explain the entry.
      issues.push(...result.issues);
      rejected.set(raw.id, definition.id as ContentTypeId);
    }
  }
  checkLinks(accepted, rejected, issues, options, check);

  const entities: Partial<Record<ContentTypeId, Record<string, Entity>>> = {};
  for (const entity of accepted.values()) {
    (entities[entity.contentType] ??= {})[entity.id] = entity as unknown as Entity;
  }
  const assets: Record<string, Asset> = {};
  for (const asset of options.assets ?? []) assets[asset.id] = asset;
  const fieldLocales = translatedFallbacks(sources, accepted, options.registry);
  return {
    set: { locale: options.locale, entities: entities as ContentSet['entities'], assets, ...(Object.keys(fieldLocales).length ? { fieldLocales } : {}) },
    issues,
    rejected: new Set(rejected.keys()),
  };
}

/** Fallback locales of the translated fields of accepted entities (other fields are not language). */
function translatedFallbacks(
  sources: ReadonlyMap<string, RawEntry>,
  accepted: ReadonlyMap<string, MutableEntity>,
  registry: ContentRegistry,
): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const [id, raw] of sources) {
    const entity = accepted.get(id);
    if (!entity || !raw.fieldLocales) continue;
    const fields = definitionIn(registry, entity.contentType)?.fields ?? {};
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
function checkLinks(accepted: Map<string, MutableEntity>, rejected: Map<string, ContentTypeId>, issues: ContentIssue[], options: BuildOptions, check: EntryCheck): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (const entity of [...accepted.values()]) {
      const definition = definitionIn(options.registry, entity.contentType);
      if (!definition) continue;
      for (const [fieldId, f] of Object.entries(definition.fields)) {
        const targets = f.state.linkContentTypes;
        const value = entity[fieldId];
        // Links to types this reader does not validate are another reader's business: kept as ids.
        if (!targets || value === undefined || !targets.some((type) => definitionIn(options.registry, type))) continue;
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
        const stillValid = check(definition, { id: entity.id, contentType: entity.contentType, fields: entity }, options.locale);
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
      : { code: 'wrong-link-type', message: `links to a ${nameOf(target.contentType, options.registry)} (${id}); it must link to: ${targets.map((type) => nameOf(type, options.registry)).join(' or ')}` };
  }
  const rejectedType = rejected.get(id);
  if (rejectedType) {
    return { code: 'dangling-link', message: `links to ${nameOf(rejectedType, options.registry)} ${id}, which has errors and is not shown` };
  }
  return options.unresolvable?.has(id)
    ? { code: 'dangling-link', message: `links to entry ${id}, which is missing or not published` }
    : { code: 'dangling-link', message: `links to entry ${id}, which could not be found` };
}

function nameOf(type: string, registry: ContentRegistry): string {
  return definitionIn(registry, type)?.name ?? type;
}

/** `__proto__` would rewrite the prototype of the table it is stored in rather than add an entry. */
function usableId(id: unknown): id is string {
  return typeof id === 'string' && id.trim() !== '' && id !== '__proto__';
}

function unusableIdIssue(raw: RawEntry, locale: string): ContentIssue {
  return {
    entryId: typeof raw.id === 'string' ? raw.id : '',
    contentType: raw.contentType,
    path: [],
    message: `An entry has the id ${JSON.stringify(raw.id)}, which cannot be used; it is not shown. Give it another id.`,
    severity: 'error',
    code: 'invalid-entity',
    locale,
  };
}

function duplicateIssue(raw: RawEntry, locale: string): ContentIssue {
  return {
    entryId: raw.id,
    contentType: raw.contentType,
    path: [],
    message: `Two entries have the id ${raw.id}; only the first valid one is shown. Remove or rename the copy.`,
    severity: 'warning',
    code: 'duplicate-entry',
    locale,
  };
}
