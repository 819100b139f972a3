/**
 * The content model as a `contentful space import` file: content types, editor interfaces (help
 * text and widgets), locales and the DfE taxonomy seed, all generated from the SDK's model.
 */
import { dfeTaxonomyTerms } from '@family-hubs/content';
import { CONTENT_TYPE_IDS, contentModel } from '@family-hubs/content/model';
import { toContentfulContentType, toContentfulEditorInterface, type ContentfulContentType, type ContentfulEditorInterface } from '@family-hubs/content/model-definition';

/** Locales every Family Hubs space gets: English, with Polish falling back to it. */
export const MODEL_LOCALES = [
  { code: 'en-GB', name: 'English (United Kingdom)', default: true, fallbackCode: null, optional: false },
  { code: 'pl', name: 'Polish', default: false, fallbackCode: 'en-GB', optional: true },
] as const;

/** An entry in the import format. */
export interface ImportEntry {
  sys: { id: string; type: 'Entry'; contentType: { sys: { id: string; type: 'Link'; linkType: 'ContentType' } } };
  fields: Record<string, Record<string, unknown>>;
}

/** The import file. */
export interface ModelImportFile {
  contentTypes: ContentfulContentType[];
  editorInterfaces: ContentfulEditorInterface[];
  locales: (typeof MODEL_LOCALES)[number][];
  entries: ImportEntry[];
}

/** The DfE taxonomy as `taxonomyTerm` entries, parents first. */
export function taxonomySeedEntries(): ImportEntry[] {
  return dfeTaxonomyTerms().map((term) => ({
    sys: { id: term.id, type: 'Entry', contentType: { sys: { id: 'taxonomyTerm', type: 'Link', linkType: 'ContentType' } } },
    fields: {
      name: { 'en-GB': term.name },
      code: { 'en-GB': term.code },
      vocabulary: { 'en-GB': term.vocabulary },
      ...(term.parent ? { parent: { 'en-GB': { sys: { type: 'Link', linkType: 'Entry', id: term.parent } } } } : {}),
    },
  }));
}

/** Builds the whole import file. */
export function buildModelImportFile(): ModelImportFile {
  return {
    contentTypes: CONTENT_TYPE_IDS.map((id) => toContentfulContentType(contentModel[id])),
    editorInterfaces: CONTENT_TYPE_IDS.map((id) => toContentfulEditorInterface(contentModel[id])),
    locales: [...MODEL_LOCALES],
    entries: taxonomySeedEntries(),
  };
}
