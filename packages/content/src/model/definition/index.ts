/**
 * The content-model definition toolkit: declare content types once and derive Contentful content
 * types, editor interfaces, zod validation (`entrySchema`, `validateEntry`), the shape check of a
 * built pack (`readEntry`) and TypeScript types from them.
 * @module
 */
export { field, Field, linkId, type AnyField, type FieldKind, type FieldRules, type GeoPoint } from './field.js';
export { defineContentType, type ContentTypeDefinition, type EntityOf, type EntityBase } from './content-type.js';
export { validateEntry } from './validate.js';
export { entrySchema } from './schema.js';
export { readEntry } from './shape.js';
export type { RawEntry, EntryValidation, EntryCheck } from './entry.js';
export { toContentfulContentType, toContentfulEditorInterface } from './to-contentful.js';
export type * from './contentful-types.js';
