/**
 * Turns raw entries from a live source (Contentful, an Open Referral feed, an editor's unsaved
 * edit) or a space export into a validated content set: each entry is validated on its own
 * with its type's zod schema, then links are resolved. Live sources import this lazily, so zod
 * and the schemas reach a page only when it reads one of them; a built pack, validated here when
 * it was built, is read with the shape check instead (`sources/pack/read-content-set.ts`).
 */
import { assembleContentSet, type BuildOptions, type BuiltContentSet } from './assemble-content-set.js';
import type { RawEntry } from './model/definition/entry.js';
import { validateEntry } from './model/definition/validate.js';

export type { BuildOptions, BuiltContentSet } from './assemble-content-set.js';

/**
 * Validates `entries` one by one and resolves their links. Entries of types outside
 * `options.registry` are ignored. When two entries share an id, the first valid one is kept and
 * editors hear about the duplicate once.
 */
export function buildContentSet(entries: Iterable<RawEntry>, options: BuildOptions): BuiltContentSet {
  return assembleContentSet(entries, options, validateEntry);
}
