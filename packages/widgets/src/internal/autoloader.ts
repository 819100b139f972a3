/**
 * Finds undefined `fh-*` elements and loads their definitions. The tag-to-module map is static, so
 * bundlers see every `import()` and split one chunk per widget, and no URL is ever built from a
 * tag name (nothing a page's markup says can make the loader fetch an arbitrary script).
 */

/** Loads the definition of each element, by tag. */
export const ELEMENT_LOADERS: Readonly<Record<string, () => Promise<unknown>>> = {
  'fh-content-source': () => import('../content-source/define.js'),
  'fh-start-for-life-offer': () => import('../start-for-life-offer/define.js'),
  'fh-service-search': () => import('../service-search/define.js'),
  'fh-programme-finder': () => import('../programme-finder/define.js'),
  'fh-exit-this-page': () => import('../exit-this-page/define.js'),
  'fh-help-request': () => import('../help-request/define.js'),
  // new-widget: loaders (npm run new-widget adds a line above)
};

const requested = new Set<string>();

/** Loads the definitions of the undefined Family Hubs elements in `root`. Resolves when they have loaded. */
export async function discover(root: ParentNode): Promise<void> {
  const tags = new Set<string>();
  if (root instanceof Element && isUndefinedWidget(root)) tags.add(root.localName);
  for (const element of root.querySelectorAll(':not(:defined)')) {
    if (isUndefinedWidget(element)) tags.add(element.localName);
  }
  await Promise.all([...tags].map(load));
}

function isUndefinedWidget(element: Element): boolean {
  return element.localName.startsWith('fh-') && !customElements.get(element.localName);
}

function load(tag: string): Promise<unknown> {
  const loader = Object.hasOwn(ELEMENT_LOADERS, tag) ? ELEMENT_LOADERS[tag] : undefined;
  if (!loader || requested.has(tag)) return Promise.resolve();
  requested.add(tag);
  return loader().catch((error: unknown) => {
    // Let a later addition of the same tag try again (a flaky network on a phone).
    requested.delete(tag);
    console.warn(`Family Hubs widgets: could not load <${tag}>`, error);
  });
}

/** Defines the elements in `document` now and whenever elements are added. Returns a function that stops watching. */
export function startAutoloader(document: Document): () => void {
  void discover(document);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element) void discover(node);
      }
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  return () => observer.disconnect();
}
