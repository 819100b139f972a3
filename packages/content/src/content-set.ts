/**
 * A content set: validated entities of one locale, by content type and id. Links are entry ids,
 * so the set is plain, non-circular and serialisable (content packs store it as it is).
 */
import type { ContentTypeId, Entity } from './model/index.js';

/** A file or image from the CMS. */
export interface Asset {
  readonly id: string;
  readonly title?: string;
  readonly description?: string;
  /** Absolute `https:` URL, already through the URL policy. */
  readonly url: string;
  readonly contentType?: string;
}

/** Entities of one content type, by id. */
export type EntityTable<T extends ContentTypeId> = Readonly<Record<string, Entity<T>>>;

/** Validated content of one locale. */
export interface ContentSet {
  /** The locale the values are in (after fallback). */
  readonly locale: string;
  readonly entities: { readonly [T in ContentTypeId]?: EntityTable<T> };
  readonly assets: Readonly<Record<string, Asset>>;
  /**
   * Translated fields shown in a fallback locale, by entity id then field id: the locale the
   * value is really in. Widgets mark such text with `lang` (WCAG 3.1.2, Language of Parts).
   */
  readonly fieldLocales?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** An empty set for `locale`. */
export function emptyContentSet(locale: string): ContentSet {
  return { locale, entities: {}, assets: {} };
}

/** The entity of `type` with `id`, if the set has it. */
export function getEntity<T extends ContentTypeId>(set: ContentSet, type: T, id: string | undefined): Entity<T> | undefined {
  if (id === undefined) return undefined;
  const table = set.entities[type];
  return table && Object.hasOwn(table, id) ? table[id] : undefined;
}

/** All entities of `type`, in a stable order (by id). */
export function listEntities<T extends ContentTypeId>(set: ContentSet, type: T): Entity<T>[] {
  const table = set.entities[type];
  return table ? Object.keys(table).sort().map((id) => table[id]!) : [];
}

/** The entities of `type` for `ids`, in that order, skipping ids the set does not have. */
export function getEntities<T extends ContentTypeId>(set: ContentSet, type: T, ids: readonly string[] | undefined): Entity<T>[] {
  return (ids ?? []).map((id) => getEntity(set, type, id)).filter((entity): entity is Entity<T> => entity !== undefined);
}

/** The locale a field's value is in when it is not the set's own locale (a fallback), else `undefined`. */
export function fieldLocale(set: ContentSet, entityId: string, fieldId: string): string | undefined {
  return set.fieldLocales?.[entityId]?.[fieldId];
}

/** Number of entities in the set. */
export function countEntities(set: ContentSet): number {
  return Object.values(set.entities).reduce((total, table) => total + Object.keys(table ?? {}).length, 0);
}
