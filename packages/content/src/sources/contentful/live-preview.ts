/**
 * Contentful's live preview, for editors only. The library is imported on first use, and only by
 * a page that reads drafts (`<fh-content-source preview>`) and is shown inside another window
 * (Contentful's preview pane): public pages never download it.
 *
 * What it gives editors: the preview refreshes when the entry is saved (Contentful saves as the
 * editor types), and clicking a part of a widget opens the entry and field it comes from.
 * Contentful's own inspector overlay looks for tagged elements with `document.querySelectorAll`,
 * which cannot see inside shadow roots, so widgets handle the click themselves.
 */

import type { EditorPreview } from '../../client/editor-preview.js';
import type { RawEntry } from '../../model/definition/index.js';

/** A raw entry in the shape the Delivery API (and so the live preview library) uses. */
function toDeliveryEntry(entry: RawEntry): { sys: Record<string, unknown>; fields: Readonly<Record<string, unknown>> } {
  return { sys: { id: entry.id, type: 'Entry', contentType: { sys: { id: entry.contentType, type: 'Link', linkType: 'ContentType' } } }, fields: entry.fields };
}

/** An entry the library hands back, as a raw entry; `undefined` when it is not one. */
function fromDeliveryEntry(item: unknown): RawEntry | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const { sys, fields } = item as { sys?: { id?: unknown; contentType?: { sys?: { id?: unknown } } }; fields?: unknown };
  const id = sys?.id;
  const contentType = sys?.contentType?.sys?.id;
  if (typeof id !== 'string' || typeof contentType !== 'string' || typeof fields !== 'object' || fields === null) return undefined;
  return { id, contentType, fields: fields as Record<string, unknown> };
}

/** Editors' origins the library talks to; a council on Contentful's EU data residency uses the second. */
const CONTENTFUL_APP_ORIGINS = ['https://app.contentful.com', 'https://app.eu.contentful.com'];

let connection: Promise<EditorPreview | undefined> | undefined;

/** True when the page is shown inside another window, as Contentful's preview pane shows it. */
export function isInPreviewPane(view: Window | null = globalThis.window ?? null): boolean {
  return view !== null && view.top !== view.self;
}

/**
 * Connects to Contentful's live preview, once per page. `undefined` outside a preview pane, or
 * when the library cannot load (the preview still works, without live refresh).
 */
export function connectLivePreview(locale: string): Promise<EditorPreview | undefined> {
  if (!isInPreviewPane()) return Promise.resolve(undefined);
  connection ??= import('@contentful/live-preview')
    .then(async ({ ContentfulLivePreview }) => {
      await ContentfulLivePreview.init({ locale, enableInspectorMode: true, enableLiveUpdates: true, targetOrigin: CONTENTFUL_APP_ORIGINS });
      return {
        onChange: (listener: () => void) => ContentfulLivePreview.subscribe('save', { callback: listener }),
        open: (entryId: string, fieldId: string) => ContentfulLivePreview.openEntryInEditor({ entryId, fieldId, locale }),
        // The library merges the editor's unsaved changes into the entries it is given, in the
        // Delivery API's shape, and calls back on every keystroke it is told of.
        watch: (entries: readonly RawEntry[], entryLocale: string, onEdit: (entry: RawEntry) => void) =>
          ContentfulLivePreview.subscribe('edit', {
            data: entries.map(toDeliveryEntry),
            locale: entryLocale,
            callback: (data: unknown) => {
              for (const item of Array.isArray(data) ? data : [data]) {
                const edit = fromDeliveryEntry(item);
                if (edit) onEdit(edit);
              }
            },
          }),
      };
    })
    .catch(() => undefined);
  return connection;
}
