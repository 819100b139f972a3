/**
 * Maps Contentful's rich-text document into the SDK's {@link RichTextDocument}: part of
 * validation (`definition/schema.ts`), so only sources that validate load it. Anything outside
 * the supported set is dropped and reported, never passed through; unsafe links make the entry
 * invalid.
 */
import { checkUrl, describeUrlRefusal } from '../url-policy.js';
import {
  RICH_TEXT_MARKS,
  type RichTextBlock,
  type RichTextDocument,
  type RichTextHeading,
  type RichTextInline,
  type RichTextMark,
  type RichTextProblem,
  type RichTextText,
} from './rich-text.js';

/** Maximum nesting kept; deeper documents are hostile or broken, not editorial. */
const MAX_DEPTH = 12;

/**
 * Only the part below the limit is dropped: the rest of the text is still worth showing, and the
 * limit (not the entry) is what keeps rendering and recursion bounded.
 */
const tooDeep = (path: (string | number)[]): RichTextProblem => ({
  path,
  message: `Rich text is nested more than ${MAX_DEPTH} levels deep (lists or quotes inside each other); the deeper part was left out`,
  severity: 'warning',
});

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const children = (node: Json): unknown[] => (Array.isArray(node['content']) ? node['content'] : []);

const HEADINGS: Record<string, RichTextHeading['level']> = {
  'heading-1': 1,
  'heading-2': 2,
  'heading-3': 3,
  'heading-4': 4,
  'heading-5': 5,
  'heading-6': 6,
};

/**
 * Maps a rich-text document (Contentful's shape, or one already in the SDK's shape, as stored in
 * content packs) into a {@link RichTextDocument}. Returns `undefined` as the document when the
 * input is not a document at all.
 */
export function normaliseRichText(input: unknown): { document: RichTextDocument | undefined; problems: RichTextProblem[] } {
  const problems: RichTextProblem[] = [];
  if (!isObject(input)) return { document: undefined, problems: [{ path: [], message: 'This is not a rich text document', severity: 'error' }] };
  if (input['type'] === 'document') return { document: revalidate(input, problems), problems };
  if (input['nodeType'] !== 'document') {
    return { document: undefined, problems: [{ path: [], message: 'This is not a rich text document', severity: 'error' }] };
  }
  const content = blocks(children(input), ['content'], 1, problems);
  return { document: { type: 'document', content }, problems };
}

function blocks(nodes: unknown[], path: (string | number)[], depth: number, problems: RichTextProblem[]): RichTextBlock[] {
  const out: RichTextBlock[] = [];
  nodes.forEach((node, index) => {
    const block = toBlock(node, [...path, index], depth, problems);
    if (block) out.push(block);
  });
  return out;
}

function toBlock(node: unknown, path: (string | number)[], depth: number, problems: RichTextProblem[]): RichTextBlock | undefined {
  if (depth > MAX_DEPTH) {
    problems.push(tooDeep(path));
    return undefined;
  }
  if (!isObject(node)) return undefined;
  const type = node['nodeType'];
  if (type === 'paragraph') return { type: 'paragraph', content: inlines(children(node), path, problems) };
  if (typeof type === 'string' && type in HEADINGS) {
    return { type: 'heading', level: HEADINGS[type]!, content: inlines(children(node), path, problems) };
  }
  if (type === 'unordered-list' || type === 'ordered-list') {
    const items = children(node)
      .map((item, index) =>
        isObject(item) && item['nodeType'] === 'list-item' ? blocks(children(item), [...path, 'content', index, 'content'], depth + 1, problems) : undefined,
      )
      .filter((item): item is RichTextBlock[] => item !== undefined);
    return { type: 'list', ordered: type === 'ordered-list', items };
  }
  if (type === 'blockquote') return { type: 'quote', content: blocks(children(node), [...path, 'content'], depth + 1, problems) };
  if (type === 'hr') return { type: 'rule' };
  problems.push({ path, message: `Rich text contains "${String(type)}", which the widgets cannot show; it was left out`, severity: 'warning' });
  return undefined;
}

function inlines(nodes: unknown[], path: (string | number)[], problems: RichTextProblem[]): RichTextInline[] {
  const out: RichTextInline[] = [];
  nodes.forEach((node, index) => {
    if (!isObject(node)) return;
    const at = [...path, 'content', index];
    const type = node['nodeType'];
    if (type === 'text') {
      out.push(text(node));
    } else if (type === 'hyperlink') {
      const data = isObject(node['data']) ? node['data'] : {};
      const check = checkUrl(data['uri']);
      const content = children(node).filter(isObject).map(text);
      if (check.ok) {
        out.push({ type: 'link', url: check.url, content });
      } else {
        problems.push({ path: [...at, 'data', 'uri'], message: `Link "${String(data['uri'])}": ${describeUrlRefusal(check.reason)}`, severity: 'error' });
        out.push(...content);
      }
    } else if (type === 'entry-hyperlink' || type === 'asset-hyperlink' || type === 'resource-hyperlink') {
      // Links to entries need a page to point at, which content does not know; keep the words.
      out.push(...children(node).filter(isObject).map(text));
    } else {
      problems.push({ path: at, message: `Rich text contains "${String(type)}", which the widgets cannot show; it was left out`, severity: 'warning' });
    }
  });
  return out;
}

function text(node: Json): RichTextText {
  const marks = Array.isArray(node['marks'])
    ? node['marks']
        .map((mark) => (isObject(mark) ? mark['type'] : undefined))
        .filter((mark): mark is RichTextMark => (RICH_TEXT_MARKS as readonly unknown[]).includes(mark))
    : [];
  return { type: 'text', value: typeof node['value'] === 'string' ? node['value'] : '', marks };
}

/** Re-checks a document already in the SDK's shape (content packs are data from the network too). */
function revalidate(input: Json, problems: RichTextProblem[]): RichTextDocument {
  return { type: 'document', content: reblocks(children(input), ['content'], 1, problems) };
}

function reblocks(nodes: unknown[], path: (string | number)[], depth: number, problems: RichTextProblem[]): RichTextBlock[] {
  const out: RichTextBlock[] = [];
  nodes.forEach((node, index) => {
    const at = [...path, index];
    if (depth > MAX_DEPTH) {
      problems.push(tooDeep(at));
      return;
    }
    if (!isObject(node)) return;
    switch (node['type']) {
      case 'paragraph':
        out.push({ type: 'paragraph', content: reinlines(children(node), at, problems) });
        return;
      case 'heading': {
        const level = node['level'];
        if (level === 1 || level === 2 || level === 3 || level === 4 || level === 5 || level === 6) {
          out.push({ type: 'heading', level, content: reinlines(children(node), at, problems) });
        }
        return;
      }
      case 'list': {
        const items = Array.isArray(node['items']) ? node['items'] : [];
        out.push({
          type: 'list',
          ordered: node['ordered'] === true,
          items: items.map((item, i) => reblocks(Array.isArray(item) ? item : [], [...at, 'items', i], depth + 1, problems)),
        });
        return;
      }
      case 'quote':
        out.push({ type: 'quote', content: reblocks(children(node), [...at, 'content'], depth + 1, problems) });
        return;
      case 'rule':
        out.push({ type: 'rule' });
        return;
      default:
        problems.push({ path: at, message: `Unknown rich text block "${String(node['type'])}" was left out`, severity: 'warning' });
    }
  });
  return out;
}

function reinlines(nodes: unknown[], path: (string | number)[], problems: RichTextProblem[]): RichTextInline[] {
  const out: RichTextInline[] = [];
  nodes.forEach((node, index) => {
    if (!isObject(node)) return;
    const plain = (n: Json): RichTextText => ({ type: 'text', value: typeof n['value'] === 'string' ? n['value'] : '', marks: marksOf(n) });
    if (node['type'] === 'text') out.push(plain(node));
    else if (node['type'] !== 'link') {
      problems.push({ path: [...path, 'content', index], message: `Unknown rich text inline "${String(node['type'])}" was left out`, severity: 'warning' });
    } else {
      const content = children(node).filter(isObject).map(plain);
      const check = checkUrl(node['url']);
      if (check.ok) out.push({ type: 'link', url: check.url, content });
      else {
        problems.push({ path: [...path, 'content', index, 'url'], message: describeUrlRefusal(check.reason), severity: 'error' });
        out.push(...content);
      }
    }
  });
  return out;
}

function marksOf(node: Json): RichTextMark[] {
  return Array.isArray(node['marks']) ? node['marks'].filter((m): m is RichTextMark => (RICH_TEXT_MARKS as readonly unknown[]).includes(m)) : [];
}
