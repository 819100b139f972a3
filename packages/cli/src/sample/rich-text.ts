/**
 * Small builders for SDK rich text, so sample content reads like the page it becomes.
 */
import type { RichTextBlock, RichTextDocument, RichTextInline, RichTextLink, RichTextParagraph, RichTextText } from '@family-hubs/content';

type InlineInput = string | RichTextInline;

const toInline = (input: InlineInput): RichTextInline => (typeof input === 'string' ? { type: 'text', value: input, marks: [] } : input);

/** A document of blocks; plain strings become paragraphs. */
export function doc(...blocks: (string | RichTextBlock)[]): RichTextDocument {
  return { type: 'document', content: blocks.map((block) => (typeof block === 'string' ? p(block) : block)) };
}

/** A paragraph. */
export function p(...content: InlineInput[]): RichTextParagraph {
  return { type: 'paragraph', content: content.map(toInline) };
}

/** A level-2 heading (the document's top level below the widget's own heading). */
export function h2(text: string): RichTextBlock {
  return { type: 'heading', level: 2, content: [toInline(text)] };
}

/** A bulleted list; each item is one paragraph (a string, or a list of text runs and links). */
export function ul(...items: (string | InlineInput[])[]): RichTextBlock {
  return { type: 'list', ordered: false, items: items.map((item) => [typeof item === 'string' ? p(item) : p(...item)]) };
}

/** Bold text. */
export function b(value: string): RichTextText {
  return { type: 'text', value, marks: ['bold'] };
}

/** A link. */
export function a(url: string, text: string): RichTextLink {
  return { type: 'link', url, content: [{ type: 'text', value: text, marks: [] }] };
}
