/**
 * Rich text as the SDK hands it to widgets: a small, closed AST that a renderer can turn into
 * templates without ever producing HTML strings. Contentful's rich-text document is mapped into it
 * by `rich-text-normalise.ts` (part of validation, so only sources that validate load it);
 * anything outside the supported set is dropped and reported, never passed through.
 */

/** Text decorations an editor can apply. */
export const RICH_TEXT_MARKS = ['bold', 'italic', 'underline', 'code', 'superscript', 'subscript'] as const;
/** One text decoration. */
export type RichTextMark = (typeof RICH_TEXT_MARKS)[number];

/** A run of text with its decorations. */
export interface RichTextText {
  readonly type: 'text';
  readonly value: string;
  readonly marks: readonly RichTextMark[];
}
/** A link whose URL already passed the URL policy. */
export interface RichTextLink {
  readonly type: 'link';
  readonly url: string;
  readonly content: readonly RichTextText[];
}
/** Inline content: text or a link. */
export type RichTextInline = RichTextText | RichTextLink;

/** A paragraph of inline content. */
export interface RichTextParagraph {
  readonly type: 'paragraph';
  readonly content: readonly RichTextInline[];
}
/** A heading; `level` is relative to the document (1 is its top level), widgets shift it to fit the page. */
export interface RichTextHeading {
  readonly type: 'heading';
  readonly level: 1 | 2 | 3 | 4 | 5 | 6;
  readonly content: readonly RichTextInline[];
}
/** A bulleted or numbered list; each item holds blocks. */
export interface RichTextList {
  readonly type: 'list';
  readonly ordered: boolean;
  readonly items: readonly (readonly RichTextBlock[])[];
}
/** A quotation. */
export interface RichTextQuote {
  readonly type: 'quote';
  readonly content: readonly RichTextBlock[];
}
/** A thematic break. */
export interface RichTextRule {
  readonly type: 'rule';
}
/** Block content. */
export type RichTextBlock = RichTextParagraph | RichTextHeading | RichTextList | RichTextQuote | RichTextRule;

/** A whole rich-text field. */
export interface RichTextDocument {
  readonly type: 'document';
  readonly content: readonly RichTextBlock[];
}

/** Something in a rich-text field that could not be kept. */
export interface RichTextProblem {
  readonly path: readonly (string | number)[];
  readonly message: string;
  /** `error` makes the entry invalid (an unsafe link); `warning` only drops the node. */
  readonly severity: 'error' | 'warning';
}

/** The plain text of a document, for search indexes, summaries and print. */
export function richTextToPlainText(document: RichTextDocument | undefined): string {
  if (!document) return '';
  // Defensive like the renderer: a pack read in the browser is checked for shape only at the top.
  const list = <T>(value: readonly T[] | undefined): readonly T[] => (Array.isArray(value) ? (value as readonly T[]) : []);
  const textOf = (node: { readonly value?: unknown }): string => (typeof node?.value === 'string' ? node.value : '');
  const fromInline = (nodes: readonly RichTextInline[]): string =>
    list(nodes).map((n) => (n?.type === 'link' ? list(n.content).map(textOf).join('') : textOf(n))).join('');
  const fromBlocks = (nodes: readonly RichTextBlock[]): string[] =>
    list(nodes).flatMap((n) => {
      switch (n?.type) {
        case 'paragraph':
        case 'heading':
          return [fromInline(n.content)];
        case 'list':
          return list(n.items).flatMap((item) => fromBlocks(item));
        case 'quote':
          return fromBlocks(n.content);
        default:
          return [];
      }
    });
  return fromBlocks(document.content).filter(Boolean).join('\n');
}

/** Builds a document from plain paragraphs (sample content, tests, fallbacks). */
export function plainTextToRichText(text: string): RichTextDocument {
  return {
    type: 'document',
    content: text
      .split(/\n{2,}/)
      .filter((p) => p.trim())
      .map((p) => ({ type: 'paragraph', content: [{ type: 'text', value: p.trim(), marks: [] }] })),
  };
}
