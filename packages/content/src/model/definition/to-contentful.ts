/**
 * Turns content type definitions into what Contentful imports: content types and editor
 * interfaces (help text, widgets). The output is the `contentful space import` file format.
 */
import type { ContentTypeDefinition } from './content-type.js';
import type { ContentfulContentType, ContentfulEditorInterface, ContentfulField } from './contentful-types.js';

/** The Contentful content type of a definition. */
export function toContentfulContentType(definition: ContentTypeDefinition): ContentfulContentType {
  const fields: ContentfulField[] = Object.entries(definition.fields).map(([id, f]) => ({
    id,
    name: f.state.name,
    localized: f.state.localized,
    required: f.state.required,
    disabled: false,
    omitted: false,
    ...f.state.contentful,
    validations: [...f.state.contentful.validations],
  }));
  return {
    sys: { id: definition.id, type: 'ContentType' },
    name: definition.name,
    description: definition.description,
    displayField: definition.displayField,
    fields,
  };
}

/** The editor interface of a definition: which widget edits each field and its help text. */
export function toContentfulEditorInterface(definition: ContentTypeDefinition): ContentfulEditorInterface {
  return {
    sys: { id: 'default', type: 'EditorInterface', contentType: { sys: { id: definition.id, type: 'Link', linkType: 'ContentType' } } },
    controls: Object.entries(definition.fields).map(([fieldId, f]) => {
      const settings = { ...(f.state.widgetSettings ?? {}), ...(f.state.help ? { helpText: f.state.help } : {}) };
      return { fieldId, widgetId: f.state.widgetId, widgetNamespace: 'builtin' as const, ...(Object.keys(settings).length ? { settings } : {}) };
    }),
  };
}
