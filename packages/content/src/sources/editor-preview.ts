/**
 * The editor's preview for a page's source configuration: on preview pages shown inside the CMS,
 * a connection loaded on first use; everywhere else nothing, so public pages never download it.
 */
import type { EditorPreview } from '../client/editor-preview.js';
import type { ContentSourceConfig } from './config.js';

/** The editor's preview for `config`, or `undefined` when the page is not an editor's preview page. */
export function editorPreviewFor(config: ContentSourceConfig, locale: string): Promise<EditorPreview | undefined> | undefined {
  if (config.kind !== 'contentful' || config.preview !== true) return undefined;
  return import('./contentful/live-preview.js').then(({ connectLivePreview }) => connectLivePreview(locale));
}
