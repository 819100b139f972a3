/**
 * Turns content type definitions into what Contentful imports: content types and editor
 * interfaces (help text, widgets). The output is the `contentful space import` file format.
 */
import type { ContentTypeDefinition } from './content-type.js';
import { contentfulField } from './contentful-field.js';
import type { ContentfulContentType, ContentfulEditorInterface, ContentfulField } from './contentful-types.js';

/** The Contentful content type of a definition. */
export function toContentfulContentType(definition: ContentTypeDefinition): ContentfulContentType {
  const fields: ContentfulField[] = Object.entries(definition.fields).map(([id, f]) => {
    const { contentful } = contentfulField(f.state);
    return { id, name: f.state.name, localized: f.state.localized, required: f.state.required, disabled: false, omitted: false, ...contentful };
  });
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
      const { widgetId, widgetSettings } = contentfulField(f.state);
      const settings = { ...(widgetSettings ?? {}), ...(f.state.help ? { helpText: f.state.help } : {}) };
      return { fieldId, widgetId, widgetNamespace: 'builtin' as const, ...(Object.keys(settings).length ? { settings } : {}) };
    }),
  };
}
