/**
 * Validates one raw entry against its content type definition, with the zod schema derived from
 * it (every rule: lengths, patterns, the URL policy, rich-text normalisation). Never throws: the
 * result is either the typed entity or the issues that explain, in an editor's words, why it was
 * left out.
 */
import type { z } from '../../zod.js';
import type { ContentIssue } from '../issues.js';
import type { ContentTypeDefinition } from './content-type.js';
import { filledFields, toEntity, type EntryValidation, type RawEntry } from './entry.js';
import { entrySchema, richTextWarnings } from './schema.js';

export type { EntryValidation, RawEntry } from './entry.js';

/** Validates `raw` as an entry of `definition`. */
export function validateEntry<D extends ContentTypeDefinition>(definition: D, raw: RawEntry, locale?: string): EntryValidation<D> {
  const input = filledFields(definition, raw);
  const result = entrySchema(definition)['~standard'].validate(input);
  if (result instanceof Promise) throw new Error('Content schemas must be synchronous');
  if (result.issues) {
    const issues = (result.issues as readonly z.core.$ZodIssue[]).map((issue) => toContentIssue(definition, raw, input, issue, locale));
    return { ok: false, issues };
  }
  const value = result.value;
  return { ok: true, entity: toEntity(definition, raw, value), issues: richTextIssues(definition, raw, value, locale) };
}

/** The entry is kept, but what its rich text lost must reach the editors' report. */
function richTextIssues(definition: ContentTypeDefinition, raw: RawEntry, value: Record<string, unknown>, locale: string | undefined): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const [fieldId, f] of Object.entries(definition.fields)) {
    if (f.state.kind !== 'richText') continue;
    for (const problem of richTextWarnings(value[fieldId])) {
      issues.push({
        entryId: raw.id,
        contentType: definition.id,
        path: [fieldId, ...problem.path],
        message: `"${f.state.name}": ${problem.message}`,
        severity: 'warning',
        code: 'invalid-field',
        ...(locale ? { locale } : {}),
      });
    }
  }
  return issues;
}

function valueAt(input: Record<string, unknown>, path: readonly PropertyKey[]): unknown {
  let value: unknown = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function toContentIssue(
  definition: ContentTypeDefinition,
  raw: RawEntry,
  input: Record<string, unknown>,
  issue: z.core.$ZodIssue,
  locale: string | undefined,
): ContentIssue {
  const path = issue.path.map((key) => (typeof key === 'number' ? key : String(key)));
  const fieldId = String(path[0] ?? '');
  const field = definition.fields[fieldId];
  const label = field ? `"${field.state.name}"` : 'This entry';
  const value = valueAt(input, issue.path);
  const position = path.length > 1 && typeof path[1] === 'number' ? ` (item ${path[1] + 1})` : '';
  let message: string;
  let code: ContentIssue['code'] = 'invalid-field';
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) {
        code = 'missing-field';
        message = `${label} is required: fill it in`;
      } else {
        message = `${label}${position} should be ${describeExpected(issue.expected)}, but it is ${describeValue(value)}`;
      }
      break;
    case 'too_big':
      message =
        issue.origin === 'string'
          ? `${label}${position} is ${String(value).length} characters long; use ${issue.maximum} or fewer`
          : issue.origin === 'array'
            ? `${label} has ${Array.isArray(value) ? value.length : 'too many'} items; use ${issue.maximum} or fewer`
            : `${label}${position} must be ${issue.maximum} or less (it is ${String(value)})`;
      break;
    case 'too_small':
      message =
        issue.origin === 'string'
          ? `${label}${position} must be at least ${issue.minimum} characters`
          : issue.origin === 'array'
            ? `${label} needs at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}`
            : `${label}${position} must be ${issue.minimum} or more (it is ${String(value)})`;
      break;
    case 'invalid_value':
      message = `${label}${position} must be one of: ${issue.values.map(String).join(', ')} (it is "${String(value)}")`;
      break;
    case 'custom':
      message = `${label}${position}: ${issue.message}`;
      break;
    default:
      message = `${label}${position} is not valid`;
  }
  return { entryId: raw.id, contentType: definition.id, path, message, severity: 'error', code, ...(locale ? { locale } : {}) };
}

function describeExpected(expected: string): string {
  switch (expected) {
    case 'string':
      return 'text';
    case 'int':
      return 'a whole number';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'yes or no';
    case 'array':
      return 'a list';
    case 'object':
      return 'a set of values';
    default:
      return expected;
  }
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'object' && value !== null) return 'a set of values';
  return String(value);
}
