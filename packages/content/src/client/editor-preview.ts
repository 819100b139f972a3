/**
 * Editors' preview, behind a neutral interface: the widgets know that an editor may be watching
 * and can ask to open a field, never which CMS does it. The Contentful implementation lives in
 * `sources/contentful/live-preview.ts` and is loaded only on preview pages inside the CMS.
 */

import type { RawEntry } from '../model/definition/index.js';

/** A connection to the editor around a preview page. */
export interface EditorPreview {
  /** Calls `listener` when the editor saves a change. Returns a function that stops it. */
  onChange(listener: () => void): () => void;
  /** Opens the entry and field in the editor. */
  open(entryId: string, fieldId: string): void;
  /**
   * Follows the editor as they type: calls `onEdit` with an entry of `entries` (fields in
   * `locale`) each time the editor changes it, before any save. Returns a function that stops it.
   */
  watch?(entries: readonly RawEntry[], locale: string, onEdit: (entry: RawEntry) => void): () => void;
}
