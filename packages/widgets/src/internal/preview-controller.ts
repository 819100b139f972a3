/**
 * Editors' preview, as a controller: on preview pages (`<fh-content-source preview>`, shown in
 * the CMS's preview pane) it refreshes the widget through its content controller when an editor
 * saves, and lets a click on a tagged part open the entry and field it comes from. Parts are
 * tagged with neutral `data-fh-entry` / `data-fh-field` attributes, and only on preview pages.
 */
import { html, type ReactiveController, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FieldLanguages } from '@family-hubs/content';
import type { ContentController } from './content-controller.js';
import type { FhElement } from './base-element.js';
import { connectLivePreview } from './live-preview.js';
import { CONTENT_SOURCE_TAG, readContentSourceConfig } from './page-content.js';

/** Connects a widget to the editor's preview, when there is one. */
export class PreviewController implements ReactiveController {
  readonly #host: FhElement;
  readonly #content: ContentController<unknown>;
  #enabled: boolean | undefined;
  #stop: (() => void) | undefined;
  #open: ((entryId: string, fieldId: string) => void) | undefined;

  constructor(host: FhElement, content: ContentController<unknown>) {
    this.#host = host;
    this.#content = content;
    host.addController(this);
  }

  /** True on preview pages: only there do parts carry entry and field tags. Read once per connection. */
  get enabled(): boolean {
    if (this.#enabled === undefined) {
      const source = this.#host.ownerDocument.querySelector(CONTENT_SOURCE_TAG);
      const config = source ? readContentSourceConfig(source) : undefined;
      this.#enabled = config?.source.kind === 'contentful' && config.source.preview === true;
    }
    return this.#enabled;
  }

  /** The entry tag for a part, on preview pages (for `data-fh-entry=${ifDefined(…)}`). */
  entry(entryId: string): string | undefined {
    return this.enabled ? entryId : undefined;
  }

  /** The field tag for a part, on preview pages (for `data-fh-field=${ifDefined(…)}`). */
  field(fieldId: string): string | undefined {
    return this.enabled ? fieldId : undefined;
  }

  /**
   * Text from a field: marked with its language when it is a fallback (WCAG 3.1.2), and on
   * preview pages with the entry and field it comes from.
   */
  text(entryId: string, fieldId: string, value: string, languages: FieldLanguages): TemplateResult | string {
    const lang = languages[fieldId];
    if (!lang && !this.enabled) return value;
    return html`<span lang=${ifDefined(lang)} data-fh-entry=${ifDefined(this.entry(entryId))} data-fh-field=${ifDefined(this.field(fieldId))}>${value}</span>`;
  }

  hostConnected(): void {
    this.#enabled = undefined;
    if (this.enabled) void this.#connect();
  }

  hostDisconnected(): void {
    this.#stop?.();
    this.#stop = undefined;
  }

  async #connect(): Promise<void> {
    const live = await connectLivePreview(this.#host.locale);
    if (!live || !this.#host.isConnected) return;
    this.#open = (entryId, fieldId) => live.openInEditor(entryId, fieldId);
    // A mouse convenience like the CMS's own inspector; keyboard users edit in the CMS itself.
    this.#host.renderRoot.addEventListener('click', this.#onClick);
    // Through the controller, which clears the page's client so every widget reads the change.
    const stopSaves = live.onSave(() => this.#content.reload({ clear: true }));
    this.#stop = () => {
      stopSaves();
      this.#host.renderRoot.removeEventListener('click', this.#onClick);
    };
  }

  #onClick = (event: Event): void => {
    if (!this.#open) return;
    const path = event.composedPath();
    const stop = path.indexOf(this.#host);
    const inside = (stop === -1 ? path : path.slice(0, stop)).filter((node): node is HTMLElement => node instanceof HTMLElement);
    // Links, buttons and the filter keep working in the preview.
    if (inside.some((el) => el.matches('a, button, input, label'))) return;
    const tagged = inside.find((el) => el.dataset['fhEntry'] && el.dataset['fhField']);
    if (!tagged) return;
    event.preventDefault();
    this.#open(tagged.dataset['fhEntry']!, tagged.dataset['fhField']!);
  };
}
