/**
 * A built pack's entities as a content set, in the browser: each entity is checked for shape
 * (`readEntry`), not validated again with the schemas, because `family-hubs pack` validated it
 * with them when it built the pack (and the pack's schema version says which model it follows).
 * Links are still resolved, duplicates and unusable ids still reported, translated fields still
 * keep the locale they fell back to (`assembleContentSet`), and an entity whose shape is broken
 * is left out with one issue while the rest show.
 */
import { assembleContentSet, type BuildOptions, type BuiltContentSet } from '../../assemble-content-set.js';
import type { RawEntry } from '../../model/definition/entry.js';
import { readEntry } from '../../model/definition/shape.js';

/** Reads a built pack's entries of one locale into a content set: shapes checked, links resolved. */
export function readContentSet(entries: Iterable<RawEntry>, options: BuildOptions): BuiltContentSet {
  return assembleContentSet(entries, options, readEntry);
}
