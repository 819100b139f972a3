/**
 * Field builders: each field is declared once, with everything both sides need — the zod schema
 * of the value the SDK hands out, and the rules the Contentful field (type, validations, editor
 * widget, help text) is derived from by `contentful-field.ts`. That derivation, with its editor
 * messages, lives apart so that browsers, which only validate, do not load it. Links become entry
 * ids here; a later pass checks that they point at valid entries.
 */
import { z } from '../../zod.js';
import { checkUrl, describeUrlRefusal } from '../../url-policy.js';
import { normaliseRichText, type RichTextDocument, type RichTextProblem } from '../rich-text.js';

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

type Schema<V> = z.ZodMiniType<V, unknown>;

/** Everything known about a field; the value type lives on {@link Field} only, as a phantom. */
export interface FieldState {
  readonly kind: FieldKind;
  readonly name: string;
  readonly help?: string;
  readonly required: boolean;
  readonly localized: boolean;
  /** The builder's options, from which `contentfulField` derives the Contentful field and editor control. */
  readonly rules: FieldRules;
  readonly schema: z.ZodMiniType;
  /** Content types a link may point at. */
  readonly linkContentTypes?: readonly string[];
  /** Allowed values, for enumerations (also drives dropdowns in Contentful and controls in stories). */
  readonly allowed?: readonly string[];
}

/** The options a field was built with, as far as Contentful's editor needs them. */
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

function stringSchema(options: TextOptions): Schema<string> {
  const checks: z.core.$ZodCheck<string>[] = [];
  if (options.min !== undefined) checks.push(z.minLength(options.min));
  if (options.max !== undefined) checks.push(z.maxLength(options.max));
  if (options.pattern) {
    const { regexp, message } = options.pattern;
    checks.push(z.refine((value: string) => regexp.test(value), { message }));
  }
  if (options.in) return z.enum(options.in as [string, ...string[]]);
  return checks.length ? z.string().check(...checks) : z.string();
}

/** A short line of text (Contentful `Symbol`, at most 256 characters). */
function symbol<T extends string = string>(name: string, options: TextOptions & { in?: readonly T[] } = {}): Field<T> {
  // Contentful's own limit for Symbol fields; a fixed list of values needs no length rule.
  const settings = options.in ? options : { ...options, max: Math.min(options.max ?? 256, 256) };
  return new Field<T>({
    kind: 'symbol',
    name,
    required: false,
    localized: false,
    rules: settings,
    schema: stringSchema(settings),
    ...(options.in ? { allowed: options.in } : {}),
  });
}

/** A longer plain text (Contentful `Text`). */
function text(name: string, options: Omit<TextOptions, 'in'> = {}): Field<string> {
  return new Field<string>({
    kind: 'text',
    name,
    required: false,
    localized: false,
    rules: options,
    schema: stringSchema(options),
  });
}

/** A link: web address, `mailto:`, `tel:` or a path on the council's site. Checked by the URL policy. */
function url(name: string): Field<string> {
  return new Field<string>({
    kind: 'url',
    name,
    required: false,
    localized: false,
    rules: {},
    schema: z.string().check(
      z.superRefine((value: string, ctx) => {
        const check = checkUrl(value);
        if (!check.ok) ctx.issues.push({ code: 'custom', message: describeUrlRefusal(check.reason), input: value });
      }),
    ),
  });
}

/**
 * Warnings of each rich-text value the schema handed out (unknown nodes, nesting past the limit):
 * zod has no non-failing issues, so they travel beside the value and `validateEntry` reports
 * them. Keyed weakly by the document, so nothing outlives the entity.
 */
const richTextProblems = new WeakMap<object, readonly RichTextProblem[]>();

/** The warnings found while normalising `document`, a value a rich-text field handed out. */
export function richTextWarnings(document: unknown): readonly RichTextProblem[] {
  return typeof document === 'object' && document !== null ? (richTextProblems.get(document) ?? []) : [];
}

/** Formatted text from Contentful's rich-text editor, handed out as a safe {@link RichTextDocument}. */
function richText(name: string): Field<RichTextDocument> {
  return new Field<RichTextDocument>({
    kind: 'richText',
    name,
    required: false,
    localized: false,
    rules: {},
    schema: z.pipe(
      z.unknown(),
      z.transform((input: unknown, ctx) => {
        const { document, problems } = normaliseRichText(input);
        for (const problem of problems.filter((p) => p.severity === 'error')) {
          ctx.issues.push({ code: 'custom', message: problem.message, input, path: [...problem.path] });
        }
        const warnings = problems.filter((p) => p.severity === 'warning');
        if (document && warnings.length) richTextProblems.set(document, warnings);
        return document ?? z.NEVER;
      }),
    ),
  });
}

/** A whole number. */
function integer(name: string, options: { min?: number; max?: number } = {}): Field<number> {
  const checks: z.core.$ZodCheck<number>[] = [];
  if (options.min !== undefined) checks.push(z.gte(options.min));
  if (options.max !== undefined) checks.push(z.lte(options.max));
  return new Field<number>({
    kind: 'integer',
    name,
    required: false,
    localized: false,
    rules: options,
    schema: checks.length ? z.int().check(...checks) : z.int(),
  });
}

/** A number that may have decimals (ages of infants: 0.5 years). */
function number(name: string, options: { min?: number; max?: number } = {}): Field<number> {
  const checks: z.core.$ZodCheck<number>[] = [];
  if (options.min !== undefined) checks.push(z.gte(options.min));
  if (options.max !== undefined) checks.push(z.lte(options.max));
  return new Field<number>({
    kind: 'number',
    name,
    required: false,
    localized: false,
    rules: options,
    schema: checks.length ? z.number().check(...checks) : z.number(),
  });
}

/** Yes or no. */
function boolean(name: string, labels?: { yes: string; no: string }): Field<boolean> {
  return new Field<boolean>({
    kind: 'boolean',
    name,
    required: false,
    localized: false,
    rules: labels ? { labels } : {},
    schema: z.boolean(),
  });
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** True for a real calendar date: `Date.parse` rolls 2025-02-30 over to March instead of refusing it. */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A calendar date, handed out as `YYYY-MM-DD` (Contentful may add a time; it is dropped). */
function date(name: string): Field<string> {
  return new Field<string>({
    kind: 'date',
    name,
    required: false,
    localized: false,
    rules: {},
    schema: z.pipe(
      z.string().check(
        z.refine(isCalendarDate, {
          message: 'Enter a real date, like 2025-03-31',
        }),
      ),
      z.transform((value: string) => value.slice(0, 10)),
    ),
  });
}

/** Latitude and longitude. */
function location(name: string): Field<GeoPoint> {
  return new Field<GeoPoint>({
    kind: 'location',
    name,
    required: false,
    localized: false,
    rules: {},
    schema: z.object({
      lat: z.number().check(z.gte(-90), z.lte(90)),
      lon: z.number().check(z.gte(-180), z.lte(180)),
    }),
  });
}

/** Contentful sends a link as `{sys:{type:'Link',id}}`, a resolved entry as `{sys:{id,...},fields}`; packs store the id. */
export function linkId(value: unknown): unknown {
  if (typeof value === 'object' && value !== null && 'sys' in value) {
    const sys = (value).sys;
    if (typeof sys === 'object' && sys !== null && 'id' in sys) return (sys).id;
  }
  return value;
}

const entryId = z.pipe(z.transform(linkId), z.string().check(z.minLength(1)));

/** A link to one entry of the given content types; handed out as the entry's id. */
function link(name: string, contentTypes: readonly string[]): Field<string> {
  return new Field<string>({
    kind: 'link',
    name,
    required: false,
    localized: false,
    rules: {},
    linkContentTypes: contentTypes,
    schema: entryId,
  });
}

/** Links to several entries, in the editor's order; handed out as entry ids. */
function links(name: string, contentTypes: readonly string[], options: { min?: number; max?: number } = {}): Field<string[]> {
  const checks: z.core.$ZodCheck<string[]>[] = [];
  if (options.min !== undefined) checks.push(z.minLength(options.min));
  if (options.max !== undefined) checks.push(z.maxLength(options.max));
  const base = z.array(entryId);
  return new Field<string[]>({
    kind: 'links',
    name,
    required: false,
    localized: false,
    rules: options,
    linkContentTypes: contentTypes,
    schema: checks.length ? base.check(...checks) : base,
  });
}

/** Several short values, optionally from a fixed list (checkboxes in Contentful). */
function symbols<T extends string = string>(name: string, options: { in?: readonly T[]; max?: number; pattern?: { regexp: RegExp; message: string } } = {}): Field<T[]> {
  const item = stringSchema({ max: 256, ...(options.in ? { in: options.in } : {}), ...(options.pattern ? { pattern: options.pattern } : {}) });
  const base = z.array(item);
  return new Field<T[]>({
    kind: 'symbols',
    name,
    required: false,
    localized: false,
    rules: options,
    ...(options.in ? { allowed: options.in } : {}),
    schema: options.max !== undefined ? base.check(z.maxLength(options.max)) : base,
  });
}

/** A link to an asset (image or document); handed out as the asset's id. */
function asset(name: string, mimetypeGroups: readonly string[] = ['image']): Field<string> {
  return new Field<string>({
    kind: 'asset',
    name,
    required: false,
    localized: false,
    rules: { mimetypeGroups },
    schema: entryId,
  });
}

/** The field builders. */
export const field = { symbol, text, url, richText, integer, number, boolean, date, location, link, links, symbols, asset };
