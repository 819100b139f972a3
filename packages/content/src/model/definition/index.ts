/**
 * The content-model definition toolkit: declare content types once and derive Contentful content
 * types, editor interfaces, zod validation and TypeScript types from them.
 * @module
 */
export { field, Field, linkId, type AnyField, type FieldKind, type FieldRules, type GeoPoint } from './field.js';
export { defineContentType, type ContentTypeDefinition, type EntityOf, type EntityBase } from './content-type.js';
export { validateEntry, type RawEntry, type EntryValidation } from './validate.js';
export { toContentfulContentType, toContentfulEditorInterface } from './to-contentful.js';
export type * from './contentful-types.js';
