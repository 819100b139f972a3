/**
 * A content type declared once: its fields produce the Contentful content type and editor
 * interface, the zod schema that validates each live entry (`schema.ts`, built on first use),
 * the shape check of a built pack (`shape.ts`) and the TypeScript type of the entity. The
 * definition itself is only a description, so importing it costs no validation code.
 */
import type { AnyField } from './field.js';

type FieldMap = Record<string, AnyField>;

/** A content type definition. */
export interface ContentTypeDefinition<Id extends string = string, F extends FieldMap = FieldMap> {
  /** Contentful content type id, also the entity's `contentType`. */
  readonly id: Id;
  /** Name editors see in Contentful. */
  readonly name: string;
  /** What the content type is for, shown to editors. */
  readonly description: string;
  /** The field Contentful uses as the entry's title (checked against `fields` by {@link defineContentType}). */
  readonly displayField: string;
  readonly fields: F;
}

type ValueOf<F> = F extends { readonly __value: infer V } ? V : never;
type RequiredKeys<F extends FieldMap> = { [K in keyof F]: F[K]["__required"] extends true ? K : never }[keyof F];
type OptionalKeys<F extends FieldMap> = Exclude<keyof F, RequiredKeys<F>>;
type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** What every entity carries besides its fields. */
export interface EntityBase<Id extends string = string> {
  /** The entry id (Contentful `sys.id`), stable across locales. */
  readonly id: Id extends string ? string : never;
  /** The content type id. */
  readonly contentType: Id;
  /** When the entry was last published or updated, ISO 8601. */
  readonly updatedAt?: string;
}

/** The validated, typed value of one entry of content type `D`. */
export type EntityOf<D extends ContentTypeDefinition> =
  D extends ContentTypeDefinition<infer Id, infer F>
    ? Simplify<EntityBase<Id> & { readonly [K in RequiredKeys<F>]: ValueOf<F[K]> } & { readonly [K in OptionalKeys<F>]?: ValueOf<F[K]> }>
    : never;

/** Declares a content type. See {@link field} for the field builders. */
export function defineContentType<const Id extends string, F extends FieldMap>(definition: {
  id: Id;
  name: string;
  description: string;
  displayField: keyof F & string;
  fields: F;
}): ContentTypeDefinition<Id, F> {
  return definition;
}
