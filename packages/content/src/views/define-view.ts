/**
 * Content views: what one widget reads, declared once. A view names its root content types (what
 * it queries), the types it follows through links, and how it resolves a content set into the
 * plain, non-circular data the widget renders. Its registry is exactly those types, so a widget
 * bundles only their schemas and sources validate only them.
 */
import type { ContentSet } from '../content-set.js';
import type { ContentTypeDefinition } from '../model/definition/index.js';
import { createRegistry, type ContentRegistry, type ContentTypeId } from '../model/index.js';
import type { ContentQuery } from '../sources/source.js';

/** A widget's view of the content. */
export interface ContentView<V> {
  /** Names the view in messages and docs, e.g. `start-for-life-offer`. */
  readonly id: string;
  /** The content types the view queries. */
  readonly types: readonly ContentTypeId[];
  /** The root types and the types they link to that the view shows: what sources validate. */
  readonly registry: ContentRegistry;
  /** The query for `locale` (and only `ids` of the root types, when given). */
  query(locale: string, ids?: readonly string[]): ContentQuery;
  /**
   * The view of `set`, or `undefined` when the set holds nothing the widget can show. Resolved
   * once per set: a set is immutable, so every widget showing it shares one result.
   */
  resolve(set: ContentSet): V | undefined;
}

/** How a view is declared. */
export interface ViewSpec<V> {
  readonly id: string;
  /** Types the view queries. */
  readonly root: readonly ContentTypeDefinition[];
  /** Types reached through links from the root types that the view shows. Links to anything else stay unchecked ids. */
  readonly follows: readonly ContentTypeDefinition[];
  /** Resolves a set into the view; `undefined` means "nothing to show" (the widget's empty state). */
  resolve(set: ContentSet): V | undefined;
}

/** Declares a view. */
export function defineView<V>(spec: ViewSpec<V>): ContentView<V> {
  const registry = createRegistry([...spec.root, ...spec.follows]);
  const types = spec.root.map((definition) => definition.id as ContentTypeId);
  const resolved = new WeakMap<ContentSet, { value: V | undefined }>();
  return {
    id: spec.id,
    types,
    registry,
    query: (locale, ids) => ({ types, locale, registry, ...(ids ? { ids } : {}) }),
    resolve(set) {
      let memo = resolved.get(set);
      if (!memo) {
        memo = { value: spec.resolve(set) };
        resolved.set(set, memo);
      }
      return memo.value;
    },
  };
}
