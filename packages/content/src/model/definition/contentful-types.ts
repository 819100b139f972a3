/**
 * The parts of Contentful's content-type and editor-interface JSON that the model generates.
 * Shapes follow the Content Management API (`contentful space import` accepts them unchanged).
 */

/** A field validation as Contentful stores it. */
export type ContentfulValidation =
  | { size: { min?: number; max?: number }; message?: string }
  | { range: { min?: number; max?: number }; message?: string }
  | { in: readonly (string | number)[]; message?: string }
  | { regexp: { pattern: string; flags?: string }; message?: string }
  | { linkContentType: readonly string[]; message?: string }
  | { linkMimetypeGroup: readonly string[]; message?: string }
  | { unique: true }
  | { enabledNodeTypes: readonly string[]; message?: string }
  | { enabledMarks: readonly string[]; message?: string };

/** Contentful's field types. */
export type ContentfulFieldType = 'Symbol' | 'Text' | 'RichText' | 'Integer' | 'Number' | 'Date' | 'Boolean' | 'Location' | 'Link' | 'Array' | 'Object';

/** One field of a Contentful content type. */
export interface ContentfulField {
  id: string;
  name: string;
  type: ContentfulFieldType;
  localized: boolean;
  required: boolean;
  disabled: boolean;
  omitted: boolean;
  validations: ContentfulValidation[];
  linkType?: 'Entry' | 'Asset';
  items?: { type: 'Symbol' | 'Link'; linkType?: 'Entry' | 'Asset'; validations: ContentfulValidation[] };
  defaultValue?: Record<string, unknown>;
}

/** A Contentful content type, as imported. */
export interface ContentfulContentType {
  sys: { id: string; type: 'ContentType' };
  name: string;
  description: string;
  displayField: string;
  fields: ContentfulField[];
}

/** One control of an editor interface: which widget edits the field, and the editor's help text. */
export interface ContentfulEditorControl {
  fieldId: string;
  widgetId: string;
  widgetNamespace: 'builtin';
  settings?: { helpText?: string; format?: string; trueLabel?: string; falseLabel?: string };
}

/** The editor interface of one content type. */
export interface ContentfulEditorInterface {
  sys: { id: 'default'; type: 'EditorInterface'; contentType: { sys: { id: string; type: 'Link'; linkType: 'ContentType' } } };
  controls: ContentfulEditorControl[];
}
