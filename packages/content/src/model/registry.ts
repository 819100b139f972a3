/**
 * A content registry: the content type definitions one reader validates with. A widget's view
 * brings only the types it shows and follows, so its bundle carries only their schemas; the CLI
 * uses the whole model (`@family-hubs/content/model`).
 */
import type { ContentTypeDefinition } from './definition/index.js';
import type { ContentTypeId } from './index.js';

/** Definitions by content type id. Types not in it are not validated, and links to them stay unchecked ids. */
export type ContentRegistry = { readonly [T in ContentTypeId]?: ContentTypeDefinition<T> };

/** A registry of `definitions` (later duplicates are ignored). */
export function createRegistry(definitions: Iterable<ContentTypeDefinition>): ContentRegistry {
  const registry: Record<string, ContentTypeDefinition> = {};
  for (const definition of definitions) registry[definition.id] ??= definition;
  return registry;
}

/** The definition of `type` in `registry`, if it is there. */
export function definitionIn(registry: ContentRegistry, type: string): ContentTypeDefinition | undefined {
  return Object.hasOwn(registry, type) ? (registry as Readonly<Record<string, ContentTypeDefinition>>)[type] : undefined;
}

/** The ids of a registry's types, sorted: equal for registries that validate the same way. */
export function registryTypes(registry: ContentRegistry): ContentTypeId[] {
  return (Object.keys(registry) as ContentTypeId[]).sort();
}
