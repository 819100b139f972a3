/**
 * Styles for light-DOM widgets. A form in light DOM (labels, autofill, error links and
 * `aria-describedby` all work across it) cannot use shadow styles, and a strict CSP forbids inline
 * styles and `<style>` elements; a constructed stylesheet adopted by the document is allowed. Every
 * rule is written under the element's tag, so nothing reaches the rest of the page.
 */

const adopted = new WeakMap<Document, Set<string>>();

/**
 * Adds `rules(scope)` to `document.adoptedStyleSheets`, once per document and `key`. `scope` is
 * the tag the rules must be written under, e.g. `fh-help-request`.
 */
export function adoptScopedStyles(document: Document, scope: string, key: string, rules: (scope: string) => string): void {
  let keys = adopted.get(document);
  if (!keys) adopted.set(document, (keys = new Set()));
  const id = `${scope}\u0000${key}`;
  if (keys.has(id)) return;
  const Sheet = document.defaultView?.CSSStyleSheet;
  if (!Sheet) return;
  const sheet = new Sheet();
  sheet.replaceSync(rules(scope));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  keys.add(id);
}
