/**
 * Renders a rich-text document from its AST straight to Lit templates: no HTML strings, so nothing
 * an editor (or an attacker who got into the CMS) types can become markup. The SDK already checked
 * the document; it is checked again here because content packs and JS callers can hand over
 * anything at run time.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { RichTextBlock, RichTextDocument, RichTextInline, RichTextMark, RichTextText } from '@family-hubs/content';
import { renderHeading } from './heading.js';
import { isExternal, safeUrl } from './url.js';

/** Deepest nesting of lists and quotes rendered as such; anything deeper is shown as plain text. */
export const MAX_RICH_TEXT_DEPTH = 8;

/** Most characters of text kept when flattening content nested too deeply. */
const MAX_FLATTENED_LENGTH = 5_000;

/** Options of {@link renderRichText}. */
export interface RichTextOptions {
  /**
   * The level of the heading the rich text sits under, usually the widget's own heading. A
   * rich-text heading of level 1 becomes `headingOffset + 1`, so it never outranks that heading.
   * Levels are clamped to h2–h6. Default 1.
   */
  readonly headingOffset?: number;
}

type Rendered = TemplateResult | typeof nothing;

/** Lists in hostile input may not be arrays at all. */
const items = <T>(value: readonly T[] | undefined): readonly T[] => (Array.isArray(value) ? (value as readonly T[]) : []);
const textOf = (node: RichTextText): string => (typeof node.value === 'string' ? node.value : '');

/**
 * Renders `document` inside a `<div class="fh-rich-text">` (styled by `typographyStyles`).
 * Links are kept only when their URL passes the URL policy (otherwise their words are kept as
 * plain text); links to other sites get `rel="noopener noreferrer"` and open in the same tab.
 */
export function renderRichText(document: RichTextDocument | undefined, options: RichTextOptions = {}): TemplateResult {
  if (!document) return html``;
  const offset = Number.isFinite(options.headingOffset) ? Math.trunc(options.headingOffset!) : 1;
  return html`<div class="fh-rich-text">${renderBlocks(items(document.content), offset, 1)}</div>`;
}

function renderBlocks(blocks: readonly RichTextBlock[], offset: number, depth: number): Rendered[] {
  return blocks.map((block) => renderBlock(block, offset, depth));
}

function renderBlock(block: RichTextBlock, offset: number, depth: number): Rendered {
  if (typeof block !== 'object' || block === null) return nothing;
  switch (block.type) {
    case 'paragraph': {
      const content = items(block.content);
      return hasText(content) ? html`<p>${renderInlines(content)}</p>` : nothing;
    }
    case 'heading': {
      const content = items(block.content);
      // An empty heading is announced as a heading with no name: leave it out.
      return hasText(content) ? renderHeading(headingLevel(block.level, offset), renderInlines(content)) : nothing;
    }
    case 'list': {
      if (depth > MAX_RICH_TEXT_DEPTH) return renderFlattened(block);
      const listItems = items(block.items).map((item) => html`<li>${renderBlocks(items(item), offset, depth + 1)}</li>`);
      return block.ordered === true ? html`<ol>${listItems}</ol>` : html`<ul>${listItems}</ul>`;
    }
    case 'quote':
      if (depth > MAX_RICH_TEXT_DEPTH) return renderFlattened(block);
      return html`<blockquote>${renderBlocks(items(block.content), offset, depth + 1)}</blockquote>`;
    case 'rule':
      return html`<hr />`;
    default:
      return nothing;
  }
}

/** The rendered level: shifted under the widget's heading, never h1 (the page's), never past h6. */
function headingLevel(level: unknown, offset: number): number {
  const documentLevel = typeof level === 'number' && Number.isInteger(level) ? level : 1;
  return Math.min(6, Math.max(2, documentLevel + offset));
}

function hasText(content: readonly RichTextInline[]): boolean {
  return content.some((node) =>
    node?.type === 'link' ? items(node.content).some((text) => textOf(text).trim() !== '') || safeUrl(node.url) !== undefined : node?.type === 'text' && textOf(node).trim() !== '',
  );
}

function renderInlines(content: readonly RichTextInline[]): Rendered[] {
  return content.map((node) => {
    if (node?.type === 'text') return renderText(node);
    if (node?.type === 'link') return renderLink(node.url, items(node.content));
    return nothing;
  });
}

function renderLink(rawUrl: unknown, content: readonly RichTextText[]): Rendered {
  const words = content.filter((text) => text?.type === 'text');
  const url = safeUrl(rawUrl);
  if (url === undefined) return html`${words.map(renderText)}`;
  // A link needs words to have an accessible name; the address is better than nothing.
  const label = words.some((text) => textOf(text).trim() !== '') ? words.map(renderText) : url;
  return html`<a href=${url} rel=${isExternal(url) ? 'noopener noreferrer' : nothing}>${label}</a>`;
}

/** Wrapping order, outermost first; each mark applies once however often it is listed. */
const MARK_ORDER: readonly RichTextMark[] = ['bold', 'italic', 'underline', 'code', 'superscript', 'subscript'];

function renderText(node: RichTextText): TemplateResult {
  const marks = new Set(items(node.marks));
  let out: TemplateResult = html`${textOf(node)}`;
  for (const mark of [...MARK_ORDER].reverse()) {
    if (!marks.has(mark)) continue;
    out = wrapMark(mark, out);
  }
  return out;
}

function wrapMark(mark: RichTextMark, inner: TemplateResult): TemplateResult {
  switch (mark) {
    case 'bold':
      return html`<strong>${inner}</strong>`;
    case 'italic':
      return html`<em>${inner}</em>`;
    case 'underline':
      return html`<u>${inner}</u>`;
    case 'code':
      return html`<code>${inner}</code>`;
    case 'superscript':
      return html`<sup>${inner}</sup>`;
    case 'subscript':
      return html`<sub>${inner}</sub>`;
  }
}

/**
 * The words of a block nested too deeply, as one paragraph. Walks with its own stack (not
 * recursion) so a document nested thousands deep cannot exhaust the call stack.
 */
function renderFlattened(block: RichTextBlock): Rendered {
  const words: string[] = [];
  let length = 0;
  const stack: unknown[] = [block];
  while (stack.length > 0 && length < MAX_FLATTENED_LENGTH) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i -= 1) stack.push(node[i]);
      continue;
    }
    if (typeof node !== 'object' || node === null) continue;
    const record = node as { type?: unknown; value?: unknown; content?: unknown; items?: unknown };
    if (record.type === 'text' && typeof record.value === 'string' && record.value.trim() !== '') {
      words.push(record.value.trim());
      length += record.value.length;
    }
    if (Array.isArray(record.items)) stack.push(record.items);
    if (Array.isArray(record.content)) stack.push(record.content);
  }
  const text = words.join(' ');
  return text === '' ? nothing : html`<p>${text.length > MAX_FLATTENED_LENGTH ? `${text.slice(0, MAX_FLATTENED_LENGTH)}…` : text}</p>`;
}
