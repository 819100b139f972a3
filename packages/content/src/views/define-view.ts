/**
 * Content views: what one widget reads, declared once. A view names its root content types (what
 * it queries), the types it follows through links, and how it resolves a content set into the
 * plain, non-circular data the widget renders. Its registry is exactly those types, so sources
 * validate only them.
 *
 * A view comes in two parts so a widget's first load stays small:
 * - the view itself ({@link ContentView}): its id, its root types' ids, and, for a view a pack
 *   can carry prebuilt, the version and shape of its value. A page reading a pack with the view
 *   prebuilt needs nothing more: no content type descriptions, no link resolution.
 * - its resolver ({@link ViewResolver}): the registry (the types' descriptions) and `resolve`,
 *   loaded on first use by {@link defineLazyView} (a lazy chunk in the CDN build) only when a
 *   source answers with entries: Contentful, an ORUK feed, a pack without the view prebuilt.
 */
import type { ContentSet } from '../content-set.js';
import { onFirstUse } from '../on-first-use.js';
import type { ContentTypeDefinition } from '../model/definition/index.js';
import type { ContentRegistry, ContentTypeId } from '../model/index.js';
import { createRegistry } from '../model/registry.js';
import type { ContentQuery } from '../sources/source.js';
import { shapeProblem, type Shape, type ShapeOf } from './view-shape.js';

/** How a view is read from a content set: the types it validates and its resolution. */
export interface ViewResolver<V> {
  /** The root types and the types they link to that the view shows: what sources validate. */
  readonly registry: ContentRegistry;
  /**
   * The view of `set`, or `undefined` when the set holds nothing the widget can show. Resolved
   * once per set: a set is immutable, so every widget showing it shares one result.
   */
  resolve(set: ContentSet): V | undefined;
}

/** How a pack carries a view prebuilt, and how a page checks it. */
export interface PrebuiltViewFormat {
  /**
   * The version of the view's value: bumped whenever its type changes in a way older widgets
   * cannot read, so a page never renders a prebuilt value of another version (it reads the
   * entries instead).
   */
  readonly version: number;
  /** The value's shape, checked in the browser before the widget renders it. */
  readonly shape: Shape;
}

/** A widget's view of the content. */
export interface ContentView<V> {
  /** Names the view in messages, packs and docs, e.g. `start-for-life-offer`. */
  readonly id: string;
  /** The content types the view queries. */
  readonly types: readonly ContentTypeId[];
  /** Set when a pack may carry this view prebuilt (`family-hubs pack` writes one file per locale). */
  readonly prebuilt?: PrebuiltViewFormat;
  /** The query for `locale` (and only `ids` of the root types, when given). */
  query(locale: string, ids?: readonly string[]): ContentQuery;
  /** The view's resolver: at once for a view declared with {@link defineView}, on first use for {@link defineLazyView}. */
  resolver(): Promise<ViewResolver<V>>;
  /**
   * Checks a prebuilt value (from a pack) against the view's shape: the value, or a sentence
   * saying where it differs. Views without a prebuilt form refuse every value.
   */
  checkPrebuilt(value: unknown): { readonly value: V } | { readonly problem: string };
}

/** A view whose resolver is bundled with it (the CLI, and widgets that read entries themselves). */
export interface EagerContentView<V> extends ContentView<V>, ViewResolver<V> {}

/** How a view's resolver is declared. */
export interface ResolverSpec<V> {
  /** Types the view queries. */
  readonly root: readonly ContentTypeDefinition[];
  /** Types reached through links from the root types that the view shows. Links to anything else stay unchecked ids. */
  readonly follows: readonly ContentTypeDefinition[];
  /** Resolves a set into the view; `undefined` means "nothing to show" (the widget's empty state). */
  resolve(set: ContentSet): V | undefined;
}

/** How a view with its resolver bundled is declared. */
export interface ViewSpec<V> extends ResolverSpec<V> {
  /** Names the view, e.g. `start-for-life-offer`. */
  readonly id: string;
  /** The version and shape of its value, when a pack may carry it prebuilt. */
  readonly prebuilt?: { readonly version: number; readonly shape: ShapeOf<V> };
}

/** How a view whose resolver loads on first use is declared. */
export interface LazyViewSpec<V> {
  /** Names the view, e.g. `start-for-life-offer`. */
  readonly id: string;
  /** The ids of the types the view queries (the resolver's `root`; a test checks the resolver validates each). */
  readonly types: readonly ContentTypeId[];
  /** The version and shape of its value, when a pack may carry it prebuilt. */
  readonly prebuilt?: { readonly version: number; readonly shape: ShapeOf<V> };
  /** Loads the resolver, e.g. `() => import('./offer-resolver.js').then((m) => m.offerResolver)`. */
  load(): Promise<ViewResolver<V>>;
}

/** Declares a view's resolver, memoised per content set. */
export function defineResolver<V>(spec: ResolverSpec<V>): ViewResolver<V> {
  const registry = createRegistry([...spec.root, ...spec.follows]);
  const resolved = new WeakMap<ContentSet, { value: V | undefined }>();
  return {
    registry,
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

/** Declares a view with its resolver bundled. */
export function defineView<V>(spec: ViewSpec<V>): EagerContentView<V> {
  const resolver = defineResolver(spec);
  const types = spec.root.map((definition) => definition.id as ContentTypeId);
  const view = viewParts<V>(spec.id, types, spec.prebuilt, resolver.registry, () => Promise.resolve(resolver));
  return { ...view, registry: resolver.registry, resolve: (set) => resolver.resolve(set) };
}

/**
 * Declares a view whose resolver loads on first use. A failed load is not remembered, so the next
 * use asks again (a chunk that did not arrive over a poor connection may arrive the next time).
 */
export function defineLazyView<V>(spec: LazyViewSpec<V>): ContentView<V> {
  const resolver = onFirstUse(() => spec.load());
  return viewParts<V>(spec.id, spec.types, spec.prebuilt, () => resolver().then((loaded) => loaded.registry), resolver);
}

function viewParts<V>(
  id: string,
  types: readonly ContentTypeId[],
  prebuilt: { readonly version: number; readonly shape: Shape } | undefined,
  registry: ContentRegistry | (() => Promise<ContentRegistry>),
  resolver: () => Promise<ViewResolver<V>>,
): ContentView<V> {
  const format = prebuilt ? { version: prebuilt.version, shape: prebuilt.shape } : undefined;
  return {
    id,
    types,
    ...(format ? { prebuilt: format } : {}),
    query: (locale, ids) => ({
      types,
      locale,
      registry,
      view: format ? { id, version: format.version } : { id },
      ...(ids ? { ids } : {}),
    }),
    resolver,
    checkPrebuilt(value) {
      if (!format) return { problem: `The ${id} view has no prebuilt form` };
      const problem = shapeProblem(value, format.shape);
      return problem === undefined ? { value: value as V } : { problem: `The prebuilt ${id} view does not match its shape (${problem})` };
    },
  };
}
