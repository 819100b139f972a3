/**
 * Guarded registration of custom elements. A council page may load the widgets twice (a CDN
 * script and a bundle, or two versions through two plugins); registering a tag twice would throw
 * and stop the rest of the script, so the first registration stays and a version mismatch is
 * reported once.
 */

// Which version of the widgets registered each tag, shared by every copy of this module on the page.
const VERSIONS = Symbol.for('family-hubs.widgets.versions');

function registeredVersions(): Map<string, string> {
  const global = globalThis as { [VERSIONS]?: Map<string, string> };
  return (global[VERSIONS] ??= new Map<string, string>());
}

const warned = new Set<string>();

/**
 * Registers `constructor` as `tag`, unless the tag is taken. Tags are always spelled out by the
 * caller, never derived from class names (which minifiers rename).
 *
 * - tag free: registers it;
 * - taken by this class, or by another copy of the same version: does nothing;
 * - taken by another version or by something else: does nothing and warns once, naming both versions.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor, version: string): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag);
  const versions = registeredVersions();
  if (!existing) {
    registry.define(tag, constructor);
    versions.set(tag, version);
    return;
  }
  if (existing === constructor) return;
  const existingVersion = versions.get(tag);
  if (existingVersion === version || warned.has(tag)) return;
  warned.add(tag);
  console.warn(
    existingVersion === undefined
      ? `Family Hubs widgets ${version}: <${tag}> is already defined by another script on this page, so that definition is used.`
      : `Family Hubs widgets ${version}: <${tag}> is already defined by Family Hubs widgets ${existingVersion}, so version ${existingVersion} is used. Load one version of the widgets per page.`,
  );
}
