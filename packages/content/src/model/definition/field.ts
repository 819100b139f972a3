/**
 * Field builders: each field is declared once, as a description — its kind, whether it is
 * required and translated, its rules (lengths, allowed values, patterns, link targets). Everything
 * else is derived from that description where it is needed: the zod schema that validates a live
 * entry by `schema.ts` (loaded only by sources that validate: Contentful, ORUK, editors' preview,
 * the CLI), the shape check of a built pack by `shape.ts`, and the Contentful field and editor
 * control by `contentful-field.ts` (the CLI only). So a page that reads a pack downloads the
 * descriptions of its view's types and neither zod nor the schemas.
 */
import type { RichTextDocument } from '../rich-text.js';

/** What kind of value a field holds. */
export type FieldKind =
  | 'symbol'
  | 'text'
  | 'url'
  | 'richText'
  | 'integer'
  | 'number'
  | 'boolean'
  | 'date'
  | 'location'
  | 'link'
  | 'links'
  | 'symbols'
  | 'asset';

/** A point on the map. */
export interface GeoPoint {
  readonly lat: number;
  readonly lon: number;
}

/** Everything known about a field; the value type lives on {@link Field} only, as a phantom. */
export interface FieldState {
  readonly kind: FieldKind;
  readonly name: string;
  readonly help?: string;
  readonly required: boolean;
  readonly localized: boolean;
  /** The builder's options: the schema (`schema.ts`) and the Contentful field (`contentful-field.ts`) are derived from them. */
  readonly rules: FieldRules;
  /** Content types a link may point at. */
  readonly linkContentTypes?: readonly string[];
  /** Allowed values, for enumerations (also drives dropdowns in Contentful and controls in stories). */
  readonly allowed?: readonly string[];
}

/** The options a field was built with. */
export interface FieldRules {
  readonly min?: number;
  readonly max?: number;
  /** Allowed values. */
  readonly in?: readonly string[];
  readonly pattern?: { readonly regexp: RegExp; readonly message: string };
  /** Kinds of asset a link may point at. */
  readonly mimetypeGroups?: readonly string[];
  /** Labels of a yes/no field's two choices. */
  readonly labels?: { readonly yes: string; readonly no: string };
}

/**
 * One field of a content type. `V` is the value type the SDK hands out; `R` says whether editors
 * must fill it in. Builders are immutable: each modifier returns a new field.
 */
export class Field<V, R extends boolean = false> {
  /** @internal */
  constructor(readonly state: FieldState) {}

  /** Editors must fill this in; Contentful will not publish without it, and the SDK rejects entries that lack it. */
  required(): Field<V, true> {
    return new Field<V, true>({ ...this.state, required: true });
  }

  /** The field is translated per locale (falls back along the locale chain when missing). */
  localized(): Field<V, R> {
    return new Field<V, R>({ ...this.state, localized: true });
  }

  /** Help text shown under the field in Contentful's editor. */
  help(text: string): Field<V, R> {
    return new Field<V, R>({ ...this.state, help: text });
  }

  /** Phantom member so `EntityOf` can read the value type. Never set. */
  declare readonly __value: V;
  /** Phantom member so `EntityOf` can read whether the field is required. Never set. */
  declare readonly __required: R;
}

/** Any field, whatever its value. */
export interface AnyField {
  readonly state: FieldState;
  readonly __value: unknown;
  readonly __required: boolean;
}

interface TextOptions {
  /** Most characters allowed (Contentful counts UTF-16 units, as JavaScript does). */
  max?: number;
  min?: number;
  /** Allowed values: makes the field a dropdown. */
  in?: readonly string[];
  /** A pattern the value must match, with the message editors see when it does not. */
  pattern?: { regexp: RegExp; message: string };
}

/** A field of `kind` as its builder first makes it: optional, not translated. */
function describe<V>(kind: FieldKind, name: string, rules: FieldRules, extra: Pick<FieldState, 'linkContentTypes' | 'allowed'> = {}): Field<V> {
  return new Field<V>({ kind, name, required: false, localized: false, rules, ...extra });
}

/** A short line of text (Contentful `Symbol`, at most 256 characters). */
function symbol<T extends string = string>(name: string, options: TextOptions & { in?: readonly T[] } = {}): Field<T> {
  // Contentful's own limit for Symbol fields; a fixed list of values needs no length rule.
  const settings = options.in ? options : { ...options, max: Math.min(options.max ?? 256, 256) };
  return describe<T>('symbol', name, settings, options.in ? { allowed: options.in } : {});
}

/** A longer plain text (Contentful `Text`). */
function text(name: string, options: Omit<TextOptions, 'in'> = {}): Field<string> {
  return describe('text', name, options);
}

/** A link: web address, `mailto:`, `tel:` or a path on the council's site. Checked by the URL policy. */
function url(name: string): Field<string> {
  return describe('url', name, {});
}

/** Formatted text from Contentful's rich-text editor, handed out as a safe {@link RichTextDocument}. */
function richText(name: string): Field<RichTextDocument> {
  return describe('richText', name, {});
}

/** A whole number. */
function integer(name: string, options: { min?: number; max?: number } = {}): Field<number> {
  return describe('integer', name, options);
}

/** A number that may have decimals (ages of infants: 0.5 years). */
function number(name: string, options: { min?: number; max?: number } = {}): Field<number> {
  return describe('number', name, options);
}

/** Yes or no. */
function boolean(name: string, labels?: { yes: string; no: string }): Field<boolean> {
  return describe('boolean', name, labels ? { labels } : {});
}

/** A calendar date, handed out as `YYYY-MM-DD` (Contentful may add a time; it is dropped). */
function date(name: string): Field<string> {
  return describe('date', name, {});
}

/** Latitude and longitude. */
function location(name: string): Field<GeoPoint> {
  return describe('location', name, {});
}

/** Contentful sends a link as `{sys:{type:'Link',id}}`, a resolved entry as `{sys:{id,...},fields}`; packs store the id. */
export function linkId(value: unknown): unknown {
  if (typeof value === 'object' && value !== null && 'sys' in value) {
    const sys = (value).sys;
    if (typeof sys === 'object' && sys !== null && 'id' in sys) return (sys).id;
  }
  return value;
}

/** A link to one entry of the given content types; handed out as the entry's id. */
function link(name: string, contentTypes: readonly string[]): Field<string> {
  return describe('link', name, {}, { linkContentTypes: contentTypes });
}

/** Links to several entries, in the editor's order; handed out as entry ids. */
function links(name: string, contentTypes: readonly string[], options: { min?: number; max?: number } = {}): Field<string[]> {
  return describe('links', name, options, { linkContentTypes: contentTypes });
}

/** Several short values, optionally from a fixed list (checkboxes in Contentful). */
function symbols<T extends string = string>(name: string, options: { in?: readonly T[]; max?: number; pattern?: { regexp: RegExp; message: string } } = {}): Field<T[]> {
  return describe<T[]>('symbols', name, options, options.in ? { allowed: options.in } : {});
}

/** A link to an asset (image or document); handed out as the asset's id. */
function asset(name: string, mimetypeGroups: readonly string[] = ['image']): Field<string> {
  return describe('asset', name, { mimetypeGroups });
}

/** The field builders. */
export const field = { symbol, text, url, richText, integer, number, boolean, date, location, link, links, symbols, asset };
