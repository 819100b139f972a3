/**
 * Derives a field's Contentful side (field type, validations with the messages editors see,
 * editor widget and its settings) from the kind and rules its builder recorded. Only the CLI and
 * the docs need this (through `to-contentful.ts`); keeping it out of `field.ts` keeps it, and its
 * editor wording, out of the browser bundle, which only validates.
 */
import type { ContentfulField, ContentfulValidation } from './contentful-types.js';
import type { FieldRules, FieldState } from './field.js';

/** A field's Contentful field (without what the definition states directly) and editor control. */
export interface ContentfulFieldParts {
  readonly contentful: Omit<ContentfulField, 'id' | 'name' | 'localized' | 'required' | 'disabled' | 'omitted'>;
  readonly widgetId: string;
  readonly widgetSettings?: Record<string, string>;
}

function sizeValidations(options: { min?: number; max?: number }, unit: string): ContentfulValidation[] {
  if (options.min === undefined && options.max === undefined) return [];
  const size: { min?: number; max?: number } = {};
  if (options.min !== undefined) size.min = options.min;
  if (options.max !== undefined) size.max = options.max;
  const message =
    options.max !== undefined && options.min === undefined
      ? `Use ${options.max} ${unit} or fewer`
      : `Use between ${options.min ?? 0} and ${options.max ?? 'any number of'} ${unit}`;
  return [{ size, message }];
}

function textValidations(rules: FieldRules): ContentfulValidation[] {
  const validations = sizeValidations(rules, 'characters');
  if (rules.in) validations.push({ in: rules.in, message: `Choose one of: ${rules.in.join(', ')}` });
  if (rules.pattern) validations.push({ regexp: { pattern: rules.pattern.regexp.source, flags: rules.pattern.regexp.flags }, message: rules.pattern.message });
  return validations;
}

function rangeValidations(rules: FieldRules): ContentfulValidation[] {
  if (rules.min === undefined && rules.max === undefined) return [];
  const range: { min?: number; max?: number } = {};
  if (rules.min !== undefined) range.min = rules.min;
  if (rules.max !== undefined) range.max = rules.max;
  return [{ range, message: `Enter a number from ${rules.min ?? 'any'} to ${rules.max ?? 'any'}` }];
}

const linkValidation = (contentTypes: readonly string[]): ContentfulValidation => ({ linkContentType: contentTypes, message: `Link to: ${contentTypes.join(', ')}` });

// Mirrors checkUrl for Contentful's editor, which cannot run code: an early, friendly hint.
const URL_PATTERN = '^(https?://[^\\s/][^\\s]*|mailto:[^\\s].*|tel:[+0-9 ()-]+|/[^/\\\\].*|/)$';

const RICH_TEXT_NODES = ['heading-2', 'heading-3', 'heading-4', 'ordered-list', 'unordered-list', 'hr', 'blockquote', 'hyperlink'];

/** The Contentful field type, validations and editor control of a field. */
export function contentfulField(state: FieldState): ContentfulFieldParts {
  const { rules } = state;
  const linkTypes = state.linkContentTypes ?? [];
  switch (state.kind) {
    case 'symbol':
      return { contentful: { type: 'Symbol', validations: textValidations(rules) }, widgetId: rules.in ? 'dropdown' : 'singleLine' };
    case 'text':
      return { contentful: { type: 'Text', validations: textValidations(rules) }, widgetId: 'multipleLine' };
    case 'url':
      return {
        contentful: { type: 'Symbol', validations: [{ regexp: { pattern: URL_PATTERN }, message: 'Start with https://, mailto:, tel: or / (a page on your site)' }] },
        widgetId: 'urlEditor',
      };
    case 'richText':
      return {
        contentful: {
          type: 'RichText',
          validations: [
            { enabledNodeTypes: RICH_TEXT_NODES, message: 'Use headings, lists, quotes and links only' },
            { enabledMarks: ['bold', 'italic'], message: 'Use bold or italic only' },
          ],
        },
        widgetId: 'richTextEditor',
      };
    case 'integer':
      return { contentful: { type: 'Integer', validations: rangeValidations(rules) }, widgetId: 'numberEditor' };
    case 'number':
      return { contentful: { type: 'Number', validations: rangeValidations(rules) }, widgetId: 'numberEditor' };
    case 'boolean':
      return {
        contentful: { type: 'Boolean', validations: [] },
        widgetId: 'boolean',
        ...(rules.labels ? { widgetSettings: { trueLabel: rules.labels.yes, falseLabel: rules.labels.no } } : {}),
      };
    case 'date':
      return { contentful: { type: 'Date', validations: [] }, widgetId: 'datePicker', widgetSettings: { format: 'dateonly' } };
    case 'location':
      return { contentful: { type: 'Location', validations: [] }, widgetId: 'locationEditor' };
    case 'link':
      return { contentful: { type: 'Link', linkType: 'Entry', validations: [linkValidation(linkTypes)] }, widgetId: 'entryLinkEditor' };
    case 'links':
      return {
        contentful: { type: 'Array', items: { type: 'Link', linkType: 'Entry', validations: [linkValidation(linkTypes)] }, validations: sizeValidations(rules, 'entries') },
        widgetId: 'entryLinksEditor',
      };
    case 'symbols':
      return {
        contentful: {
          type: 'Array',
          items: { type: 'Symbol', validations: textValidations({ ...(rules.in ? { in: rules.in } : {}), ...(rules.pattern ? { pattern: rules.pattern } : {}) }) },
          validations: sizeValidations({ ...(rules.max !== undefined ? { max: rules.max } : {}) }, 'values'),
        },
        widgetId: rules.in ? 'checkbox' : 'tagEditor',
      };
    case 'asset':
      return { contentful: { type: 'Link', linkType: 'Asset', validations: [{ linkMimetypeGroup: rules.mimetypeGroups ?? ['image'] }] }, widgetId: 'assetLinkEditor' };
  }
}
