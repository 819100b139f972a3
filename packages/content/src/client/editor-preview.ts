/**
 * Editors' preview, behind a neutral interface: the widgets know that an editor may be watching
 * and can ask to open a field, never which CMS does it. The Contentful implementation lives in
 * `sources/contentful/live-preview.ts` and is loaded only on preview pages inside the CMS.
 */

/** A connection to the editor around a preview page. */
export interface EditorPreview {
  /** Calls `listener` when the editor changes content (a save, or an edit as they type). Returns a function that stops it. */
  onChange(listener: () => void): () => void;
  /** Opens the entry and field in the editor. */
  open(entryId: string, fieldId: string): void;
}
