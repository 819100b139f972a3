/**
 * The browser's check of a built pack's entity: its shape, not its rules. `family-hubs pack`
 * validated every entry with the full schemas (`validate.ts`) before writing it, so what a page
 * still has to guard against is a file that is not what the builder wrote (edited by hand,
 * truncated, from another tool): a value of the wrong kind, or a required field missing, which
 * would break a widget's rendering. Each field is checked against its kind in a few comparisons;
 * lengths, patterns, calendar dates and the rich-text vocabulary are the builder's job. What keeps
 * the page safe does not rest on this check: every URL passes the URL policy again when a widget
 * renders it, and the rich-text renderer accepts any input.
 */
import type { ContentTypeDefinition } from './content-type.js';
import { filledFields, toEntity, type EntryValidation, type RawEntry } from './entry.js';
import type { FieldState } from './field.js';

const isString = (value: unknown): value is string => typeof value === 'string';
const isId = (value: unknown): boolean => isString(value) && value !== '';
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isAllowed = (state: FieldState, value: unknown): boolean => isString(value) && (!state.allowed || state.allowed.includes(value));

/** True when `value` is of the kind `state` declares (a string of the allowed values, a whole number, a list of ids…). */
function hasShape(state: FieldState, value: unknown): boolean {
  switch (state.kind) {
    case 'symbol':
      return isAllowed(state, value);
    case 'symbols':
      return Array.isArray(value) && value.every((item) => isAllowed(state, item));
    case 'text':
    case 'url':
    case 'date':
      return isString(value);
    case 'link':
    case 'asset':
      return isId(value);
    case 'links':
      return Array.isArray(value) && value.every(isId);
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'location':
      return isObject(value) && Number.isFinite(value['lat']) && Number.isFinite(value['lon']);
    case 'richText':
      return isObject(value) && value['type'] === 'document' && Array.isArray(value['content']);
  }
}

/**
 * Reads `raw`, an entity of a built pack, as an entity of `definition`: its fields as they are
 * when each has the shape its kind declares and every required one is there; otherwise one issue
 * naming the fields, and the entity is left out. Never throws.
 */
export function readEntry<D extends ContentTypeDefinition>(definition: D, raw: RawEntry, locale?: string): EntryValidation<D> {
  const values = filledFields(definition, raw);
  const broken = Object.entries(definition.fields)
    .filter(([id, f]) => (values[id] === undefined ? f.state.required : !hasShape(f.state, values[id])))
    .map(([, f]) => `"${f.state.name}"`);
  if (broken.length === 0) return { ok: true, entity: toEntity(definition, raw, values), issues: [] };
  return {
    ok: false,
    issues: [
      {
        entryId: raw.id,
        contentType: definition.id,
        path: [],
        message: `The content pack's ${definition.name} ${raw.id} has ${broken.join(', ')} missing or of the wrong kind, so it is not shown. Rebuild the pack with \`family-hubs pack\`.`,
        severity: 'error',
        code: 'invalid-entity',
        ...(locale ? { locale } : {}),
      },
    ],
  };
}
