/**
 * The zod schema of a content type, derived from its fields' descriptions on first use. Only what
 * validates live entries imports this module (the Contentful and ORUK readers, editors' preview,
 * the CLI that builds packs, through `validate.ts`), so zod and every rule's code stay out of a
 * page that reads a built pack: a pack was validated with these same schemas when it was built.
 */
import { z } from '../../zod.js';
import { checkUrl, describeUrlRefusal } from '../../url-policy.js';
import type { RichTextProblem } from '../rich-text.js';
import { normaliseRichText } from '../rich-text-normalise.js';
import type { ContentTypeDefinition } from './content-type.js';
import { linkId, type FieldRules, type FieldState } from './field.js';

type Schema = z.ZodMiniType;

function stringSchema(rules: Pick<FieldRules, 'min' | 'max' | 'in' | 'pattern'>): Schema {
  if (rules.in) return z.enum(rules.in as [string, ...string[]]);
  const checks: z.core.$ZodCheck<string>[] = [];
  if (rules.min !== undefined) checks.push(z.minLength(rules.min));
  if (rules.max !== undefined) checks.push(z.maxLength(rules.max));
  if (rules.pattern) {
    const { regexp, message } = rules.pattern;
    checks.push(z.refine((value: string) => regexp.test(value), { message }));
  }
  return checks.length ? z.string().check(...checks) : z.string();
}

function rangeChecks(rules: FieldRules): z.core.$ZodCheck<number>[] {
  const checks: z.core.$ZodCheck<number>[] = [];
  if (rules.min !== undefined) checks.push(z.gte(rules.min));
  if (rules.max !== undefined) checks.push(z.lte(rules.max));
  return checks;
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

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** True for a real calendar date: `Date.parse` rolls 2025-02-30 over to March instead of refusing it. */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A link as Contentful sends it or as an id, handed out as the id. */
const entryId = (): Schema => z.pipe(z.transform(linkId), z.string().check(z.minLength(1)));

/** The schema of one field's value, from its description. */
export function fieldSchema(state: FieldState): Schema {
  const { rules } = state;
  switch (state.kind) {
    case 'symbol':
    case 'text':
      return stringSchema(rules);
    case 'url':
      return z.string().check(
        z.superRefine((value: string, ctx) => {
          const check = checkUrl(value);
          if (!check.ok) ctx.issues.push({ code: 'custom', message: describeUrlRefusal(check.reason), input: value });
        }),
      );
    case 'richText':
      return z.pipe(
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
      );
    case 'integer': {
      const checks = rangeChecks(rules);
      return checks.length ? z.int().check(...checks) : z.int();
    }
    case 'number': {
      const checks = rangeChecks(rules);
      return checks.length ? z.number().check(...checks) : z.number();
    }
    case 'boolean':
      return z.boolean();
    case 'date':
      return z.pipe(
        z.string().check(z.refine(isCalendarDate, { message: 'Enter a real date, like 2025-03-31' })),
        z.transform((value: string) => value.slice(0, 10)),
      );
    case 'location':
      return z.object({
        lat: z.number().check(z.gte(-90), z.lte(90)),
        lon: z.number().check(z.gte(-180), z.lte(180)),
      });
    case 'link':
    case 'asset':
      return entryId();
    case 'links': {
      const list = z.array(entryId());
      const checks: z.core.$ZodCheck<unknown[]>[] = [];
      if (rules.min !== undefined) checks.push(z.minLength(rules.min));
      if (rules.max !== undefined) checks.push(z.maxLength(rules.max));
      return checks.length ? list.check(...checks) : list;
    }
    case 'symbols': {
      const list = z.array(stringSchema({ max: 256, ...(rules.in ? { in: rules.in } : {}), ...(rules.pattern ? { pattern: rules.pattern } : {}) }));
      return rules.max !== undefined ? list.check(z.maxLength(rules.max)) : list;
    }
  }
}

const schemas = new WeakMap<ContentTypeDefinition, z.ZodMiniType<Record<string, unknown>, unknown>>();

/** Validates an entry's fields (links already reduced to ids); built once per definition. */
export function entrySchema(definition: ContentTypeDefinition): z.ZodMiniType<Record<string, unknown>, unknown> {
  let schema = schemas.get(definition);
  if (!schema) {
    const shape: Record<string, Schema> = {};
    for (const [id, f] of Object.entries(definition.fields)) {
      const value = fieldSchema(f.state);
      shape[id] = f.state.required ? value : z.optional(value);
    }
    schema = z.object(shape);
    schemas.set(definition, schema);
  }
  return schema;
}
