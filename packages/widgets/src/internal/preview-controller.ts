/**
 * Editors' preview, as a controller: when the widget's content client has an editor preview
 * (`<fh-content-source preview>` pages), parts are tagged with neutral `data-fh-entry` /
 * `data-fh-field` attributes; inside the CMS's preview pane the widget refreshes through its
 * content controller when the editor changes content, and a click on a tagged part opens the
 * entry and field it comes from. The widgets never learn which CMS it is. What connects to the
 * editor (`preview-connection.ts`) loads only on preview pages.
 */
import { html, type ReactiveController, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FieldLanguages } from '@family-hubs/content';
import type { ContentController } from './content-controller.js';
import type { FhElement } from './base-element.js';

/** Connects a widget to the editor's preview, when there is one. */
export class PreviewController implements ReactiveController {
  readonly #host: FhElement;
  readonly #content: ContentController<unknown>;
  #connected: Promise<unknown> | undefined;
  #stop: (() => void) | undefined;

  constructor(host: FhElement, content: ContentController<unknown>) {
    this.#host = host;
    this.#content = content;
    host.addController(this);
  }

  /** True on preview pages: only there do parts carry entry and field tags. */
  get enabled(): boolean {
    return this.#content.client?.preview !== undefined;
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

  hostUpdated(): void {
    const preview = this.#content.client?.preview;
    if (!preview || this.#connected) return;
    const connected = import('./preview-connection.js').then(async ({ connectPreview }) => {
      const stop = await connectPreview(this.#host, preview, () => this.#content.reload({ clear: true }));
      // Disconnected meanwhile: the next connection starts afresh.
      if (this.#connected === connected) this.#stop = stop;
      else stop?.();
    });
    // A preview that cannot connect (its chunk did not arrive) leaves the widget as on any page,
    // and the next update tries again.
    connected.catch(() => {
      if (this.#connected === connected) this.#connected = undefined;
    });
    this.#connected = connected;
  }

  hostDisconnected(): void {
    this.#stop?.();
    this.#stop = undefined;
    this.#connected = undefined;
  }
}
