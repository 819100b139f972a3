/**
 * An entry on its way into the model, whichever check it goes through: the full validation of a
 * live entry (`validate.ts`) or the shape check of a built pack's entity (`shape.ts`).
 */
import type { ContentIssue } from '../issues.js';
import type { ContentTypeDefinition, EntityOf } from './content-type.js';

/** An entry as a source hands it over: id, type and fields already flattened to one locale. */
export interface RawEntry {
  readonly id: string;
  readonly contentType: string;
  readonly updatedAt?: string;
  readonly fields: Readonly<Record<string, unknown>>;
  /** Fields whose value is in another locale than the one asked for (fallback), and that locale. */
  readonly fieldLocales?: Readonly<Record<string, string>>;
}

/** The outcome of checking one entry. */
export type EntryValidation<D extends ContentTypeDefinition> =
  | { readonly ok: true; readonly entity: EntityOf<D>; readonly issues: readonly ContentIssue[] }
  | { readonly ok: false; readonly issues: readonly ContentIssue[] };

/** Turns one raw entry into an entity of its type, or says why it is left out. Never throws. */
export type EntryCheck = <D extends ContentTypeDefinition>(definition: D, raw: RawEntry, locale?: string) => EntryValidation<D>;

/** Empty strings, nulls and empty lists mean "not filled in", as in Contentful's own editor. */
function blankToUndefined(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (Array.isArray(value)) return value.length === 0 ? undefined : value;
  return value;
}

/** The definition's fields of `raw` that are filled in (other keys are dropped). */
export function filledFields(definition: ContentTypeDefinition, raw: RawEntry): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const id of Object.keys(definition.fields)) {
    const value = blankToUndefined(raw.fields[id]);
    if (value !== undefined) input[id] = value;
  }
  return input;
}

/** The entity: the entry's id, type and date, and its checked field values. */
export function toEntity<D extends ContentTypeDefinition>(definition: D, raw: RawEntry, values: Record<string, unknown>): EntityOf<D> {
  return { id: raw.id, contentType: definition.id, ...(raw.updatedAt ? { updatedAt: raw.updatedAt } : {}), ...values } as unknown as EntityOf<D>;
}
