/**
 * A widget's connection to the editor around a preview page: refresh when the editor saves, and a
 * click on a tagged part opens the entry and field it comes from. Loaded by the preview
 * controller on preview pages only.
 */
import type { ContentClient } from '@family-hubs/content';

/**
 * Connects `host` to the editor's preview; `reload` is called when the editor saves. Resolves to
 * a function that disconnects, or `undefined` when there is no editor around the page or the
 * host has left it.
 */
export async function connectPreview(host: HTMLElement & { readonly renderRoot: Node }, preview: NonNullable<ContentClient['preview']>, reload: () => void): Promise<(() => void) | undefined> {
  const live = await preview;
  if (!live || !host.isConnected) return undefined;
  const onClick = (event: Event): void => {
    const path = event.composedPath();
    const stop = path.indexOf(host);
    const inside = (stop === -1 ? path : path.slice(0, stop)).filter((node): node is HTMLElement => node instanceof HTMLElement);
    // Links, buttons and the filter keep working in the preview.
    if (inside.some((el) => el.matches('a, button, input, label'))) return;
    const tagged = inside.find((el) => el.dataset['fhEntry'] && el.dataset['fhField']);
    if (!tagged) return;
    event.preventDefault();
    live.open(tagged.dataset['fhEntry']!, tagged.dataset['fhField']!);
  };
  // A mouse convenience like the CMS's own inspector; keyboard users edit in the CMS itself.
  host.renderRoot.addEventListener('click', onClick);
  // Through the controller, which clears the page's client so every widget reads the change.
  const stopSaves = live.onChange(reload);
  return () => {
    stopSaves();
    host.renderRoot.removeEventListener('click', onClick);
  };
}
