/**
 * Printing one widget as a handout. Shadow-root styles cannot set `@page` or hide the rest of the
 * host page, so while printing a constructed stylesheet (allowed under a strict CSP, unlike a
 * `<style>` element) is adopted by the document, then removed after printing.
 */

/** Marks the element being printed. */
export const PRINTING_ATTRIBUTE = 'data-fh-printing';

const PRINT_CSS = `
@media print {
  @page { size: A4; margin: 12mm; }
  body *:not(:has([${PRINTING_ATTRIBUTE}])):not([${PRINTING_ATTRIBUTE}]):not([${PRINTING_ATTRIBUTE}] *) { display: none !important; }
}`;

const sheets = new WeakMap<Document, CSSStyleSheet>();

function printSheet(document: Document): CSSStyleSheet {
  let sheet = sheets.get(document);
  if (!sheet) {
    const view = document.defaultView ?? globalThis;
    sheet = new view.CSSStyleSheet();
    sheet.replaceSync(PRINT_CSS);
    sheets.set(document, sheet);
  }
  return sheet;
}

/** Lays the page out so that only `element` prints, on A4, until printing ends. */
export function preparePrint(element: HTMLElement): () => void {
  const document = element.ownerDocument;
  const sheet = printSheet(document);
  element.setAttribute(PRINTING_ATTRIBUTE, '');
  if (!document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return () => {
    element.removeAttribute(PRINTING_ATTRIBUTE);
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

/** Prints `element` alone with the browser's print dialogue (which also offers "Save as PDF"). */
export function printElement(element: HTMLElement): void {
  const view = element.ownerDocument.defaultView;
  if (!view) return;
  const restore = preparePrint(element);
  view.addEventListener('afterprint', restore, { once: true });
  view.print();
}
